// What keeps a loopback server from becoming a hole: only 127.0.0.1/localhost names (a DNS-
// rebinding page arrives with its own host name), only same-origin callers, only JSON POSTs to
// the API, and bodies of bounded size.
import type { IncomingMessage } from 'node:http';

const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost']);

/** True for "127.0.0.1", "localhost" and either with a port. */
export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const match = /^([^:]+)(?::(\d{1,5}))?$/.exec(host.trim().toLowerCase());
  return match !== null && LOOPBACK_NAMES.has(match[1] ?? '');
}

/** A browser sends Origin on cross-origin and on POST requests; when present it must be us. */
export function isSameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' && isLoopbackHost(url.host) && url.host === req.headers.host;
  } catch {
    return false;
  }
}

export function isJson(req: IncomingMessage): boolean {
  return (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() === 'application/json';
}

export class BodyTooLarge extends Error {}

/** Reads the whole body, refusing more than `limit` bytes (the roster import is the largest call). */
export async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > limit) throw new BodyTooLarge(`request body over ${limit} bytes`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}
