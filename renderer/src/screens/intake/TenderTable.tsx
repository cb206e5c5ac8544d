// Per grant, the shares the Election Form tenders: nothing until the form says so (as the CLI),
// and "Every grant in full" is one key (Alt+A), because that is what most forms say.
// Grants inside the look-back window are marked, because tendering anything tenders them in full.
import { Badge, Button, Group, Kbd, NumberInput, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Grant, GrantElection } from '../../../../main/core/types';
import { formatShares } from '../../format/numbers';
import { sharesOnForm, type IntakeForm } from './draft';

/** The key that ticks every grant in full, anywhere in the form. */
export const ALL_IN_FULL_KEY = { altKey: true, code: 'KeyA', label: 'Alt+A' } as const;

interface Props {
  form: IntakeForm;
  grants: (Grant & GrantElection)[];
  onAllInFull: () => void;
  onClear: () => void;
  onShares: (grantId: string, shares: number | '') => void;
  disabled?: boolean;
  /** Below the table: lines the form names that are not this holder's grants. */
  children?: ReactNode;
}

export function TenderTable({ form, grants, onAllInFull, onClear, onShares, disabled, children }: Props) {
  return (
    <div>
      <Group justify="space-between" mb={4}>
        <Text size="sm" fw={500}>
          Shares tendered on the form
        </Text>
        <Group gap={6}>
          <Button size="compact-xs" variant="default" onClick={onAllInFull} disabled={disabled} aria-keyshortcuts={ALL_IN_FULL_KEY.label}>
            Every grant in full
          </Button>
          <Text size="xs" c="dimmed" aria-hidden>
            <Kbd size="xs">Alt</Kbd> + <Kbd size="xs">A</Kbd>
          </Text>
          <Button size="compact-xs" variant="default" onClick={onClear} disabled={disabled}>
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
            <Table.Th className="num">Tendered on form (0 = kept)</Table.Th>
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
                  onChange={(v) => onShares(g.grantId, typeof v === 'number' ? v : v === '' ? '' : Number(v))}
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
      {children && <div style={{ marginTop: 8 }}>{children}</div>}
    </div>
  );
}
