// The real entry point, main/app/index.ts, loaded exactly as the bundle runs it, with the
// `electron` module replaced by the stand-in: proves the entry hands Electron's own objects to the
// shell and that the desk comes up from nothing but a launch.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { IPC_PREFIX } from '../../main/ipc/channels';
import { CHANNELS } from '../../main/ipc/contract';

const fake = await vi.hoisted(async () => {
  const { mkdtempSync: mkdtemp } = await import('node:fs');
  const { tmpdir: tmp } = await import('node:os');
  const path = await import('node:path');
  const { createFakeElectron } = await import('./app-fake-electron');
  const root = mkdtemp(path.join(tmp(), 'offer-desk-entry-'));
  const repo = path.join(import.meta.dirname, '..', '..');
  return { root, repo, electron: createFakeElectron({ appData: path.join(root, 'appData'), documents: root, appPath: repo }) };
});
vi.mock('electron', () => fake.electron);

const dataDir = mkdtempSync(join(tmpdir(), 'offer-desk-entry-data-'));

afterAll(() => {
  fake.electron.app.emit('will-quit');
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(fake.root, { recursive: true, force: true });
});

describe('launching Offer Desk', () => {
  it('opens one secure window on the built page, with every contract channel answered', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.stubEnv('OFFER_DESK_DATA_DIR', dataDir);
    await import('../../main/app/index');
    await vi.waitFor(() => expect(fake.electron.windows).toHaveLength(1));
    const window = fake.electron.windows[0];
    expect(window?.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(window?.loaded).toEqual({ file: join(fake.repo, 'out', 'renderer', 'index.html') });
    expect([...fake.electron.ipcMain.handlers.keys()].sort()).toEqual(CHANNELS.map((c) => IPC_PREFIX + c).sort());
    expect(fake.electron.Menu.installed).not.toBeNull();
    expect(fake.electron.app.exitCode).toBeNull();
    vi.unstubAllEnvs();
  });
});
