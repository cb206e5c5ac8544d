// Grants and shares tendered vs kept, plan by plan: the figures the final amendment reports.
import { Card, Table, Text } from '@mantine/core';
import type { PlanTotals } from '../../../../main/ipc/dto';
import { formatShares } from '../../format/numbers';

export function PlanTable({ plans }: { plans: PlanTotals[] }) {
  return (
    <Card h="100%">
      <Text fw={600} mb="xs">
        By plan
      </Text>
      <Table striped aria-label="Grants and shares by plan">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Plan</Table.Th>
            <Table.Th className="num">Grants tendered</Table.Th>
            <Table.Th className="num">Grants kept</Table.Th>
            <Table.Th className="num">Shares tendered</Table.Th>
            <Table.Th className="num">Shares kept</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plans.map((p) => (
            <Table.Tr key={p.plan}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{p.plan} Plan</Table.Td>
              <Table.Td className="num">{formatShares(p.grantsTendered)}</Table.Td>
              <Table.Td className="num">{formatShares(p.grantsKept)}</Table.Td>
              <Table.Td className="num">{formatShares(p.sharesTendered)}</Table.Td>
              <Table.Td className="num">{formatShares(p.sharesKept)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
