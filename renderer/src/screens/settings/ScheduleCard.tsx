// The dates the rules make from the offer (Rule 13e-4 / Regulation 14E), so nobody counts
// business days by hand.
import { Card, Table, Text } from '@mantine/core';
import type { OfferSummary } from '../../../../main/ipc/dto';
import { formatInZone, formatLocal } from '../../format/time';

export function ScheduleCard({ offer }: { offer: OfferSummary }) {
  const { settings, schedule } = offer;
  const zone = settings.zone;
  const rows: [string, string, string][] = [
    ['Commenced', `${settings.commencedOn} 00:01:00 ET`, '12:01 a.m. on the day the offer was first sent'],
    ['Original expiration', formatInZone(settings.originalExpiresAt, zone), formatLocal(settings.originalExpiresAt)],
    ['Expiration in force', formatInZone(offer.expiresAt, zone), formatLocal(offer.expiresAt)],
    ['Earliest permitted expiration', formatInZone(schedule.earliestPermittedExpiration, zone), '20 business days from commencement'],
    ['Extension must be announced by', formatInZone(schedule.extensionAnnouncementDeadline, zone), '9:00 a.m. ET, next business day'],
    ['Look-back from', settings.lookbackFrom, 'grants on or after are required once anything is tendered'],
    ['Eligible plans', settings.plans.join(', '), `times stated in ${zone}`],
  ];
  return (
    <Card>
      <Text fw={600} mb="xs">
        Schedule
      </Text>
      <Table aria-label="Offer schedule" fz="sm">
        <Table.Tbody>
          {rows.map(([label, value, note]) => (
            <Table.Tr key={label}>
              <Table.Th w={200} fw={500}>
                {label}
              </Table.Th>
              <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                {value}
              </Table.Td>
              <Table.Td c="dimmed" fz="xs">
                {note}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
