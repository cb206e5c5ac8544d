// The browser harness is a loopback door into the desk: it must answer only to 127.0.0.1 or
// localhost (a DNS-rebinding page arrives under its own name), take API calls only as same-origin
// JSON POSTs, serve nothing outside the built renderer, and move the clock only in test mode.
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../main/app/csp';
import { openHarnessDesk, type HarnessDesk } from '../../main/harness/open-harness-desk';
import { startHarness, type Harness } from '../../main/harness/server';
import { SHIM_PATH } from '../../main/harness/shim';
import { createHandlerTable } from '../../main/ipc/handlers';
import { REPO } from './support/desk-browser';

let dir: string;
let opened: HarnessDesk;
let harness: Harness;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'offer-desk-harness-'));
  // A tiny stand-in page: these tests are about the server, not the UI build.
  const page = join(dir, 'page');
  mkdirSync(page);
  writeFileSync(join(page, 'index.html'), '<!doctype html><html><head><title>t</title><script type="module" src="./app.js"></script></head><body></body></html>');
  writeFileSync(join(page, 'app.js'), 'export {};');
  opened = openHarnessDesk({ dataDir: join(dir, 'data'), start: '2003-03-24T14:00:00.000Z', operator: 'test', env: {} });
  harness = await startHarness({ rendererDir: page, table: createHandlerTable(), context: { desk: () => opened.desk }, clock: opened.clock, testControls: false });
});
afterAll(async () => {
  await harness?.close();
  opened?.desk.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function call(method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: harness.port, method, path, headers: { host: `127.0.0.1:${harness.port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const json = { 'content-type': 'application/json' };

describe('the browser harness', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(harness.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves the page with the shim as its first script and the CSP as a header', async () => {
    const res = await call('GET', '/');
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY_HEADER);
    const firstScript = /<script[^>]*>/.exec(res.body)?.[0];
    expect(firstScript).toBe(`<script src="${SHIM_PATH}">`);
    const shim = await call('GET', SHIM_PATH);
    expect(shim.headers['content-type']).toMatch(/^text\/javascript/);
    expect(shim.body).toContain('offerDesk');
  });

  it('answers the real handler table over a same-origin JSON POST', async () => {
    const res = await call('POST', '/api/offer:get', { ...json, origin: `http://127.0.0.1:${harness.port}` }, '{}');
    const result = JSON.parse(res.body) as { ok: boolean; value: { expiresAtText: string } };
    expect(result.ok).toBe(true);
    expect(result.value.expiresAtText).toBe('2003-03-31 17:00:00 ET');
    const unknown = JSON.parse((await call('POST', '/api/nope', json, '{}')).body) as { ok: boolean; error: { code: string } };
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const bad = JSON.parse((await call('POST', '/api/holders:list', json, '{"limit": -1}')).body) as { ok: boolean; error: { code: string } };
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('refuses a request addressed to any other host name (DNS rebinding)', async () => {
    expect((await call('GET', '/', { host: 'attacker.example' })).status).toBe(421);
    expect((await call('POST', '/api/offer:get', { ...json, host: `rebind.attacker.example:${harness.port}` }, '{}')).status).toBe(421);
    expect((await call('GET', '/', { host: `localhost:${harness.port}` })).status).toBe(200);
  });

  it('refuses anything but a same-origin JSON POST to the API', async () => {
    expect((await call('GET', '/api/offer:get')).status).toBe(405);
    expect((await call('POST', '/api/offer:get', { 'content-type': 'text/plain' }, '{}')).status).toBe(403);
    expect((await call('POST', '/api/offer:get', { ...json, origin: 'http://attacker.example' }, '{}')).status).toBe(403);
  });

  it('serves nothing outside the renderer folder, and no clock control outside test mode', async () => {
    expect((await call('GET', '/../package.json')).status).toBe(404);
    expect((await call('GET', '/%2e%2e/%2e%2e/package.json')).status).toBe(404);
    expect((await call('POST', '/__harness/clock', json, '{"now":"2003-03-31T22:00:01Z"}')).status).toBe(404);
  });

  it('ignores the test hooks (call counting, slowed answers) outside test mode', async () => {
    const seen: string[] = [];
    const other = await startHarness({
      rendererDir: join(dir, 'page'),
      table: createHandlerTable(),
      context: { desk: () => opened.desk },
      clock: opened.clock,
      testControls: false,
      testHooks: { onCall: (channel) => seen.push(channel), answerDelayMs: () => 60_000 },
    });
    try {
      const res = await fetch(new URL('/api/changes:get', other.url), { method: 'POST', headers: json, body: '{}', signal: AbortSignal.timeout(10_000) });
      expect(((await res.json()) as { ok: boolean }).ok).toBe(true);
      expect(seen).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('is never imported by the Electron app', () => {
    const appDir = join(REPO, 'main', 'app');
    for (const file of readdirSync(appDir).filter((f) => f.endsWith('.ts'))) {
      expect(readFileSync(join(appDir, file), 'utf8'), file).not.toMatch(/from ['"][^'"]*harness/);
    }
  });
});
