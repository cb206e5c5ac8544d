// The letters of the close: once the offer is closed, a Promise to Grant for every holder whose
// options were accepted (Alpha's exhibit (a)(5)). The panel says what the close fixed (the dates),
// who is owed a promise, previews any holder's letter, and produces the batch the way every batch
// of letters is produced (letters:start, off the main thread, with its count and a cancel); the
// recorded batch opens in the batch dialog for printing, and reprints come from the print history.
// Before the close it shows nothing.
import { Alert, Badge, Button, Card, Group, Progress, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { PrintedBatch, PromiseRow } from '../../../../main/ipc/dto';
import { useDeskQuery } from '../../api/useApi';
import { formatShares } from '../../format/numbers';
import { formatCalendarDate, formatInZone } from '../../format/time';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { PromisePreviewDialog } from './PromisePreviewDialog';
import { useLetterJob } from './useLetterJob';

interface Props {
  /** The recorded batch: the screen opens it for printing. */
  onProduced: (batch: PrintedBatch) => void;
}

export function PromisesPanel({ onProduced }: Props) {
  const queue = useDeskQuery('promises:list', {});
  const offer = useDeskQuery('offer:get', {});
  const [previewing, setPreviewing] = useState<PromiseRow | null>(null);
  const { reload } = queue;
  const letters = useLetterJob((batch) => {
    reload();
    onProduced(batch);
  });
  const { job, running } = letters;
  const data = queue.data;
  if (!data || data.closing === null) return <ApiErrorAlert error={queue.error} />;

  const { closing, rows, toMake, nextBatch } = data;
  // The close's time as every screen shows it (to the second), from the offer summary.
  const closedAtText = offer.data?.closing?.closedAtText;
  const zone = offer.data?.settings.zone ?? 'America/New_York';
  const made = rows.length - toMake;
  const n = formatShares(nextBatch.length);
  return (
    <Card withBorder padding="md" radius="md" data-testid="promises-panel" aria-labelledby="promises-title">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3} size="h4" id="promises-title">
              Promise to Grant letters
            </Title>
            <Text size="sm" c="dimmed">
              The offer was closed on {closedAtText ?? formatInZone(closing.closedAt, zone)} by {closing.closedBy}. Options accepted were cancelled on{' '}
              {formatCalendarDate(closing.cancellationDate)}; the new options are to be granted on or about {formatCalendarDate(closing.newGrantDate)}.
            </Text>
          </div>
          <Badge color={toMake === 0 ? 'green' : 'blue'} variant="light" radius="sm" data-testid="promises-status">
            {toMake === 0 ? 'Every promise made' : `${formatShares(toMake)} to make`}
          </Badge>
        </Group>
        <Text size="sm" data-testid="promises-counts">
          {formatShares(rows.length)} {rows.length === 1 ? 'holder' : 'holders'} whose options were accepted · {formatShares(made)} promised ·{' '}
          {formatShares(toMake)} to make · {formatShares(data.withoutPromise)} with no options accepted get none
        </Text>
        <ScrollArea.Autosize mah={240} type="auto">
          <Table aria-label="Holders owed a Promise to Grant" fz="sm" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Holder</Table.Th>
                <Table.Th>Election Form</Table.Th>
                <Table.Th ta="right">Grants</Table.Th>
                <Table.Th ta="right">Shares cancelled</Table.Th>
                <Table.Th ta="right">New option shares</Table.Th>
                <Table.Th>Letter</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.employeeId}>
                  <Table.Td>
                    {r.name} <Text span size="xs" c="dimmed">({r.employeeId})</Text>
                  </Table.Td>
                  <Table.Td>#{r.documentId}</Table.Td>
                  <Table.Td ta="right">{formatShares(r.grants)}</Table.Td>
                  <Table.Td ta="right">{formatShares(r.sharesCancelled)}</Table.Td>
                  <Table.Td ta="right">{formatShares(r.newShares)}</Table.Td>
                  <Table.Td>{r.letter === null ? 'To make' : `Letter ${r.letter.id} of ${r.letter.letterDate}`}</Table.Td>
                  <Table.Td>
                    {/* A promise made is given again by a reprint (Print history), never made a second time. */}
                    {r.letter === null && (
                      <Button size="compact-xs" variant="subtle" onClick={() => setPreviewing(r)} aria-label={`Preview the Promise to Grant for ${r.name}`}>
                        Preview
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
        {toMake > nextBatch.length && (
          <Alert color="blue" variant="light">
            {formatShares(toMake)} letters are owed; they are made {n} at a time.
          </Alert>
        )}
        {job !== null && job.state !== 'failed' && (
          <Stack gap={4} data-testid="letter-job" data-state={job.state}>
            <Progress value={job.total === 0 ? 0 : (100 * job.done) / job.total} animated={running} aria-label="Letters made so far" />
            <Text size="sm" aria-live="polite" data-testid="letter-job-count">
              {job.state === 'cancelled'
                ? `Cancelled after ${formatShares(job.done)} of ${formatShares(job.total)}: nothing was recorded.`
                : job.state === 'done'
                  ? `${formatShares(job.total)} ${job.total === 1 ? 'letter' : 'letters'} made and recorded as print run ${job.batch?.printRunId ?? ''}.`
                  : job.state === 'recording'
                    ? `${formatShares(job.total)} of ${formatShares(job.total)} letters made; recording them…`
                    : `${formatShares(job.done)} of ${formatShares(job.total)} letters made`}
            </Text>
          </Stack>
        )}
        <ApiErrorAlert error={letters.error ?? queue.error} onClose={letters.reset} />
        <Group justify="flex-end">
          {running && (
            <Button variant="default" color="red" onClick={() => void letters.cancel()} disabled={job?.state !== 'rendering'}>
              Cancel batch
            </Button>
          )}
          <Button onClick={() => void letters.start(nextBatch, 'promise-to-grant')} loading={running} disabled={nextBatch.length === 0}>
            {nextBatch.length === 0 ? 'Every promise is made' : `Produce ${n} Promise to Grant ${nextBatch.length === 1 ? 'letter' : 'letters'}`}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          Each letter is dated today and recorded with its exact content; a holder is promised once. To print a promise again, reprint it
          from the print history: it is the same letter, byte for byte.
        </Text>
      </Stack>
      <PromisePreviewDialog row={previewing} onClose={() => setPreviewing(null)} />
    </Card>
  );
}
