// The offer's details as they changed: every version of the letterhead settings and the exchange
// terms, who recorded it, when, what changed and the written reason (needed once a document is logged).
import { Card, Table, Text } from '@mantine/core';
import { useDeskQuery } from '../../api/useApi';
import { formatInZone } from '../../format/time';

export function OfferHistoryCard({ zone }: { zone: string }) {
  const { data } = useDeskQuery('offer:history', {});
  return (
    <Card>
      <Text fw={600}>Offer details: changes and reasons</Text>
      <Table aria-label="Offer details history" fz="sm" verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Recorded</Table.Th>
            <Table.Th>By</Table.Th>
            <Table.Th>What changed</Table.Th>
            <Table.Th>Reason</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(data?.versions ?? []).map((v) => (
            <Table.Tr key={`${v.what}-${v.version}`}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatInZone(v.recordedAt, zone)}</Table.Td>
              <Table.Td>{v.operator}</Table.Td>
              <Table.Td>
                {v.what === 'terms' ? 'Exchange terms: ' : ''}
                {v.changes.join(', ')}
              </Table.Td>
              <Table.Td>{v.reason === '' ? <Text span c="dimmed" fz="xs">none needed</Text> : v.reason}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
