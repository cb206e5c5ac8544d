// Grant by grant: shares outstanding, tendered, kept, and whether the look-back rule makes the
// grant part of any tender (and whether it raised what the form said).
import { Badge, Card, Group, Table, Text } from '@mantine/core';
import type { HolderDetail } from '../../../../main/ipc/dto';
import { formatShares } from '../../format/numbers';

export function GrantTable({ detail, lookbackFrom }: { detail: HolderDetail; lookbackFrom: string | null }) {
  return (
    <Card>
      <Group justify="space-between" mb="xs">
        <Text fw={600}>Eligible grants</Text>
        {lookbackFrom && (
          <Text size="xs" c="dimmed">
            Look-back: grants on or after {lookbackFrom} are tendered whenever anything is.
          </Text>
        )}
      </Group>
      <Table striped aria-label="Eligible grants and current election">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Grant</Table.Th>
            <Table.Th>Plan</Table.Th>
            <Table.Th>Granted</Table.Th>
            <Table.Th className="num">Exercise price</Table.Th>
            <Table.Th className="num">Shares</Table.Th>
            <Table.Th className="num">Tendered</Table.Th>
            <Table.Th className="num">Kept</Table.Th>
            <Table.Th>Rule</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {detail.grants.map((g) => (
            <Table.Tr key={g.grantId} data-testid={`grant-${g.grantId}`}>
              <Table.Td ff="monospace">{g.grantId}</Table.Td>
              <Table.Td>{g.plan}</Table.Td>
              <Table.Td>{g.grantDate}</Table.Td>
              <Table.Td className="num">${g.exercisePrice}</Table.Td>
              <Table.Td className="num">{formatShares(g.shares)}</Table.Td>
              <Table.Td className="num" fw={g.sharesTendered > 0 ? 700 : undefined} data-testid="tendered">
                {formatShares(g.sharesTendered)}
              </Table.Td>
              <Table.Td className="num">{formatShares(g.sharesEligible - g.sharesTendered)}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {g.required && (
                    <Badge color="grape" variant="light" radius="sm" title="Granted within six months before the offer began">
                      Required by look-back
                    </Badge>
                  )}
                  {g.raisedByLookback && (
                    <Badge color="yellow" variant="light" radius="sm" title="The form said less; the look-back rule tenders it whole">
                      Raised by look-back
                    </Badge>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
