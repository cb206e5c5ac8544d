// Pages of the roster fetched on demand as the list scrolls: 100,000 holders never cross the
// bridge at once. Each page is a cached answer keyed by its search, filter and offset, so a slow
// page can never paint rows of another search, a page scrolled back to is shown at once, and the
// pages on screen are refetched when the change watcher says elections or the roster changed.
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { HolderFilter, HolderPage, HolderRow } from '../../../../main/ipc/dto';
import { invoke, type ApiError } from '../../api/client';
import { DeskQueryError, deskQueryKey } from '../../api/query-client';

export const PAGE_SIZE = 200;

export interface HolderPages {
  total: number | null;
  rowAt: (index: number) => HolderRow | undefined;
  ensure: (firstIndex: number, lastIndex: number) => void;
  error: ApiError | null;
  /** Changes whenever a page lands, so the list re-renders. */
  version: number;
}

const pageKey = (query: string, filter: HolderFilter, page: number) =>
  deskQueryKey('holders:list', { query, filter, offset: page * PAGE_SIZE, limit: PAGE_SIZE });

export function useHolderPages(query: string, filter: HolderFilter): HolderPages {
  const client = useQueryClient();
  const search = JSON.stringify([query, filter]);
  const [wanted, setWanted] = useState({ search, first: 0, last: 0 });
  // A new search or filter starts at its first page.
  const range = wanted.search === search ? wanted : { search, first: 0, last: 0 };
  const pages: number[] = [];
  for (let p = range.first; p <= range.last; p++) pages.push(p);

  const results = useQueries({
    queries: pages.map((page) => ({
      queryKey: pageKey(query, filter, page),
      queryFn: async (): Promise<HolderPage> => {
        const r = await invoke('holders:list', { query, filter, offset: page * PAGE_SIZE, limit: PAGE_SIZE });
        if (!r.ok) throw new DeskQueryError(r.error);
        return r.value;
      },
    })),
  });

  const ensure = useCallback(
    (firstIndex: number, lastIndex: number) => {
      const first = Math.floor(Math.max(0, firstIndex) / PAGE_SIZE);
      const last = Math.max(first, Math.floor(Math.max(0, lastIndex) / PAGE_SIZE));
      setWanted((w) => (w.search === search && w.first === first && w.last === last ? w : { search, first, last }));
    },
    [search],
  );

  // Any page of this search already answered (on screen or scrolled past) is drawn from the cache.
  const rowAt = useCallback(
    (index: number) => client.getQueryData<HolderPage>(pageKey(query, filter, Math.floor(index / PAGE_SIZE)))?.rows[index % PAGE_SIZE],
    [client, query, filter],
  );

  // The count stays while pages scrolled to are on their way (the list keeps its height), and is
  // forgotten only when the search or filter changes.
  const answered = results.find((r) => r.data !== undefined)?.data;
  const lastTotal = useRef<{ search: string; total: number } | null>(null);
  if (answered) lastTotal.current = { search, total: answered.total };
  const total = lastTotal.current?.search === search ? lastTotal.current.total : null;
  const failed = results.find((r) => r.error !== null)?.error;
  return {
    total,
    rowAt,
    ensure,
    error: failed instanceof DeskQueryError ? failed.apiError : null,
    version: results.reduce((n, r) => n + r.dataUpdatedAt, 0),
  };
}
