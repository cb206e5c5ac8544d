// Per grant, the shares the Election Form tenders: the whole grant unless the form says a part.
// Grants inside the look-back window are marked, because tendering anything tenders them in full.
import { Badge, Button, Group, NumberInput, Table, Text } from '@mantine/core';
import type { Grant, GrantElection } from '../../../../main/core/types';
import { formatShares } from '../../format/numbers';
import { sharesOnForm, type IntakeForm } from './draft';

interface Props {
  form: IntakeForm;
  grants: (Grant & GrantElection)[];
  onChange: (tenders: IntakeForm['tenders']) => void;
  disabled?: boolean;
}

export function TenderTable({ form, grants, onChange, disabled }: Props) {
  const setAll = (whole: boolean) => onChange(Object.fromEntries(grants.map((g) => [g.grantId, whole ? g.shares : 0])));
  return (
    <div>
      <Group justify="space-between" mb={4}>
        <Text size="sm" fw={500}>
          Shares tendered on the form
        </Text>
        <Group gap={6}>
          <Button size="compact-xs" variant="default" onClick={() => setAll(true)} disabled={disabled}>
            Every grant in full
          </Button>
          <Button size="compact-xs" variant="default" onClick={() => setAll(false)} disabled={disabled}>
            Clear all
          </Button>
        </Group>
      </Group>
      <Table withTableBorder aria-label="Shares tendered per grant">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Grant</Table.Th>
            <Table.Th>Plan · granted</Table.Th>
            <Table.Th className="num">Outstanding</Table.Th>
            <Table.Th className="num">Tendered on form</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {grants.map((g) => (
            <Table.Tr key={g.grantId}>
              <Table.Td ff="monospace">{g.grantId}</Table.Td>
              <Table.Td>
                {g.plan} · {g.grantDate}
              </Table.Td>
              <Table.Td className="num">{formatShares(g.shares)}</Table.Td>
              <Table.Td w={170}>
                <NumberInput
                  aria-label={`Shares of grant ${g.grantId} tendered`}
                  value={sharesOnForm(form, g)}
                  onChange={(v) => onChange({ ...form.tenders, [g.grantId]: typeof v === 'number' ? v : v === '' ? '' : Number(v) })}
                  min={0}
                  max={g.shares}
                  clampBehavior="strict"
                  allowDecimal={false}
                  allowNegative={false}
                  thousandSeparator=","
                  size="xs"
                  disabled={disabled}
                />
              </Table.Td>
              <Table.Td>
                {g.required && (
                  <Badge color="grape" variant="light" radius="sm">
                    Required by look-back
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
