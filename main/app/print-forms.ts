// File › Print personalised forms…: the system's save dialog, then every holder's forms written as
// one new PDF by the same service as `offer-desk forms`. No IPC channel: the menu is in the main
// process, which asks for the path itself (as File › Export does), so the renderer never names a
// file to write. The batch gives the event loop a turn every few holders, so a 100,000-holder
// print does not freeze the window.
import { extname, join, resolve } from 'node:path';
import type { Desk } from '../services/desk';
import { writePersonalFormsInTurns } from './file-services';
import type { ShellBrowserWindow, ShellDialog } from './electron-api';

export const PRINT_FORMS_TITLE = 'Print personalised forms';

/** Asks where, writes the forms, says how many and where. Throws the service's refusal as is. */
export async function printPersonalForms<W extends ShellBrowserWindow>(
  dialog: ShellDialog<W>,
  window: W,
  desk: Desk,
  defaultPath: { documentsDir: string; today: string },
): Promise<void> {
  // No "replace?" question: the forms are never written over a file, and the service says so naming it.
  const answer = await dialog.showSaveDialog(window, {
    title: PRINT_FORMS_TITLE,
    defaultPath: join(defaultPath.documentsDir, `Personalised forms ${defaultPath.today}.pdf`),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
    properties: ['createDirectory'],
  });
  if (answer.canceled || answer.filePath === '') return;
  const path = extname(answer.filePath) === '' ? `${resolve(answer.filePath)}.pdf` : resolve(answer.filePath);
  const fonts = desk.letters.fontPaths;
  const result = await writePersonalFormsInTurns(desk.parts, { path, ...(fonts === undefined ? {} : { fonts }) });
  await dialog.showMessageBox(window, {
    type: result.expired ? 'warning' : 'info',
    title: PRINT_FORMS_TITLE,
    message: `The forms of ${result.holders} holder${result.holders === 1 ? '' : 's'} (${result.pages} pages) were saved to ${path}.`,
    detail: result.expired ? 'The offer has expired: a form received now cannot change any election.' : '',
  });
}
