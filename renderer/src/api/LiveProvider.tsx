// The window's cache of answers and the one watcher that keeps it current (see change-watcher.ts),
// started once at the root. Screens read through useDeskQuery and never poll.
import { QueryClientProvider } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { ChangeWatcher } from './change-watcher';
import { createDeskQueryClient } from './query-client';

const WatcherContext = createContext<ChangeWatcher | null>(null);

export function LiveProvider({ children }: { children: ReactNode }) {
  const [live] = useState(() => {
    const client = createDeskQueryClient();
    return { client, watcher: new ChangeWatcher(client) };
  });
  useEffect(() => {
    live.watcher.start();
    return () => live.watcher.stop();
  }, [live]);
  return (
    <QueryClientProvider client={live.client}>
      <WatcherContext.Provider value={live.watcher}>{children}</WatcherContext.Provider>
    </QueryClientProvider>
  );
}

export function useChangeWatcher(): ChangeWatcher {
  const watcher = useContext(WatcherContext);
  if (!watcher) throw new Error('useChangeWatcher outside <LiveProvider>');
  return watcher;
}
