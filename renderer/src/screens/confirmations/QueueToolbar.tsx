// Above the queue: which view (the contract's filters, each with its count), what is selected,
// and the two things the desk does with a selection — print the letters, mark them sent.
import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import type { ConfirmationFilter, ConfirmationQueue } from '../../../../main/ipc/dto';
import { CONFIRMATION_FILTER_LABEL, CONFIRMATION_FILTERS_IN_ORDER, countFor } from '../../format/letters';
import { formatShares } from '../../format/numbers';
import type { Selection } from './useSelection';
import { useLedgerWritable } from '../../ui/LedgerAccess';

interface Props {
  filter: ConfirmationFilter;
  onFilter: (filter: ConfirmationFilter) => void;
  queue: ConfirmationQueue | null;
  selection: Selection;
  busy: boolean;
  onSelectOverdue: () => void;
  onSelectShown: () => void;
  onPrint: () => void;
  onMarkSent: () => void;
}

export function QueueToolbar({ filter, onFilter, queue, selection, busy, onSelectOverdue, onSelectShown, onPrint, onMarkSent }: Props) {
  const writable = useLedgerWritable();
  const overdue = queue?.counts.overdue ?? 0;
  const shownIds = new Set(queue?.rows.map((r) => r.documentId) ?? []);
  const hidden = selection.ids.filter((id) => !shownIds.has(id)).length;
  return (
    <Stack gap="xs">
      <Group gap="md" align="flex-end" justify="space-between">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="confirmations-filter-label">
            Show
          </Text>
          <SegmentedControl
            aria-labelledby="confirmations-filter-label"
            value={filter}
            onChange={(v) => onFilter(v as ConfirmationFilter)}
            data={CONFIRMATION_FILTERS_IN_ORDER.map((f) => ({
              value: f,
              label: queue ? `${CONFIRMATION_FILTER_LABEL[f]} (${formatShares(countFor(f, queue.counts))})` : CONFIRMATION_FILTER_LABEL[f],
            }))}
            size="sm"
            color={filter === 'overdue' ? 'red' : undefined}
          />
        </Stack>
        <Group gap="xs">
          <Button onClick={onPrint} disabled={selection.size === 0 || busy || !writable}>
            {selection.size === 0 ? 'Print selected…' : `Print selected (${formatShares(selection.size)})…`}
          </Button>
          <Button variant="default" onClick={onMarkSent} disabled={selection.size === 0 || busy || !writable}>
            Mark selected sent…
          </Button>
        </Group>
      </Group>
      <Group gap="xs" align="center">
        <Button size="compact-sm" variant="light" color="red" onClick={onSelectOverdue} disabled={overdue === 0 || busy}>
          Select all overdue ({formatShares(overdue)})
        </Button>
        <Button size="compact-sm" variant="light" onClick={onSelectShown} disabled={!queue || queue.rows.length === 0}>
          Select all shown
        </Button>
        <Button size="compact-sm" variant="subtle" color="gray" onClick={selection.clear} disabled={selection.size === 0}>
          Clear selection
        </Button>
        <Text size="sm" c="dimmed" aria-live="polite" data-testid="selection-count">
          {selection.size === 0
            ? 'Nothing selected'
            : `${formatShares(selection.size)} selected${hidden > 0 ? ` (${formatShares(hidden)} not in this view)` : ''}`}
        </Text>
      </Group>
    </Stack>
  );
}
