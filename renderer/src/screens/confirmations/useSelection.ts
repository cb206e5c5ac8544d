// Which documents are ticked for printing or marking sent. Kept by document id with the row as
// last seen, so a selection survives switching views ("select all overdue", then look at "due
// today") and the dialogs can still name every selected holder.
import { useCallback, useMemo, useState } from 'react';
import type { ConfirmationRow } from '../../../../main/ipc/dto';

export interface Selection {
  rows: ConfirmationRow[];
  ids: number[];
  size: number;
  has(documentId: number): boolean;
  toggle(row: ConfirmationRow): void;
  /** Adds these rows (keeps what was selected). */
  add(rows: readonly ConfirmationRow[]): void;
  remove(rows: readonly ConfirmationRow[]): void;
  clear(): void;
  /** Newer copies of selected rows (after a reload), so the dialogs show current statuses. */
  refresh(rows: readonly ConfirmationRow[]): void;
}

export function useSelection(): Selection {
  const [selected, setSelected] = useState<ReadonlyMap<number, ConfirmationRow>>(new Map());

  const toggle = useCallback((row: ConfirmationRow) => {
    setSelected((old) => {
      const next = new Map(old);
      if (next.has(row.documentId)) next.delete(row.documentId);
      else next.set(row.documentId, row);
      return next;
    });
  }, []);
  const add = useCallback((rows: readonly ConfirmationRow[]) => {
    setSelected((old) => new Map([...old, ...rows.map((r) => [r.documentId, r] as const)]));
  }, []);
  const remove = useCallback((rows: readonly ConfirmationRow[]) => {
    setSelected((old) => {
      const next = new Map(old);
      for (const r of rows) next.delete(r.documentId);
      return next;
    });
  }, []);
  const clear = useCallback(() => setSelected(new Map()), []);
  const refresh = useCallback((rows: readonly ConfirmationRow[]) => {
    setSelected((old) => {
      const fresh = rows.filter((r) => old.has(r.documentId) && JSON.stringify(old.get(r.documentId)) !== JSON.stringify(r));
      if (fresh.length === 0) return old;
      const next = new Map(old);
      for (const r of fresh) next.set(r.documentId, r);
      return next;
    });
  }, []);

  return useMemo(() => {
    // In queue order (due date, then receipt), whatever order they were ticked in.
    const rows = [...selected.values()].sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : a.documentId - b.documentId));
    return {
      rows,
      ids: rows.map((r) => r.documentId),
      size: rows.length,
      has: (id: number) => selected.has(id),
      toggle,
      add,
      remove,
      clear,
      refresh,
    };
  }, [selected, toggle, add, remove, clear, refresh]);
}
