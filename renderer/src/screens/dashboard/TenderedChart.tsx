// Shares tendered over time, a step at each timely document (as the ledger stands now), on a real
// time axis from commencement to expiration, so a late rush looks like one.
import { AreaChart } from '@mantine/charts';
import { Card, Text } from '@mantine/core';
import { DateTime } from 'luxon';
import type { Instant } from '../../../../main/core/types';
import { formatShares } from '../../format/numbers';
import { formatInZone } from '../../format/time';

interface Props {
  points: { at: Instant; sharesTendered: number }[];
  zone: string;
  commencedOn: string;
  expiresAt: Instant;
  now: number;
}

export function TenderedChart({ points, zone, commencedOn, expiresAt, now }: Props) {
  const start = DateTime.fromISO(commencedOn, { zone }).toMillis();
  const end = Date.parse(expiresAt);
  const last = points[points.length - 1]?.sharesTendered ?? 0;
  // Start at zero on commencement and carry the latest total to now (or the expiration), so
  // the last step has a width.
  const data = [
    { t: start, shares: 0 },
    ...points.map((p) => ({ t: Date.parse(p.at), shares: p.sharesTendered })),
    { t: Math.min(Math.max(now, start), end), shares: last },
  ];
  const day = (ms: number) => DateTime.fromMillis(ms, { zone }).toFormat('LLL d');
  // A tick each week from commencement, and the expiration day itself.
  const ticks: number[] = [];
  for (let t = DateTime.fromMillis(start, { zone }); t.toMillis() < end - 3 * 86_400_000; t = t.plus({ weeks: 1 })) ticks.push(t.toMillis());
  ticks.push(end);
  return (
    <Card h="100%">
      <Text fw={600} mb={4}>
        Shares tendered over time
      </Text>
      <Text size="xs" c="dimmed" mb="sm">
        As the ledger stands now: each step is a timely document, at the time it was received (ET).
      </Text>
      {points.length === 0 ? (
        <Text size="sm" c="dimmed" h={220}>
          No timely documents yet.
        </Text>
      ) : (
        <AreaChart
          h={220}
          data={data}
          dataKey="t"
          series={[{ name: 'shares', label: 'Shares tendered', color: 'blue.6' }]}
          curveType="stepAfter"
          withDots={false}
          valueFormatter={formatShares}
          gridAxis="y"
          tickLine="none"
          xAxisProps={{ type: 'number', scale: 'time', domain: [start, end], tickFormatter: day, ticks }}
          tooltipProps={{ labelFormatter: (t: unknown) => (typeof t === 'number' ? formatInZone(new Date(t).toISOString(), zone) : '') }}
          referenceLines={[{ x: end, label: 'Expiration', labelPosition: 'insideTopRight', color: 'red.6' }]}
          aria-label="Chart of shares tendered over time"
        />
      )}
    </Card>
  );
}
