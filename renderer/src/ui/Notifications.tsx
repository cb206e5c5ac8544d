// A small stack of toasts built on Mantine's <Notification> (@mantine/notifications is not a
// dependency). Announced politely to screen readers; each closes itself after a while.
import { Notification, Stack } from '@mantine/core';
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

export interface Toast {
  title: string;
  message: string;
  color?: 'green' | 'red' | 'yellow' | 'blue';
}

interface Shown extends Toast {
  id: number;
}

const NotifyContext = createContext<(t: Toast) => void>(() => undefined);
let nextId = 1;
const VISIBLE_MS = 7000;

export function NotificationsProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Shown[]>([]);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const notify = useCallback(
    (t: Toast) => {
      const id = nextId++;
      setToasts((all) => [...all.slice(-3), { ...t, id }]);
      window.setTimeout(() => dismiss(id), VISIBLE_MS);
    },
    [dismiss],
  );
  return (
    <NotifyContext.Provider value={notify}>
      {children}
      <Stack
        gap="xs"
        role="status"
        aria-live="polite"
        style={{ position: 'fixed', right: 16, bottom: 16, width: 380, zIndex: 1000 }}
      >
        {toasts.map((t) => (
          <Notification
            key={t.id}
            title={t.title}
            color={t.color ?? 'blue'}
            withBorder
            closeButtonProps={{ 'aria-label': 'Close notification' }}
            onClose={() => dismiss(t.id)}
          >
            {t.message}
          </Notification>
        ))}
      </Stack>
    </NotifyContext.Provider>
  );
}

export function useNotify(): (t: Toast) => void {
  return useContext(NotifyContext);
}
