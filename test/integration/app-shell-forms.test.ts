// File › Print personalised forms… in the window: the system's save dialog (the stand-in Electron),
// then the real shell, the demo ledger and the forms service.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startShell, type RunningShell } from '../../main/app/shell';
import { toInstant } from '../../main/core/time';
import { ControllableClock } from '../../main/services/clock';
import { createFakeElectron, type FakeBrowserWindow, type FakeElectron } from './app-fake-electron';
import { pdfPageCount } from './letters-poppler';

const repo = join(import.meta.dirname, '..', '..');
let tmp: string;
let docs: string;
const shells: RunningShell<FakeBrowserWindow>[] = [];

beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'offer-desk-forms-menu-'));
  docs = join(tmp, 'Documents');
  mkdirSync(docs);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  for (const shell of shells.splice(0)) shell.desk.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function launch(): Promise<{ electron: FakeElectron; shell: RunningShell<FakeBrowserWindow> }> {
  const electron = createFakeElectron({ appData: join(tmp, 'appData'), documents: docs, appPath: repo });
  const shell = await startShell(electron, {
    env: { OFFER_DESK_DATA_DIR: join(tmp, 'data') },
    platform: 'linux',
    resourcesPath: join(tmp, 'no-packaged-resources'),
    clock: new ControllableClock(toInstant(Date.parse('2003-03-10T15:00:00Z'))),
  });
  if (shell === null) throw new Error('the desk did not start');
  shells.push(shell);
  return { electron, shell };
}

describe('File › Print personalised forms…', () => {
  it("saves every demo holder's Election Form and Notice as one PDF where the operator chose, and says how many and where", async () => {
    const { electron } = await launch();
    const target = join(docs, 'forms for March');
    electron.dialog.savePaths.push(target);
    electron.Menu.item('Print personalised forms…').click?.({} as never, undefined, {} as never);
    await vi.waitFor(() => expect(electron.dialog.messageBoxes).toHaveLength(1), { timeout: 60_000 });
    expect(electron.dialog.errorBoxes).toEqual([]);
    expect(pdfPageCount(readFileSync(`${target}.pdf`))).toBe(100);
    expect(electron.dialog.messageBoxes[0]?.message).toBe(`The forms of 50 holders (100 pages) were saved to ${target}.pdf.`);
  }, 90_000);

  it('never writes over a file the operator picked: the message names it and the file is unchanged', async () => {
    const { electron, shell } = await launch();
    const target = join(docs, 'old.pdf');
    writeFileSync(target, 'an older printing');
    electron.dialog.savePaths.push(target);
    await shell.actions.printForms();
    expect(electron.dialog.errorBoxes[0]?.content).toContain(`${target} already exists`);
    expect(readFileSync(target, 'utf8')).toBe('an older printing');
    expect(existsSync(join(docs, '.old.pdf.partial-' + process.pid))).toBe(false);
  });
});
