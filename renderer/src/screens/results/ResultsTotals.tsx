// Totals by plan and how holders answered, exactly as the report prints them: every figure comes
// from the desk's results (one sum, in main/core/offer-results.ts); nothing is added up here.
import { Card, Group, Stack, Table, Text } from '@mantine/core';
import { PARTICIPATION_LABELS, PARTICIPATION_ORDER } from '../../../../main/core/results-report';
import type { ResultsSummary } from '../../../../main/ipc/dto';
import { formatShares } from '../../format/numbers';

type Totals = ResultsSummary['totals'];

function PlanRow({ label, t }: { label: string; t: Totals }) {
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{label}</Table.Td>
      <Table.Td className="num">{formatShares(t.holders)}</Table.Td>
      <Table.Td className="num">{formatShares(t.holdersParticipating)}</Table.Td>
      <Table.Td className="num">{formatShares(t.grants)}</Table.Td>
      <Table.Td className="num">{formatShares(t.grantsAccepted)}</Table.Td>
      <Table.Td className="num">{formatShares(t.sharesEligible)}</Table.Td>
      <Table.Td className="num">{formatShares(t.sharesAccepted)}</Table.Td>
      <Table.Td className="num">{formatShares(t.sharesKept)}</Table.Td>
      <Table.Td className="num">{formatShares(t.newShares)}</Table.Td>
    </Table.Tr>
  );
}

function Answer({ label, value }: { label: string; value: number }) {
  return (
    <div role="listitem" aria-label={`${label}: ${value}`}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} size="lg">
        {formatShares(value)}
      </Text>
    </div>
  );
}

export function ResultsTotals({ r }: { r: ResultsSummary }) {
  return (
    <Stack gap="md">
      <Card withBorder>
        <Text fw={600} mb="xs">
          Totals by plan
        </Text>
        <Table striped aria-label="Results by plan">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Plan</Table.Th>
              <Table.Th className="num">Holders</Table.Th>
              <Table.Th className="num">Holders tendering</Table.Th>
              <Table.Th className="num">Grants</Table.Th>
              <Table.Th className="num">Grants accepted</Table.Th>
              <Table.Th className="num">Shares eligible</Table.Th>
              <Table.Th className="num">Tendered and accepted</Table.Th>
              <Table.Th className="num">Shares kept</Table.Th>
              <Table.Th className="num">New option shares</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {r.plans.map((p) => (
              <PlanRow key={p.plan} label={`${p.plan} Plan`} t={p} />
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <PlanRow label="Total" t={r.totals} />
          </Table.Tfoot>
        </Table>
      </Card>
      <Card withBorder>
        <Text fw={600} mb="xs">
          How holders answered
        </Text>
        {/* One row of figures: eligible first, then the four answers, which add up to it. */}
        <Group gap="xl" role="list" aria-label="How holders answered">
          <Answer label="Eligible" value={r.totals.holders} />
          {PARTICIPATION_ORDER.map((p) => (
            <Answer key={p} label={PARTICIPATION_LABELS[p]} value={r.participation[p]} />
          ))}
        </Group>
      </Card>
    </Stack>
  );
}
