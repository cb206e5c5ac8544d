// The step before printing: producing records each letter (its exact content and SHA-256) and the
// print run in the ledger, so the desk says so before it happens. The desk typesets the letters in
// the background (a count shows how far it is, and the batch can be cancelled until it is
// recorded); one PDF comes back, every letter starting on a new page.
import { Alert, Button, Group, List, Modal, Progress, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useEffect } from 'react';
import type { ConfirmationRow, PrintedBatch } from '../../../../main/ipc/dto';
import { LETTER_KIND_LABEL } from '../../format/letters';
import { formatShares } from '../../format/numbers';
import { formatCalendarDate } from '../../format/time';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { useLetterJob } from './useLetterJob';

interface Props {
  rows: ConfirmationRow[] | null;
  onClose: () => void;
  onProduced: (batch: PrintedBatch) => void;
}

export function ProduceDialog({ rows, onClose, onProduced }: Props) {
  const letters = useLetterJob(onProduced);
  const { reset, running, job } = letters;
  useEffect(() => {
    if (rows) reset();
  }, [rows, reset]);
  const list = rows ?? [];
  const already = list.filter((r) => r.letters.length > 0);
  const sent = list.filter((r) => r.sent !== null);

  const produce = () => void letters.start(list.map((row) => row.documentId));
  // Closing the dialog while the letters are being made cancels them: nothing is recorded.
  const close = () => {
    if (running) void letters.cancel();
    onClose();
  };

  const n = formatShares(list.length);
  return (
    <Modal opened={rows !== null} onClose={close} title={`Produce ${n} ${list.length === 1 ? 'letter' : 'letters'} for the printer`} size="lg">
      <Stack gap="sm" data-testid="produce-dialog">
        <Alert color="blue" variant="light" title="Producing fixes each letter's content; reprints will be identical">
          <Text size="sm">
            Each letter is dated today and recorded in the ledger with its exact content, together with this print run.
            You will see the whole batch before it goes to the printer.
          </Text>
        </Alert>
        {(already.length > 0 || sent.length > 0) && (
          <Alert color="yellow" variant="light" title="Some of these already have a letter">
            <List size="sm" spacing={2}>
              {already.length > 0 && (
                <List.Item>
                  {formatShares(already.length)} already had a letter produced; this makes a new one dated today. To print the
                  same letter again, use Reprint in the print history.
                </List.Item>
              )}
              {sent.length > 0 && <List.Item>{formatShares(sent.length)} already marked sent.</List.Item>}
            </List>
          </Alert>
        )}
        <ScrollArea.Autosize mah={280} type="auto">
          <Table aria-label="Letters to produce" fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Holder</Table.Th>
                <Table.Th>Document</Table.Th>
                <Table.Th>Letter</Table.Th>
                <Table.Th>Due</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((r) => (
                <Table.Tr key={r.documentId}>
                  <Table.Td>{r.name}</Table.Td>
                  <Table.Td>#{r.documentId}</Table.Td>
                  <Table.Td>{LETTER_KIND_LABEL[r.letterKind]}</Table.Td>
                  <Table.Td c={r.status === 'overdue' ? 'red.8' : undefined}>{formatCalendarDate(r.due)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
        {job !== null && job.state !== 'failed' && (
          <Stack gap={4} data-testid="letter-job" data-state={job.state}>
            <Progress value={job.total === 0 ? 0 : (100 * job.done) / job.total} animated={running} aria-label="Letters made so far" />
            <Text size="sm" aria-live="polite" data-testid="letter-job-count">
              {job.state === 'cancelled'
                ? `Cancelled after ${formatShares(job.done)} of ${formatShares(job.total)}: nothing was recorded.`
                : job.state === 'recording' || job.state === 'done'
                  ? `${formatShares(job.total)} of ${formatShares(job.total)} letters made; recording them…`
                  : `${formatShares(job.done)} of ${formatShares(job.total)} letters made`}
            </Text>
          </Stack>
        )}
        <ApiErrorAlert error={letters.error} onClose={letters.reset} />
        <Group justify="flex-end">
          {running ? (
            <Button variant="default" color="red" onClick={() => void letters.cancel()} disabled={job?.state !== 'rendering'}>
              Cancel batch
            </Button>
          ) : (
            <Button variant="default" onClick={close}>
              Close
            </Button>
          )}
          <Button onClick={produce} loading={running} disabled={list.length === 0} data-autofocus>
            Produce {n} {list.length === 1 ? 'letter' : 'letters'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
