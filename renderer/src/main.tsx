import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/charts/styles.css';
import './styles.css';
import { MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { LiveProvider } from './api/LiveProvider';
import { DeskClockProvider } from './clock/DeskClock';
import { theme } from './theme';
import { NotificationsProvider } from './ui/Notifications';
import { OperatorProvider } from './ui/Operator';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light">
      <NotificationsProvider>
        <LiveProvider>
          <DeskClockProvider>
            <OperatorProvider>
              <App />
            </OperatorProvider>
          </DeskClockProvider>
        </LiveProvider>
      </NotificationsProvider>
    </MantineProvider>
  </StrictMode>,
);
