// The confirmation before an extension is recorded: it moves the deadline for every holder, so it
// restates the old and new expiration (Eastern and this machine's zone) and how many days later,
// where a year typo ("387 days later") cannot hide, with the desk's own preview: its warnings and
// every document whose standing would change. An extension whose new expiration has already passed
// is recorded only with a written reason for recording it after the fact, asked for here.
import { Alert, Button, Group, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import { calendarDateInZone, formatInZone } from '../../../../main/core/time';
import type { Instant } from '../../../../main/core/types';
import type { ExtensionPreview } from '../../../../main/ipc/dto';
import { formatLocal } from '../../format/time';
import { standingSummary } from '../../format/corrections';
import { AffectedDocuments } from '../../ui/AffectedDocuments';

interface Props {
  opened: boolean;
  preview: ExtensionPreview;
  zone: string;
  reason: string;
  lateReason: string;
  onLateReason: (text: string) => void;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Whole calendar days between the two dates on the offer's wall clock (what a reader counts). */
function calendarDaysBetween(from: Instant, to: Instant, zone: string): number {
  const day = (i: Instant) => Date.parse(`${calendarDateInZone(i, zone)}T00:00:00Z`);
  return Math.round((day(to) - day(from)) / 86_400_000);
}

export function ExtensionConfirm({ opened, preview, zone, reason, lateReason, onLateReason, busy, onConfirm, onCancel }: Props) {
  const from = preview.fromExpiresAt;
  const to = preview.toExpiresAt;
  const needsLateReason = preview.recordedAfterTheFact && lateReason.trim() === '';
  const days = calendarDaysBetween(from, to, zone);
  const later = days === 0 ? 'later the same day' : `${days} ${days === 1 ? 'day' : 'days'} later`;
  return (
    <Modal opened={opened} onClose={onCancel} title="Extend the offer for every holder?" size="lg" centered>
      <Stack gap="sm">
        <Table aria-label="Expiration before and after the extension" data-testid="extension-confirm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th />
              <Table.Th>Eastern (the offer)</Table.Th>
              <Table.Th>Your time</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th>Expires now</Table.Th>
              <Table.Td>{formatInZone(from, zone)}</Table.Td>
              <Table.Td>{formatLocal(from)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>New expiration</Table.Th>
              <Table.Td fw={700}>{formatInZone(to, zone)}</Table.Td>
              <Table.Td>{formatLocal(to)}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        <Text size="sm" data-testid="extension-days">
          The new expiration is <b>{later}</b> ({calendarDateInZone(from, zone)} → {calendarDateInZone(to, zone)}, Eastern). Paper received before it is timely for every holder.
        </Text>
        {days > 60 && (
          <Alert color="red" variant="light" title="Check the date">
            More than two months later: make sure the year and month are the ones the Company announced.
          </Alert>
        )}
        <Text size="sm" c="dimmed">
          Reason: {reason} · decided {formatInZone(preview.decidedAt, zone)} · announced {formatInZone(preview.announcedAt, zone)}
        </Text>
        {preview.warnings.map((w) => (
          <Alert key={w} color="yellow" variant="light" data-testid="extension-warning">
            {w}
          </Alert>
        ))}
        {preview.recordedAfterTheFact && (
          <Textarea
            label="Why it is recorded only now"
            description="The new expiration has already passed: the extension is flagged as recorded after the fact and needs this written reason."
            required
            autosize
            minRows={2}
            value={lateReason}
            onChange={(e) => onLateReason(e.currentTarget.value)}
          />
        )}
        <Text size="sm" fw={600} data-testid="extension-effect">
          Effect: {standingSummary(preview.affected)}.
        </Text>
        <AffectedDocuments affected={preview.affected} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} data-autofocus>
            Cancel
          </Button>
          <Button color="orange" onClick={onConfirm} loading={busy} disabled={needsLateReason}>
            Record the extension
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
