// Two hooks over `invoke`: `useQuery` loads data for a screen, `useCall` runs an action. Both keep
// the last refusal as `error` so the screen can show it (see <ApiErrorAlert>), never swallow it.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Channel, Input, Outputs, Result } from '../../../main/ipc/contract';
import { invoke, type ApiError } from './client';

export interface QueryState<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
}

/** Loads `channel` with `input`; reloads whenever the input's JSON changes or `reload()` is called. */
export function useQuery<C extends Channel>(channel: C, input: Input<C>, enabled = true): QueryState<Outputs[C]> {
  const key = JSON.stringify(input);
  const [data, setData] = useState<Outputs[C] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(enabled);
  const [generation, setGeneration] = useState(0);
  const inputRef = useRef(input);
  inputRef.current = input;

  useEffect(() => {
    if (!enabled) return undefined;
    let live = true;
    setLoading(true);
    void invoke(channel, inputRef.current).then((result) => {
      if (!live) return;
      if (result.ok) {
        setData(result.value);
        setError(null);
      } else {
        setError(result.error);
      }
      setLoading(false);
    });
    // A newer request supersedes this one: a slow answer must not overwrite a fresh one.
    return () => {
      live = false;
    };
  }, [channel, key, generation, enabled]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data, error, loading, reload };
}

export interface CallState {
  error: ApiError | null;
  busy: boolean;
  clearError: () => void;
  call: <C extends Channel>(channel: C, input: Input<C>) => Promise<Result<Outputs[C]>>;
}

/** Runs actions; the latest refusal stays in `error` until the next call or `clearError()`. */
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
