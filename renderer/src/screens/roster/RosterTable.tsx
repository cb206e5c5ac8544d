// The roster as a virtual table: only the rows in view (plus a few) are in the DOM, so 100,000
// holders scroll as smoothly as 50. Rows are focusable; Enter opens, arrows move.
import { Badge, Table, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { HolderRow } from '../../../../main/ipc/dto';
import { formatShares } from '../../format/numbers';
import { STATE_COLOR, STATE_LABEL } from '../../format/labels';
import type { HolderPages } from './useHolderPages';

const ROW_HEIGHT = 38;

const COLUMNS: { key: string; label: string; width: number | 'flex'; numeric?: boolean }[] = [
  { key: 'id', label: 'Employee ID', width: 130 },
  { key: 'name', label: 'Name', width: 'flex' },
  { key: 'state', label: 'Election', width: 170 },
  { key: 'grants', label: 'Grants', width: 80, numeric: true },
  { key: 'eligible', label: 'Shares eligible', width: 145, numeric: true },
  { key: 'tendered', label: 'Shares tendered', width: 145, numeric: true },
  { key: 'docs', label: 'Documents', width: 100, numeric: true },
  { key: 'defects', label: 'Open defects', width: 125, numeric: true },
];

function cellStyle(c: (typeof COLUMNS)[number]) {
  return c.width === 'flex'
    ? { flex: '1 1 0', minWidth: 160, overflow: 'hidden' }
    : { width: c.width, flex: `0 0 ${c.width}px`, whiteSpace: 'nowrap' as const, textAlign: c.numeric ? ('right' as const) : undefined };
}

interface Props {
  pages: HolderPages;
  onOpen: (employeeId: string) => void;
}

export function RosterTable({ pages, onOpen }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // Roving focus: the table is one Tab stop (the last row focused); arrows move within it.
  const [activeIndex, setActiveIndex] = useState(0);
  const count = pages.total ?? 0;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  // If the remembered row has scrolled out of the DOM, the first visible one takes the Tab stop.
  const tabStop = items.some((i) => i.index === activeIndex) ? activeIndex : first;
  const last = items[items.length - 1]?.index ?? 0;
  const { ensure } = pages;
  useEffect(() => ensure(first, last), [ensure, first, last]);

  const focusRow = (index: number) => {
    if (index < 0 || index >= count) return;
    virtualizer.scrollToIndex(index, { align: 'auto' });
    const row = () => scrollRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`);
    const now = row();
    // A row far away exists only after the virtualizer re-renders; a neighbour is there already.
    if (now) now.focus();
    else requestAnimationFrame(() => row()?.focus());
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableRowElement>, index: number, row: HolderRow | undefined) => {
    if (e.key === 'Enter' && row) onOpen(row.employeeId);
    else if (e.key === 'ArrowDown') focusRow(index + 1);
    else if (e.key === 'ArrowUp') focusRow(index - 1);
    else if (e.key === 'PageDown') focusRow(Math.min(count - 1, index + 15));
    else if (e.key === 'PageUp') focusRow(Math.max(0, index - 15));
    else return;
    e.preventDefault();
  };

  return (
    <div
      ref={scrollRef}
      style={{ height: 'calc(100vh - 210px)', minHeight: 300, overflow: 'auto', background: 'white' }}
      data-testid="roster-scroll"
    >
      <Table
        highlightOnHover
        aria-label="Holders"
        aria-rowcount={count + 1}
        style={{ display: 'grid' }}
        stickyHeader
      >
        <Table.Thead style={{ display: 'grid', position: 'sticky', top: 0, zIndex: 1 }}>
          <Table.Tr style={{ display: 'flex', width: '100%' }} aria-rowindex={1}>
            {COLUMNS.map((c) => (
              <Table.Th key={c.key} style={cellStyle(c)}>
                {c.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody style={{ display: 'grid', height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = pages.rowAt(item.index);
            return (
              <Table.Tr
                key={item.key}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                tabIndex={item.index === tabStop ? 0 : -1}
                onFocus={() => setActiveIndex(item.index)}
                className="roster-row"
                aria-label={row ? `${row.name}, ${row.employeeId}, ${STATE_LABEL[row.state]}` : 'Loading'}
                onClick={() => row && onOpen(row.employeeId)}
                onKeyDown={(e) => onKeyDown(e, item.index, row)}
                style={{
                  display: 'flex',
                  alignItems: 'center',
                  position: 'absolute',
                  width: '100%',
                  height: ROW_HEIGHT,
                  transform: `translateY(${item.start}px)`,
                }}
              >
                {row ? <RowCells row={row} /> : <LoadingCells />}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </div>
  );
}

function RowCells({ row }: { row: HolderRow }) {
  const [id, name, state, grants, eligible, tendered, docs, defects] = COLUMNS.map(cellStyle);
  return (
    <>
      <Table.Td style={id} ff="monospace">{row.employeeId}</Table.Td>
      <Table.Td style={name}>
        <Text size="sm" truncate>
          {row.name}
        </Text>
      </Table.Td>
      <Table.Td style={state}>
        <Badge color={STATE_COLOR[row.state]} variant="light" radius="sm">
          {STATE_LABEL[row.state]}
        </Badge>
      </Table.Td>
      <Table.Td style={grants} className="num">{row.grants}</Table.Td>
      <Table.Td style={eligible} className="num">{formatShares(row.sharesEligible)}</Table.Td>
      <Table.Td style={tendered} className="num">{formatShares(row.sharesTendered)}</Table.Td>
      <Table.Td style={docs} className="num">{row.documents}</Table.Td>
      <Table.Td style={defects} className="num">
        {row.openDefects > 0 ? (
          <Badge color="orange" variant="light" radius="sm">
            {row.openDefects}
          </Badge>
        ) : (
          '—'
        )}
      </Table.Td>
    </>
  );
}

function LoadingCells() {
  return (
    <Table.Td style={{ flex: 1 }} c="dimmed">
      Loading…
    </Table.Td>
  );
}
