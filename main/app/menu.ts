// The application menu. File holds the ledger-level actions (new, open, backup, export, the key);
// Edit gives the standard clipboard roles so typing into the intake form behaves as everywhere
// else; View has reload and zoom (and DevTools only when not packaged); Help has About.
import type { MenuItemConstructorOptions } from './electron-api';
import type { LedgerActions } from './ledger-actions';

export interface MenuOptions {
  appName: string;
  isMac: boolean;
  devTools: boolean;
  about(): void;
}

export function menuTemplate(actions: LedgerActions, options: MenuOptions): MenuItemConstructorOptions[] {
  const click = (action: () => Promise<void>) => () => void action();
  const template: MenuItemConstructorOptions[] = [];
  if (options.isMac) {
    template.push({
      label: options.appName,
      submenu: [{ label: `About ${options.appName}`, click: options.about }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }],
    });
  }
  template.push(
    {
      label: '&File',
      submenu: [
        { label: 'New offer…', accelerator: 'CmdOrCtrl+N', click: click(actions.newOffer) },
        { label: 'New demo ledger (Alpha)…', click: click(actions.newLedger) },
        { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: click(actions.openLedger) },
        { type: 'separator' },
        { label: 'Save a backup copy…', accelerator: 'CmdOrCtrl+Shift+S', click: click(actions.saveBackup) },
        { label: 'Restore from backup…', click: click(actions.restoreBackup) },
        {
          label: 'Export',
          submenu: [
            { label: 'Elections (CSV)…', accelerator: 'CmdOrCtrl+E', click: click(actions.exportElections) },
            { label: 'The record of the offer (JSON)…', click: click(() => actions.exportAs('json')) },
            { label: 'For the stock plan administrator (CSV)…', click: click(() => actions.exportAs('csv')) },
            { label: 'Cancellations for the cap table (Open Cap Format)…', click: click(() => actions.exportAs('ocf')) },
          ],
        },
        { label: 'Save a copy of the ID-number key…', click: click(actions.saveKeyCopy) },
        { label: 'Print personalised forms…', click: click(actions.printForms) },
        ...(options.isMac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
      ],
    },
    {
      label: '&Edit',
      submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
    },
    {
      label: '&View',
      submenu: [
        { role: 'reload' },
        ...(options.devTools ? [{ role: 'toggleDevTools' } as const] : []),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: '&Help',
      submenu: [{ label: `About ${options.appName}`, click: options.about }],
    },
  );
  return template;
}
