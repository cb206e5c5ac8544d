// The step before printing: producing records each letter (its exact content and SHA-256) and the
// print run in the ledger, so the desk says so before it happens. One PDF comes back, every letter
// starting on a new page.
import { Alert, Button, Group, List, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useEffect } from 'react';
import type { ConfirmationRow, PrintedBatch } from '../../../../main/ipc/dto';
import { useCall } from '../../api/useApi';
import { LETTER_KIND_LABEL } from '../../format/letters';
import { formatShares } from '../../format/numbers';
import { formatCalendarDate } from '../../format/time';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';

interface Props {
  rows: ConfirmationRow[] | null;
  onClose: () => void;
  onProduced: (batch: PrintedBatch) => void;
}

export function ProduceDialog({ rows, onClose, onProduced }: Props) {
  const api = useCall();
  const { clearError } = api;
  useEffect(() => {
    if (rows) clearError();
  }, [rows, clearError]);
  const list = rows ?? [];
  const already = list.filter((r) => r.letters.length > 0);
  const sent = list.filter((r) => r.sent !== null);

  const produce = async () => {
    const r = await api.call('letters:produce', { documentIds: list.map((row) => row.documentId) });
    if (r.ok) onProduced(r.value);
  };

  const n = formatShares(list.length);
  return (
    <Modal opened={rows !== null} onClose={onClose} title={`Produce ${n} ${list.length === 1 ? 'letter' : 'letters'} for the printer`} size="lg">
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
        <ApiErrorAlert error={api.error} onClose={api.clearError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={api.busy}>
            Cancel
          </Button>
          <Button onClick={() => void produce()} loading={api.busy} disabled={list.length === 0} data-autofocus>
            Produce {n} {list.length === 1 ? 'letter' : 'letters'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
