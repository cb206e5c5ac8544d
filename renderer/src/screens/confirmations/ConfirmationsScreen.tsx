// "Alpha will send a confirmation within five business days of receipt." The queue of what the
// desk owes (overdue, due today, upcoming, sent), and the one path from a selection to paper:
// produce (recorded) -> preview the batch -> Print… -> mark sent. Print runs have their own tab.
import { Group, Pagination, Stack, Tabs, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import type { ConfirmationFilter, ConfirmationRow, MarkSentResult, PrintedBatch } from '../../../../main/ipc/dto';
import { invoke, type ApiError } from '../../api/client';
import { useDeskQuery } from '../../api/useApi';
import { CONFIRMATION_FILTER_LABEL, SEND_METHOD_LABEL } from '../../format/letters';
import { formatShares } from '../../format/numbers';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { useNotify } from '../../ui/Notifications';
import { navigate } from '../../ui/route';
import { BatchDialog } from './BatchDialog';
import { HistoryPanel } from './HistoryPanel';
import { LetterPreviewDialog } from './LetterPreviewDialog';
import { MarkSentDialog, type ToMark } from './MarkSentDialog';
import { ProduceDialog } from './ProduceDialog';
import { PromisesPanel } from './PromisesPanel';
import { QueueTable } from './QueueTable';
import { QueueToolbar } from './QueueToolbar';
import { useSelection } from './useSelection';

/** Rows per page: a day's paper fits many times over, and a table this long still renders at once. */
const PAGE = 500;
/** Without a view in the link, the desk sees what it still owes. */
const DEFAULT_FILTER: ConfirmationFilter = 'unsent';

/** One dialog at a time; marking sent from a batch can go back to that batch. */
type Dialog =
  | { kind: 'none' }
  | { kind: 'preview'; row: ConfirmationRow }
  | { kind: 'produce'; rows: ConfirmationRow[] }
  | { kind: 'batch'; batch: PrintedBatch }
  | { kind: 'mark'; documents: ToMark[]; from: PrintedBatch | null };

const NONE: Dialog = { kind: 'none' };

export function ConfirmationsScreen({ view, filter: linked }: { view: 'queue' | 'history'; filter: ConfirmationFilter | null }) {
  const filter = linked ?? DEFAULT_FILTER;
  const [pageNo, setPageNo] = useState(1);
  // A new view starts at its first page.
  useEffect(() => setPageNo(1), [filter]);
  const queue = useDeskQuery('confirmations:list', { filter, offset: (pageNo - 1) * PAGE, limit: PAGE });
  const selection = useSelection();
  const [dialog, setDialog] = useState<Dialog>(NONE);
  const [selectError, setSelectError] = useState<ApiError | null>(null);
  const notify = useNotify();
  const { reload } = queue;

  // Other windows and the CLI print and mark too: the change watcher refetches the queue when the
  // ledger moves, without a reload button and without polling.
  const { refresh } = selection;
  useEffect(() => {
    if (queue.data) refresh(queue.data.rows);
  }, [queue.data, refresh]);

  const selectOverdue = useCallback(async () => {
    setSelectError(null);
    const r = await invoke('confirmations:list', { filter: 'overdue' });
    if (r.ok) selection.add(r.value.rows);
    else setSelectError(r.error);
  }, [selection]);

  const close = () => setDialog(NONE);
  const onProduced = (batch: PrintedBatch) => {
    reload();
    setDialog({ kind: 'batch', batch });
  };
  const onMarked = (result: MarkSentResult) => {
    const first = result.marked[0];
    notify({
      title: 'Marked sent',
      message: `${formatShares(result.marked.length)} ${result.marked.length === 1 ? 'confirmation' : 'confirmations'} sent${first ? ` on ${first.sentOn}, ${SEND_METHOD_LABEL[first.method].toLowerCase()}` : ''}.`,
      color: 'green',
    });
    const marked = new Set(result.marked.map((m) => m.documentId));
    selection.remove(selection.rows.filter((r) => marked.has(r.documentId)));
    reload();
    close();
  };

  const rows = queue.data?.rows ?? [];
  const total = queue.data?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / PAGE));
  const shown = !queue.data
    ? ''
    : total > rows.length
      ? `${formatShares(total)} documents, ${formatShares(queue.data.offset + 1)}–${formatShares(queue.data.offset + rows.length)} shown`
      : `${formatShares(total)} ${total === 1 ? 'document' : 'documents'}`;
  return (
    <Stack gap="sm" data-testid="confirmations">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} size="h3">
            Confirmations
          </Title>
          <Text size="sm" c="dimmed">
            Each document is confirmed within five business days of receipt (Eastern time; weekends and federal holidays
            not counted){queue.data ? ` · today is ${queue.data.today}` : ''}
          </Text>
        </div>
      </Group>
      <PromisesPanel onProduced={onProduced} />
      <Tabs
        value={view}
        onChange={(v) => navigate({ screen: 'confirmations', view: v === 'history' ? 'history' : 'queue', filter: linked })}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="queue">Queue</Tabs.Tab>
          <Tabs.Tab value="history">Print history</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="queue" pt="sm">
          <Stack gap="sm">
            <QueueToolbar
              filter={filter}
              onFilter={(f) => navigate({ screen: 'confirmations', view: 'queue', filter: f })}
              queue={queue.data}
              selection={selection}
              busy={dialog.kind !== 'none'}
              onSelectOverdue={() => void selectOverdue()}
              onSelectShown={() => selection.add(rows)}
              onPrint={() => setDialog({ kind: 'produce', rows: selection.rows })}
              onMarkSent={() => setDialog({ kind: 'mark', documents: selection.rows, from: null })}
            />
            <ApiErrorAlert error={queue.error ?? selectError} />
            <Text size="xs" c="dimmed" aria-live="polite">
              {CONFIRMATION_FILTER_LABEL[filter]}: {shown}
            </Text>
            <QueueTable
              rows={rows}
              loading={queue.loading}
              emptyText={filter === 'all' ? 'No document has been received yet.' : `Nothing in “${CONFIRMATION_FILTER_LABEL[filter]}”.`}
              selection={selection}
              onPreview={(row) => setDialog({ kind: 'preview', row })}
            />
            {pageCount > 1 && (
              <Pagination
                total={pageCount}
                value={pageNo}
                onChange={setPageNo}
                aria-label="Pages of the queue"
                getControlProps={(control) => ({ 'aria-label': `${control} page` })}
                getItemProps={(n) => ({ 'aria-label': `Page ${n}` })}
              />
            )}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="sm">
          <HistoryPanel onReprinted={(batch) => setDialog({ kind: 'batch', batch })} />
        </Tabs.Panel>
      </Tabs>

      <LetterPreviewDialog
        row={dialog.kind === 'preview' ? dialog.row : null}
        onClose={close}
        onProduce={(row) => setDialog({ kind: 'produce', rows: [row] })}
      />
      <ProduceDialog rows={dialog.kind === 'produce' ? dialog.rows : null} onClose={close} onProduced={onProduced} />
      <BatchDialog
        batch={dialog.kind === 'batch' ? dialog.batch : null}
        onClose={close}
        onMarkSent={(batch) => setDialog({ kind: 'mark', documents: batch.letters.map((l) => ({ documentId: l.documentId, name: l.name })), from: batch })}
      />
      <MarkSentDialog
        documents={dialog.kind === 'mark' ? dialog.documents : null}
        fallbackToday={queue.data?.today ?? null}
        onClose={() => setDialog(dialog.kind === 'mark' && dialog.from ? { kind: 'batch', batch: dialog.from } : NONE)}
        onMarked={onMarked}
      />
    </Stack>
  );
}
