// The waivers granted so far: each settles one kind of defect on every document, offer-wide.
import { Card, Table, Text } from '@mantine/core';
import type { Waiver } from '../../../../main/core/types';
import { DEFECT_LABEL } from '../../format/labels';
import { formatInZone } from '../../format/time';

export function WaiversTable({ waivers, zone }: { waivers: Waiver[]; zone: string }) {
  return (
    <Card>
      <Text fw={600} mb="xs">
        Waivers granted ({waivers.length})
      </Text>
      {waivers.length === 0 ? (
        <Text size="sm" c="dimmed">
          No waiver granted. Every defect must be cured by its deadline.
        </Text>
      ) : (
        <Table striped aria-label="Waivers granted">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Defect waived (offer-wide)</Table.Th>
              <Table.Th>Reason</Table.Th>
              <Table.Th>Granted</Table.Th>
              <Table.Th>By</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {waivers.map((w) => (
              <Table.Tr key={w.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{DEFECT_LABEL[w.defect]}</Table.Td>
                <Table.Td>{w.reason}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatInZone(w.grantedAt, zone)}</Table.Td>
                <Table.Td>{w.operator}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
