// What the File menu does. Each action asks the operator for a path with the system's own dialog,
// then calls one service. Every failure is shown to the operator in words (the services' errors are
// written for people) and changes nothing; no action ever overwrites the open ledger or an
// existing ledger file.
import { existsSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { OfferDeskError } from '../core/errors';
import type { ExchangeTerms } from '../core/exchange-terms';
import type { OfferSettings } from '../core/types';
import type { KeyProvider } from '../services/shell-support';
import type { Clock } from '../services/clock';
import { createLedgerFile } from '../services/data-dir';
import { UNNAMED_OPERATOR } from '../services/desk';
import type { CurrentDesk } from './current-desk';
import type { ShellBrowserWindow, ShellDialog } from './electron-api';
import { backupsFolderFor, createBackup, exportElections, exportTo, prepareRestore, type ExportKind } from './file-services';
import { isOfferDeskError } from '../core/errors';
import { log } from './log';
import { PRINT_FORMS_TITLE, printPersonalForms } from './print-forms';

const LEDGER_FILTER = { name: 'Offer Desk ledger', extensions: ['ledger'] };

export interface LedgerActionsDeps<W extends ShellBrowserWindow> {
  dialog: ShellDialog<W>;
  window(): W | null;
  desk: CurrentDesk;
  keyProvider: KeyProvider;
  clock: Clock;
  operator(): string | null;
  resourcesDir: string;
  documentsDir: string;
  /** Called after the open ledger changed: remember it for the next start. */
  remember(ledgerPath: string): void;
  /** The window's page at the new-offer wizard (File › New offer…). */
  newOfferUrl: string;
}

export interface LedgerActions {
  /** Shows the new-offer wizard in the window. */
  newOffer(): Promise<void>;
  /** The wizard's last step: the save dialog, then the checked offer's ledger, opened. Null: cancelled. */
  createOfferLedger(offer: { settings: OfferSettings; terms: ExchangeTerms }): string | null;
  newLedger(): Promise<void>;
  openLedger(): Promise<void>;
  saveBackup(): Promise<void>;
  restoreBackup(): Promise<void>;
  exportElections(): Promise<void>;
  /** File › Export › the record (JSON), the administrator's CSV, the cancellations (OCF). */
  exportAs(kind: ExportKind): Promise<void>;
  saveKeyCopy(): Promise<void>;
  /** File › Print personalised forms…: every holder's Election Form and Notice, with their codes. */
  printForms(): Promise<void>;
}

class Refusal extends Error {}

/** The save dialog of each export: its title, default file name, type and the words once saved. */
const EXPORT_DIALOGS: Record<ExportKind, { title: string; name: string; extension: string; filter: { name: string; extensions: string[] }; done: string }> = {
  json: { title: 'Export the record of the offer', name: 'Offer record', extension: '.json', filter: { name: 'JSON', extensions: ['json'] }, done: 'The record of the offer was saved to' },
  csv: { title: 'Export for the stock plan administrator', name: 'Stock plan administrator', extension: '.csv', filter: { name: 'CSV', extensions: ['csv'] }, done: "The stock plan administrator's CSV was saved to" },
  ocf: {
    title: 'Export the cancellations (Open Cap Format)',
    name: 'Cancellations',
    extension: '.ocf.zip',
    filter: { name: 'Open Cap Format package', extensions: ['zip'] },
    done: 'The cancellations in Open Cap Format were saved to',
  },
};

export function createLedgerActions<W extends ShellBrowserWindow>(deps: LedgerActionsDeps<W>): LedgerActions {
  const { dialog } = deps;

  /** Runs one menu action; a refusal or failure becomes a message box, never an unhandled rejection. */
  async function run(title: string, action: (window: W) => Promise<void>): Promise<void> {
    const window = deps.window();
    if (window === null) return;
    try {
      await action(window);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      if (!(e instanceof Refusal)) log('file-menu', `${title} failed: ${message}`);
      dialog.showErrorBox(title, message);
    }
  }

  async function askSavePath(window: W, title: string, defaultName: string, filter: { name: string; extensions: string[] }): Promise<string | null> {
    const answer = await dialog.showSaveDialog(window, {
      title,
      defaultPath: join(deps.documentsDir, defaultName),
      filters: [filter],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (answer.canceled || answer.filePath === '') return null;
    const extension = filter.extensions[0];
    const path = resolve(answer.filePath);
    return extension !== undefined && extname(path) === '' ? `${path}.${extension}` : path;
  }

  /** The open ledger (and its WAL/SHM companions) can never be a destination. */
  function refuseOpenLedger(path: string): void {
    const open = resolve(deps.desk.ledgerPath);
    if ([open, `${open}-wal`, `${open}-shm`].includes(resolve(path))) {
      throw new Refusal('That is the ledger Offer Desk has open. Choose another file name; nothing has been written.');
    }
  }

  function switchTo(window: W, ledgerPath: string): void {
    deps.desk.swap(ledgerPath);
    deps.remember(ledgerPath);
    // The page re-reads everything from the new ledger; nothing of the old one stays on screen.
    window.webContents.reload();
  }

  function today(): string {
    return deps.clock.now().slice(0, 10);
  }

  return {
    newOffer: () =>
      run('New offer', async (window) => {
        await window.loadURL(deps.newOfferUrl);
      }),

    createOfferLedger: (offer) => {
      const window = deps.window();
      if (window === null) return null;
      const name = `${offer.settings.company.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'Offer'} ${offer.settings.commencedOn}.ledger`;
      const chosen = dialog.showSaveDialogSync(window, {
        title: 'Save the new offer ledger',
        defaultPath: join(deps.documentsDir, name),
        filters: [LEDGER_FILTER],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (chosen === undefined || chosen === '') return null;
      const resolved = resolve(chosen);
      const path = extname(resolved) === '' ? `${resolved}.ledger` : resolved;
      if (existsSync(path)) {
        throw new OfferDeskError('conflict', `${path} already exists. Offer Desk never overwrites a ledger; choose a new file name. Nothing was created.`);
      }
      createLedgerFile({
        path,
        keyProvider: deps.keyProvider,
        clock: deps.clock,
        operator: deps.operator() ?? UNNAMED_OPERATOR,
        resourcesDir: deps.resourcesDir,
        withDemoRoster: false,
        settings: offer.settings,
        terms: offer.terms,
      });
      // The window reloads itself once it has the answer, on the new ledger.
      deps.desk.swap(path);
      deps.remember(path);
      return path;
    },

    newLedger: () =>
      run('New offer ledger', async (window) => {
        const path = await askSavePath(window, 'New offer ledger', 'Offer ledger.ledger', LEDGER_FILTER);
        if (path === null) return;
        if (existsSync(path)) {
          throw new Refusal(`${path} already exists. Offer Desk never overwrites a ledger; choose a new file name.`);
        }
        createLedgerFile({
          path,
          keyProvider: deps.keyProvider,
          clock: deps.clock,
          operator: deps.operator() ?? UNNAMED_OPERATOR,
          resourcesDir: deps.resourcesDir,
          withDemoRoster: false,
        });
        switchTo(window, path);
      }),

    openLedger: () =>
      run('Open offer ledger', async (window) => {
        const answer = await dialog.showOpenDialog(window, {
          title: 'Open offer ledger',
          defaultPath: deps.documentsDir,
          filters: [LEDGER_FILTER],
          properties: ['openFile'],
        });
        const path = answer.filePaths[0];
        if (answer.canceled || path === undefined) return;
        if (resolve(path) === resolve(deps.desk.ledgerPath)) return;
        switchTo(window, path);
      }),

    saveBackup: () =>
      run('Save a backup copy', async (window) => {
        const name = `${basename(deps.desk.ledgerPath, '.ledger')} backup ${today()}.ledger`;
        const path = await askSavePath(window, 'Save a backup copy of the ledger', name, LEDGER_FILTER);
        if (path === null) return;
        refuseOpenLedger(path);
        await createBackup(deps.desk.get(), path);
        await dialog.showMessageBox(window, { type: 'info', title: 'Backup saved', message: `A backup copy of the ledger was saved to ${path}.` });
      }),

    restoreBackup: () =>
      run('Restore from backup', async (window) => {
        const ledgerPath = resolve(deps.desk.ledgerPath);
        const folder = backupsFolderFor(ledgerPath);
        const answer = await dialog.showOpenDialog(window, {
          title: 'Restore the ledger from a backup',
          defaultPath: existsSync(folder) ? folder : deps.documentsDir,
          filters: [LEDGER_FILTER],
          properties: ['openFile'],
        });
        const backup = answer.filePaths[0];
        if (answer.canceled || backup === undefined) return;
        // The backup is proven (integrity, manifest, verify) before the operator is asked anything.
        const prepared = prepareRestore(backup, ledgerPath, { at: deps.clock.now(), operator: deps.operator() ?? UNNAMED_OPERATOR });
        try {
          const now = prepared.ledger === null ? `The ledger ${ledgerPath} could not be read (${prepared.ledgerProblem ?? 'unknown'}).` : `The open ledger ${ledgerPath} ends at ${prepared.ledger.text}.`;
          const lost =
            prepared.ledger !== null && prepared.ledger.seq > prepared.backup.seq
              ? ` Events ${prepared.backup.seq + 1} to ${prepared.ledger.seq} will no longer be in the ledger, and verify will say so while newer backups exist.`
              : '';
          const { response } = await dialog.showMessageBox(window, {
            type: 'warning',
            title: 'Restore from backup',
            message: 'Replace the open ledger with this backup?',
            detail: `The backup ${backup} verifies and ends at ${prepared.backup.text}.\n${now}${lost}\nThe ledger it replaces is kept beside it, never deleted.`,
            buttons: ['Restore', 'Cancel'],
            defaultId: 1,
            cancelId: 1,
          });
          if (response !== 0) return;
          const result = deps.desk.replaceFile(() => prepared.commit(true));
          window.webContents.reload();
          await dialog.showMessageBox(window, {
            type: 'info',
            title: 'Ledger restored',
            message: `The ledger was restored from ${backup}; it ends at ${result.restored.text}.`,
            detail: result.keptAs === null ? '' : `The ledger it replaced is kept as ${result.keptAs}.`,
          });
        } finally {
          prepared.discard();
        }
      }),

    exportElections: () =>
      run('Export elections', async (window) => {
        const path = await askSavePath(window, 'Export elections', `Elections ${today()}.csv`, { name: 'CSV', extensions: ['csv'] });
        if (path === null) return;
        refuseOpenLedger(path);
        await exportElections(deps.desk.get(), path);
      }),

    exportAs: (kind) =>
      run(EXPORT_DIALOGS[kind].title, async (window) => {
        const d = EXPORT_DIALOGS[kind];
        // No "replace?" question: an export never writes over a file, and the service says so naming it.
        const answer = await dialog.showSaveDialog(window, {
          title: d.title,
          defaultPath: join(deps.documentsDir, `${d.name} ${today()}${d.extension}`),
          filters: [d.filter],
          properties: ['createDirectory'],
        });
        if (answer.canceled || answer.filePath === '') return;
        const path = extname(answer.filePath) === '' ? `${resolve(answer.filePath)}${d.extension}` : resolve(answer.filePath);
        try {
          exportTo(deps.desk.get().parts, kind, path);
        } catch (e) {
          // A refusal (the file exists, the offer is not closed) is for the operator, not the log.
          if (isOfferDeskError(e)) throw new Refusal(e.message);
          throw e;
        }
        await dialog.showMessageBox(window, { type: 'info', title: d.title, message: `${d.done} ${path}.` });
      }),

    saveKeyCopy: () =>
      run('Save a copy of the ID-number key', async (window) => {
        const { response } = await dialog.showMessageBox(window, {
          type: 'warning',
          title: 'Save a copy of the ID-number key',
          message: 'The key unlocks the ID numbers in every ledger and backup made on this computer.',
          detail:
            'Without it, backups restored on another computer show no ID numbers. Keep the copy somewhere safe and ' +
            'separate from the backups (for example on a removable drive in the safe). Anyone with both can read the ID numbers.',
          buttons: ['Save the key…', 'Cancel'],
          defaultId: 1,
          cancelId: 1,
        });
        if (response !== 0) return;
        const path = await askSavePath(window, 'Save a copy of the ID-number key', 'Offer Desk ledger.key', { name: 'Key file', extensions: ['key'] });
        if (path === null) return;
        if (existsSync(path)) throw new Refusal(`${path} already exists; it may be another key. Choose a new file name.`);
        // The same format FileKeyProvider reads, so the CLI can use the copy with a backup directly.
        writeFileSync(path, `${deps.keyProvider.key().toString('hex')}\n`, { flag: 'wx', mode: 0o600 });
      }),

    printForms: () =>
      run(PRINT_FORMS_TITLE, async (window) => {
        try {
          await printPersonalForms(dialog, window, deps.desk.get(), { documentsDir: deps.documentsDir, today: today() });
        } catch (e) {
          // A refusal (the file exists, its folder is gone) is for the operator, not the log.
          if (isOfferDeskError(e)) throw new Refusal(e.message);
          throw e;
        }
      }),
  };
}
