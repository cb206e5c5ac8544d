// Totals in small tiles: holders by election, documents by standing, confirmations owed.
import { Anchor, Card, Group, SimpleGrid, Text } from '@mantine/core';
import type { DashboardData } from '../../../../main/ipc/dto';
import { formatShares } from '../../format/numbers';
import { hrefFor } from '../../ui/route';

interface Tile {
  label: string;
  value: number;
  note?: string;
  alert?: boolean;
  /** Where the desk deals with what the tile counts. */
  link?: { href: string; text: string };
}

export function CountsPanel({ data }: { data: DashboardData }) {
  const shares = data.byPlan.reduce(
    (acc, p) => ({ tendered: acc.tendered + p.sharesTendered, kept: acc.kept + p.sharesKept }),
    { tendered: 0, kept: 0 },
  );
  const d = data.documentsByStanding;
  const tiles: Tile[] = [
    { label: 'Holders', value: data.holders, note: `${formatShares(data.holdersByState['tendered-all'])} all · ${formatShares(data.holdersByState['tendered-part'])} part · ${formatShares(data.holdersByState['tendered-none'])} none` },
    { label: 'Shares tendered', value: shares.tendered, note: `${formatShares(shares.kept)} kept` },
    { label: 'Governing documents', value: d.governing, note: `${formatShares(d.superseded)} superseded` },
    { label: 'Defective', value: d.defective, note: 'no effect until cured or waived', alert: d.defective > 0 },
    { label: 'Late', value: d.late, note: 'received after expiration' },
    {
      label: 'Confirmations due today',
      value: data.confirmationsDueToday,
      note: 'five business days from receipt',
      link: { href: hrefFor({ screen: 'confirmations', view: 'queue', filter: 'due-today' }), text: 'Open due today' },
    },
    {
      label: 'Confirmations overdue',
      value: data.confirmationsOverdue,
      alert: data.confirmationsOverdue > 0,
      link: { href: hrefFor({ screen: 'confirmations', view: 'queue', filter: 'overdue' }), text: 'Open overdue' },
    },
    {
      label: 'Unfiled faxes',
      value: data.unfiledFaxes,
      note: 'from the inbox, to file',
      alert: data.unfiledFaxes > 0,
      link: { href: hrefFor({ screen: 'faxes', which: 'unfiled' }), text: 'Open unfiled faxes' },
    },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 4, xl: 8 }} spacing="sm" role="list" aria-label="Totals">
      {tiles.map((t) => (
        <Card key={t.label} padding="sm" role="listitem" aria-label={`${t.label}: ${t.value}`}>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase" lh={1.2}>
            {t.label}
          </Text>
          <Group gap={6} align="baseline">
            <Text fw={700} size="xl" c={t.alert ? 'orange.8' : undefined} className="num">
              {formatShares(t.value)}
            </Text>
          </Group>
          {t.note && (
            <Text size="xs" c="dimmed" lh={1.3}>
              {t.note}
            </Text>
          )}
          {t.link && (
            <Anchor href={t.link.href} size="xs" fw={500}>
              {t.link.text} →
            </Anchor>
          )}
        </Card>
      ))}
    </SimpleGrid>
  );
}
