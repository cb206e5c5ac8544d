// The confirmations queue as a table: one row per document received, whose confirmation is due
// when, which letter it gets, and whether it went out. Overdue rows are tinted so they stand out
// in a long list; every row has a labelled checkbox and a Preview button.
import { Anchor, Button, Card, Checkbox, Table, Text } from '@mantine/core';
import type { ConfirmationRow } from '../../../../main/ipc/dto';
import { KIND_SHORT, VIA_LABEL } from '../../format/labels';
import { LETTER_KIND_LABEL } from '../../format/letters';
import { hrefFor } from '../../ui/route';
import { DueCell, StatusCell } from './QueueCells';
import type { Selection } from './useSelection';

const NOWRAP = { whiteSpace: 'nowrap' } as const;

interface Props {
  rows: ConfirmationRow[];
  loading: boolean;
  /** What the view shows, for the empty message ("No confirmation is overdue."). */
  emptyText: string;
  selection: Selection;
  onPreview: (row: ConfirmationRow) => void;
}

export function QueueTable({ rows, loading, emptyText, selection, onPreview }: Props) {
  const shownSelected = rows.filter((r) => selection.has(r.documentId)).length;
  const allShown = rows.length > 0 && shownSelected === rows.length;
  return (
    <Card p={0}>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed" p="md">
          {loading ? 'Loading…' : emptyText}
        </Text>
      ) : (
        <Table striped={false} highlightOnHover aria-label="Confirmations queue" data-testid="queue-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>
                <Checkbox
                  aria-label={allShown ? 'Unselect every row shown' : 'Select every row shown'}
                  checked={allShown}
                  indeterminate={shownSelected > 0 && !allShown}
                  onChange={() => (allShown ? selection.remove(rows) : selection.add(rows))}
                />
              </Table.Th>
              <Table.Th>Holder</Table.Th>
              <Table.Th>Document</Table.Th>
              <Table.Th>Letter it gets</Table.Th>
              <Table.Th>Confirmation due</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr
                key={r.documentId}
                data-testid={`queue-row-${r.documentId}`}
                data-status={r.status}
                bg={r.status === 'overdue' ? 'red.0' : r.status === 'due-today' ? 'orange.0' : r.status === 'correction-due' ? 'grape.0' : undefined}
                style={
                  r.status === 'overdue'
                    ? { boxShadow: 'inset 4px 0 0 var(--mantine-color-red-7)' }
                    : r.status === 'correction-due'
                      ? { boxShadow: 'inset 4px 0 0 var(--mantine-color-grape-7)' }
                      : undefined
                }
              >
                <Table.Td>
                  <Checkbox
                    aria-label={`Select document #${r.documentId} (${r.name})`}
                    checked={selection.has(r.documentId)}
                    onChange={() => selection.toggle(r)}
                  />
                </Table.Td>
                <Table.Td>
                  <Anchor href={hrefFor({ screen: 'holder', employeeId: r.employeeId })} size="sm" fw={500}>
                    {r.name}
                  </Anchor>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {r.employeeId}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={NOWRAP}>
                    #{r.documentId} {KIND_SHORT[r.documentKind]}
                  </Text>
                  <Text size="xs" c="dimmed" style={NOWRAP}>
                    received {r.receivedAtText} · {VIA_LABEL[r.via]}
                  </Text>
                </Table.Td>
                <Table.Td style={NOWRAP}>
                  <Text size="sm" c={r.letterKind === 'late-delivery' ? 'red.8' : r.letterKind === 'correction' ? 'grape.8' : undefined}>
                    {LETTER_KIND_LABEL[r.letterKind]}
                  </Text>
                  {r.irregularityAvailable && (
                    <Text size="xs" c="dimmed">
                      irregularity notice available
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <DueCell row={r} />
                </Table.Td>
                <Table.Td>
                  <StatusCell row={r} />
                </Table.Td>
                <Table.Td style={NOWRAP}>
                  <Button size="compact-sm" variant="default" onClick={() => onPreview(r)} aria-label={`Preview the letter for document #${r.documentId} (${r.name})`}>
                    Preview
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
