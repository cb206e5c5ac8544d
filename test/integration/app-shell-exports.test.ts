// File › Export in the window: the record (JSON), the stock plan administrator's CSV and the
// cancellations in Open Cap Format, through the system's save dialog (the stand-in Electron), with
// everything of ours real: the shell, the demo ledger, the services.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startShell, type RunningShell } from '../../main/app/shell';
import { toInstant } from '../../main/core/time';
import { ControllableClock } from '../../main/services/clock';
import { on } from '../support/desk-call';
import { zipEntries } from '../support/zip-entries';
import { createFakeElectron, type FakeBrowserWindow, type FakeElectron } from './app-fake-electron';
import { ALPHA_CLOSING, CLOSED_AT } from './exports-fixtures';

const repo = join(import.meta.dirname, '..', '..');
let tmp: string;
let docs: string;
const shells: RunningShell<FakeBrowserWindow>[] = [];

beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'offer-desk-exports-'));
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

/** The demo's Patrick O'Brien tenders 1,500 of his 2,000 shares (a partial tender); then the offer is closed. */
function tenderAndClose(shell: RunningShell<FakeBrowserWindow>): string {
  const desk = shell.desk.get();
  desk.setOperator('cfo');
  const call = on(desk);
  const [grant] = call('holders:get', { employeeId: 'E0002' }).grants;
  if (grant === undefined) throw new Error('E0002 has no grant');
  call('intake:record', { draft: { employeeId: 'E0002', kind: 'election', via: 'fax', receivedAt: '2003-03-10 09:00', tenders: [{ grantId: grant.grantId, shares: 1500 }] } });
  desk.ledger.recordClosing(ALPHA_CLOSING, { at: CLOSED_AT, operator: 'cfo' });
  return grant.grantId;
}

function click(electron: FakeElectron, label: string): void {
  electron.Menu.item(label).click?.({} as never, undefined, {} as never);
}

describe('File › Export', () => {
  it('on a closed offer saves the record as JSON, the administrator’s CSV and the OCF package, none with a full ID number, and says where', async () => {
    const { electron, shell } = await launch();
    const grantId = tenderAndClose(shell);
    const targets = { json: join(docs, 'record'), csv: join(docs, 'administrator'), ocf: join(docs, 'cancellations') };
    electron.dialog.savePaths.push(targets.json);
    await shell.actions.exportAs('json');
    electron.dialog.savePaths.push(targets.csv);
    await shell.actions.exportAs('csv');
    electron.dialog.savePaths.push(targets.ocf);
    await shell.actions.exportAs('ocf');
    expect(electron.dialog.errorBoxes).toEqual([]);

    const json = readFileSync(`${targets.json}.json`, 'utf8');
    expect(JSON.parse(json)).toMatchObject({ offer: { closing: { cancellationDate: '2003-04-01' } }, documents: [{ employeeId: 'E0002' }] });
    const csv = readFileSync(`${targets.csv}.csv`, 'utf8');
    expect(csv.startsWith('\uFEFFemployee_id,name,id_number,')).toBe(true);
    expect(csv).toMatch(new RegExp(`\\r\\nE0002,[^\\r]*,•••-••-1460,${grantId},`));
    const ocf = zipEntries(readFileSync(`${targets.ocf}.ocf.zip`));
    expect(JSON.parse(ocf.get('Transactions.ocf.json')!.toString('utf8')).items).toContainEqual(
      expect.objectContaining({ object_type: 'TX_EQUITY_COMPENSATION_CANCELLATION', security_id: `option-${grantId}`, balance_security_id: `option-${grantId}-balance` }),
    );
    // Every ID number of the demo roster, with and without its dashes: none is in any export.
    const idNumbers = new Set(readFileSync(join(repo, 'resources', 'demo-roster.csv'), 'utf8').match(/\b\d{3}-\d{2}-\d{4}\b/g) ?? []);
    expect(idNumbers.size).toBe(50);
    for (const text of [json, csv, ...[...ocf.values()].map((b) => b.toString('utf8'))]) {
      for (const id of idNumbers) {
        expect(text).not.toContain(id);
        expect(text).not.toContain(id.replace(/-/g, ''));
      }
    }
    const said = electron.dialog.messageBoxes.map((m) => m.message).join('\n');
    for (const path of [`${targets.json}.json`, `${targets.csv}.csv`, `${targets.ocf}.ocf.zip`]) expect(said).toContain(path);
  });

  it('offers the three exports in the menu beside the elections CSV', async () => {
    const { electron } = await launch();
    for (const label of ['Elections (CSV)…', 'The record of the offer (JSON)…', 'For the stock plan administrator (CSV)…', 'Cancellations for the cap table (Open Cap Format)…']) {
      expect(typeof electron.Menu.item(label).click, label).toBe('function');
    }
    electron.dialog.savePaths.push(join(docs, 'from the menu.json'));
    click(electron, 'The record of the offer (JSON)…');
    await vi.waitFor(() => expect(existsSync(join(docs, 'from the menu.json'))).toBe(true));
  });

  it('the cancellations before the close are refused in plain words and nothing is written', async () => {
    const { electron, shell } = await launch();
    const target = join(docs, 'too early.ocf.zip');
    electron.dialog.savePaths.push(target);
    await shell.actions.exportAs('ocf');
    expect(electron.dialog.errorBoxes[0]?.content).toMatch(/options are cancelled only when the offer is closed/);
    expect(existsSync(target)).toBe(false);
  });

  it('never writes over a file the operator picked: the message names it and the file is unchanged', async () => {
    const { electron, shell } = await launch();
    const target = join(docs, 'old.csv');
    writeFileSync(target, 'an older export');
    electron.dialog.savePaths.push(target);
    await shell.actions.exportAs('csv');
    expect(electron.dialog.errorBoxes[0]?.content).toContain(`${target} already exists`);
    expect(readFileSync(target, 'utf8')).toBe('an older export');
  });
});
