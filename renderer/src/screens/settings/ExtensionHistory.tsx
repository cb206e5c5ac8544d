// Every extension with its own record: from, to, when decided, by whom, why, and whether it was
// announced late.
import { Badge, Card, Table, Text } from '@mantine/core';
import type { OfferSummary } from '../../../../main/ipc/dto';
import { formatInZone } from '../../format/time';

const NOWRAP = { whiteSpace: 'nowrap' } as const;

export function ExtensionHistory({ offer }: { offer: OfferSummary }) {
  const zone = offer.settings.zone;
  return (
    <Card>
      <Text fw={600} mb="xs">
        Extension history ({offer.extensions.length})
      </Text>
      {offer.extensions.length === 0 ? (
        <Text size="sm" c="dimmed">
          The offer has not been extended.
        </Text>
      ) : (
        <Table striped aria-label="Extensions" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>From</Table.Th>
              <Table.Th>To</Table.Th>
              <Table.Th>Decided</Table.Th>
              <Table.Th>Announcement</Table.Th>
              <Table.Th>By</Table.Th>
              <Table.Th>Reason</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {offer.extensions.map((x) => (
              <Table.Tr key={x.id}>
                <Table.Td style={NOWRAP}>{formatInZone(x.fromExpiresAt, zone)}</Table.Td>
                <Table.Td fw={600} style={NOWRAP}>
                  {formatInZone(x.toExpiresAt, zone)}
                </Table.Td>
                <Table.Td style={NOWRAP}>{formatInZone(x.decidedAt, zone)}</Table.Td>
                <Table.Td>
                  {x.announcedLate ? (
                    <Badge color="yellow" variant="light" radius="sm">
                      Late
                    </Badge>
                  ) : (
                    'On time'
                  )}
                </Table.Td>
                <Table.Td>{x.operator}</Table.Td>
                <Table.Td>{x.reason}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
