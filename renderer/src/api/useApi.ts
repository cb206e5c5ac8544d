// Two hooks over `invoke`: `useDeskQuery` reads a channel through the window's cache (kept current
// by the change watcher, never by a timer), `useCall` runs an action. Both keep the last refusal
// as `error` so the screen can show it (see <ApiErrorAlert>), never swallow it.
import { keepPreviousData, useQuery as useTanstackQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { Channel, Input, Outputs, Result } from '../../../main/ipc/contract';
import { invoke, type ApiError } from './client';
import { useChangeWatcher } from './LiveProvider';
import { DeskQueryError, deskQueryKey } from './query-client';

export interface QueryState<T> {
  /** The latest answer; while another input's answer is on its way, the previous one stays shown. */
  data: T | null;
  error: ApiError | null;
  /** A fetch is on its way (the first, or a refetch after a change). */
  loading: boolean;
  /** Asks the desk now what changed (after an action) and refetches what that made stale. */
  reload: () => void;
}

export interface DeskQueryOptions {
  /** Keep the previous input's answer on screen until this one's arrives (default true, as for a search or a page). */
  keepPrevious?: boolean;
  /** Drop the answer from memory as soon as no screen shows it (scans and other personal data). */
  forgetWhenUnused?: boolean;
}

/**
 * Reads `channel` with `input` through the cache keyed by [channel, input]. Nothing times out and
 * nothing is thrown away: an answer that takes eight seconds is shown when it comes.
 */
export function useDeskQuery<C extends Channel>(channel: C, input: Input<C>, enabled = true, options: DeskQueryOptions = {}): QueryState<Outputs[C]> {
  const watcher = useChangeWatcher();
  const query = useTanstackQuery<Outputs[C], DeskQueryError, Outputs[C], readonly unknown[]>({
    queryKey: deskQueryKey(channel, input),
    queryFn: async () => {
      const result = await invoke(channel, input);
      if (!result.ok) throw new DeskQueryError(result.error);
      return result.value;
    },
    enabled,
    ...(options.keepPrevious === false ? {} : { placeholderData: keepPreviousData }),
    ...(options.forgetWhenUnused ? { gcTime: 0 } : {}),
  });
  const { refetch, isError } = query;
  const reload = useCallback(() => {
    void watcher.check();
    // A refusal or a lost answer is not a change of the ledger: ask again for this one.
    if (isError) void refetch({ cancelRefetch: false });
  }, [watcher, refetch, isError]);
  return {
    data: query.data ?? null,
    error: query.error?.apiError ?? null,
    loading: enabled && query.isFetching,
    reload,
  };
}

export interface CallState {
  error: ApiError | null;
  busy: boolean;
  clearError: () => void;
  call: <C extends Channel>(channel: C, input: Input<C>) => Promise<Result<Outputs[C]>>;
}

/**
 * Runs actions; the latest refusal stays in `error` until the next call or `clearError()`. A write
 * that succeeds makes the change watcher ask the desk at once (client.ts `onWrite`), so every
 * answer it made stale is refetched, on this screen and every other.
 */
export function useCall(): CallState {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const call = useCallback(async <C extends Channel>(channel: C, input: Input<C>) => {
    setBusy(true);
    setError(null);
    const result = await invoke(channel, input);
    setBusy(false);
    if (!result.ok) setError(result.error);
    return result;
  }, []);
  const clearError = useCallback(() => setError(null), []);
  return { error, busy, clearError, call };
}
