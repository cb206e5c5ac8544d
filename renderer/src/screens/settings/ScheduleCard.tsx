// The dates the rules make from the offer (Rule 13e-4 / Regulation 14E), so nobody counts
// business days by hand. Each instant in Eastern, with this machine's time beneath it.
import { Card, Table, Text } from '@mantine/core';
import type { Instant } from '../../../../main/core/types';
import type { OfferSummary } from '../../../../main/ipc/dto';
import { formatInZone, formatLocal } from '../../format/time';

interface Row {
  label: string;
  value: string;
  local?: Instant;
  note: string;
}

export function ScheduleCard({ offer }: { offer: OfferSummary }) {
  const { settings, schedule } = offer;
  const zone = settings.zone;
  const rows: Row[] = [
    { label: 'Commenced', value: `${settings.commencedOn} 00:01:00 ET`, note: '12:01 a.m. on the day first sent' },
    { label: 'Original expiration', value: formatInZone(settings.originalExpiresAt, zone), local: settings.originalExpiresAt, note: 'as first announced' },
    { label: 'Expiration in force', value: formatInZone(offer.expiresAt, zone), local: offer.expiresAt, note: offer.extensions.length ? `after ${offer.extensions.length} extension(s)` : 'not extended' },
    { label: 'Earliest permitted expiration', value: formatInZone(schedule.earliestPermittedExpiration, zone), note: 'end of the 20th business day' },
    { label: 'Announce an extension by', value: formatInZone(schedule.extensionAnnouncementDeadline, zone), note: '9:00 a.m. ET, next business day' },
    { label: 'Look-back from', value: settings.lookbackFrom, note: 'later grants are required' },
    { label: 'Eligible plans', value: settings.plans.join(', '), note: `zone ${zone}` },
  ];
  return (
    <Card>
      <Text fw={600} mb="xs">
        Schedule
      </Text>
      <Table aria-label="Offer schedule" fz="sm" verticalSpacing={4}>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.label}>
              <Table.Th fw={500}>{r.label}</Table.Th>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {r.value}
                {r.local && (
                  <Text size="xs" c="dimmed">
                    your time {formatLocal(r.local)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td c="dimmed" fz="xs">
                {r.note}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
