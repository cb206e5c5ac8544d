// Pages of the roster fetched on demand as the list scrolls: 100,000 holders never cross the
// bridge at once. A change of search or filter starts a new generation; answers for an older
// generation are dropped so a slow page cannot paint rows of the previous search.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { HolderFilter, HolderRow } from '../../../../main/ipc/dto';
import { invoke, type ApiError } from '../../api/client';

export const PAGE_SIZE = 200;

export interface HolderPages {
  total: number | null;
  rowAt: (index: number) => HolderRow | undefined;
  ensure: (firstIndex: number, lastIndex: number) => void;
  error: ApiError | null;
  /** Bumps whenever a page lands, so the list re-renders. */
  version: number;
}

export function useHolderPages(query: string, filter: HolderFilter): HolderPages {
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [version, setVersion] = useState(0);
  const pages = useRef(new Map<number, HolderRow[]>());
  const inFlight = useRef(new Set<number>());
  const generation = useRef(0);

  const load = useCallback(
    (page: number) => {
      if (pages.current.has(page) || inFlight.current.has(page)) return;
      inFlight.current.add(page);
      const gen = generation.current;
      void invoke('holders:list', { query, filter, offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then((r) => {
        if (gen !== generation.current) return;
        inFlight.current.delete(page);
        if (!r.ok) {
          setError(r.error);
          return;
        }
        setError(null);
        pages.current.set(page, r.value.rows);
        setTotal(r.value.total);
        setVersion((v) => v + 1);
      });
    },
    [query, filter],
  );

  useEffect(() => {
    generation.current += 1;
    pages.current = new Map();
    inFlight.current = new Set();
    setTotal(null);
    load(0);
  }, [load]);

  const ensure = useCallback(
    (firstIndex: number, lastIndex: number) => {
      const first = Math.floor(Math.max(0, firstIndex) / PAGE_SIZE);
      const last = Math.floor(Math.max(0, lastIndex) / PAGE_SIZE);
      for (let p = first; p <= last; p++) load(p);
    },
    [load],
  );

  const rowAt = useCallback((index: number) => pages.current.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE], []);

  return { total, rowAt, ensure, error, version };
}
