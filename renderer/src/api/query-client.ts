// The window's one cache of answers, keyed by [channel, input]. An answer stays fresh until the
// change watcher says something it was built from changed (change-watcher.ts): no timers, no
// refetch on focus, no retries (a refusal is an answer, shown as such), no timeouts.
import { QueryClient } from '@tanstack/react-query';
import type { Channel, Input } from '../../../main/ipc/contract';
import type { ApiError } from './client';

export function createDeskQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        retry: false,
      },
    },
  });
}

export type DeskQueryKey<C extends Channel> = readonly [C, Input<C>];

export function deskQueryKey<C extends Channel>(channel: C, input: Input<C>): DeskQueryKey<C> {
  return [channel, input];
}

/** A refusal (or a desk that did not answer) as the cache carries it: the desk's own error inside. */
export class DeskQueryError extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.message);
    this.name = 'DeskQueryError';
  }
}
