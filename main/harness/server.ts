// The browser harness: the built renderer and the very handler table the Electron shell registers,
// over loopback HTTP, so the UI is tested in a real browser against real handlers and a real
// ledger. Tests and development only; the packaged app never imports this folder.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY_HEADER } from '../app/csp';
import type { Result } from '../ipc/contract';
import { dispatch, type HandlerContext, type HandlerTable } from '../ipc/handlers';
import type { ControllableClock } from '../services/clock';
import { BodyTooLarge, isJson, isLoopbackHost, isSameOrigin, readBody } from './guards';
import { SHIM_PATH, SHIM_SOURCE } from './shim';
import { staticFile } from './static-files';

/** Roster CSVs (up to 200 MB in the contract) and attachments travel as JSON. */
const MAX_BODY_BYTES = 300 * 1024 * 1024;
export const CLOCK_PATH = '/__harness/clock';

export interface HarnessOptions {
  rendererDir: string;
  table: HandlerTable;
  context: HandlerContext;
  clock: ControllableClock;
  /** Enables `POST /__harness/clock` (tests only: moving the desk's clock is not a desk feature). */
  testControls: boolean;
  /** 0 (the default) picks any free port. */
  port?: number;
  /**
   * Tests only, and only with `testControls`: told of every API call (to count what the window
   * asks), and asked how long to hold each answer before sending it (a slow desk, computed at
   * once and delivered late). `npm run web` never passes these.
   */
  testHooks?: HarnessTestHooks;
}

export interface HarnessTestHooks {
  onCall?: (channel: string) => void;
  answerDelayMs?: (channel: string) => number;
}

export interface Harness {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const server = createServer((req, res) => {
    handle(options, req, res).catch((e: unknown) => {
      const message = e instanceof Error ? e.message : String(e);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', `harness error: ${message}`);
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: the harness must never be reachable from another machine.
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}

async function handle(options: HarnessOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!isLoopbackHost(req.headers.host)) {
    send(res, 421, 'text/plain; charset=utf-8', 'This server answers only to 127.0.0.1 or localhost.');
    return;
  }
  const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;

  if (path.startsWith('/api/')) {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      send(res, 405, 'text/plain; charset=utf-8', 'The API takes POST only.');
      return;
    }
    if (!isSameOrigin(req) || !isJson(req)) {
      send(res, 403, 'text/plain; charset=utf-8', 'Same-origin JSON requests only.');
      return;
    }
    await api(options, decodeURIComponent(path.slice('/api/'.length)), req, res);
    return;
  }

  if (path === CLOCK_PATH) {
    if (!options.testControls) {
      send(res, 404, 'text/plain; charset=utf-8', 'Not found');
      return;
    }
    await clockControl(options.clock, req, res);
    return;
  }

  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    return;
  }
  if (path === SHIM_PATH) {
    send(res, 200, 'text/javascript; charset=utf-8', SHIM_SOURCE);
    return;
  }
  const file = await staticFile(options.rendererDir, path);
  if (!file) {
    send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    return;
  }
  send(res, 200, file.contentType, file.body);
}

async function api(options: HarnessOptions, channel: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let result: Result<unknown>;
  try {
    const body = await readBody(req, MAX_BODY_BYTES);
    let payload: unknown;
    try {
      payload = body === '' ? {} : (JSON.parse(body) as unknown);
    } catch {
      result = { ok: false, error: { code: 'invalid-input', message: 'The request body is not JSON.', details: [] } };
      sendJson(res, result);
      return;
    }
    const hooks = options.testControls ? options.testHooks : undefined;
    hooks?.onCall?.(channel);
    result = dispatch(options.table, options.context, channel, payload);
    const delay = hooks?.answerDelayMs?.(channel) ?? 0;
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  } catch (e: unknown) {
    if (e instanceof BodyTooLarge) {
      send(res, 413, 'text/plain; charset=utf-8', e.message);
      return;
    }
    throw e;
  }
  sendJson(res, result);
}

/** `POST {"now": "<ISO instant>"}` moves the desk's clock there; it keeps running from that moment. */
async function clockControl(clock: ControllableClock, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'POST' || !isJson(req) || !isSameOrigin(req)) {
    send(res, 405, 'text/plain; charset=utf-8', 'POST a JSON {"now": "..."}');
    return;
  }
  const body = JSON.parse(await readBody(req, 4096)) as { now?: unknown; running?: unknown };
  const ms = typeof body.now === 'string' ? Date.parse(body.now) : NaN;
  if (Number.isNaN(ms)) {
    send(res, 400, 'text/plain; charset=utf-8', 'now must be an ISO time');
    return;
  }
  clock.set(new Date(ms).toISOString());
  if (body.running === false) clock.stop();
  else clock.run();
  sendJson(res, { now: clock.now() });
}

function sendJson(res: ServerResponse, value: unknown): void {
  send(res, 200, 'application/json; charset=utf-8', JSON.stringify(value));
}

function send(res: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  res.writeHead(status, {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
  });
  res.end(body);
}
