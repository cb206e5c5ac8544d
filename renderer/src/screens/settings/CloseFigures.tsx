// What the close will freeze, restated before it is confirmed: the results by plan and in total
// (the desk's figures, from resultsOf), how holders answered, and every document still defective
// (it will count as not properly made).
import { Table, Text } from '@mantine/core';
import type { ClosingFigures, DefectiveAtClose } from '../../../../main/ipc/dto';
import { DEFECT_LABEL, KIND_SHORT } from '../../format/labels';

const n = (x: number) => x.toLocaleString('en-US');

export function FrozenFigures({ figures }: { figures: ClosingFigures }) {
  const rows = [...figures.byPlan.map((p) => ({ name: `${p.plan} plan`, ...p })), { name: 'Total', ...figures.totals }];
  const p = figures.participation;
  return (
    <>
      <Table aria-label="Figures the close freezes" fz="sm" verticalSpacing={4} data-testid="close-figures">
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            <Table.Th ta="right">Holders</Table.Th>
            <Table.Th ta="right">Participating</Table.Th>
            <Table.Th ta="right">Grants accepted</Table.Th>
            <Table.Th ta="right">Shares eligible</Table.Th>
            <Table.Th ta="right">Accepted</Table.Th>
            <Table.Th ta="right">Kept</Table.Th>
            <Table.Th ta="right">New option shares</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.name} fw={r.name === 'Total' ? 700 : undefined}>
              <Table.Th fw={r.name === 'Total' ? 700 : 500} style={{ whiteSpace: 'nowrap' }}>
                {r.name}
              </Table.Th>
              <Table.Td ta="right">{n(r.holders)}</Table.Td>
              <Table.Td ta="right">{n(r.holdersParticipating)}</Table.Td>
              <Table.Td ta="right">
                {n(r.grantsAccepted)} of {n(r.grants)}
              </Table.Td>
              <Table.Td ta="right">{n(r.sharesEligible)}</Table.Td>
              <Table.Td ta="right">{n(r.sharesAccepted)}</Table.Td>
              <Table.Td ta="right">{n(r.sharesKept)}</Table.Td>
              <Table.Td ta="right">{n(r.newShares)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" data-testid="close-participation">
        Holders: {n(p['in-full'])} tendered in full, {n(p['in-part'])} in part, {n(p.declined)} declined, {n(p['not-responding'])} not responding.
      </Text>
    </>
  );
}

export function DefectiveList({ rows }: { rows: DefectiveAtClose[] }) {
  if (rows.length === 0) {
    return (
      <Text size="sm" data-testid="close-defective">
        No document is still defective.
      </Text>
    );
  }
  return (
    <>
      <Text size="sm" fw={600} data-testid="close-defective">
        Still defective at close — {rows.length} document{rows.length === 1 ? '' : 's'} will count as not properly made:
      </Text>
      <Table aria-label="Documents still defective at close" fz="sm" verticalSpacing={2}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Document</Table.Th>
            <Table.Th>Holder</Table.Th>
            <Table.Th>Received</Table.Th>
            <Table.Th>Open defects</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((d) => (
            <Table.Tr key={d.documentId} data-testid={`defective-${d.documentId}`}>
              <Table.Td>
                #{d.documentId} {KIND_SHORT[d.kind]}
              </Table.Td>
              <Table.Td>
                {d.name} ({d.employeeId})
              </Table.Td>
              <Table.Td>{d.receivedAtText}</Table.Td>
              <Table.Td>{d.openDefects.map((x) => DEFECT_LABEL[x]).join(', ')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
