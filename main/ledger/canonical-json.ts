// Canonical JSON: the one byte-exact spelling of a value, so that the audit chain's hashes can be
// recomputed by anyone (this app, a later version, an auditor with a script) and agree.
// Rules: object keys sorted by UTF-16 code unit (JavaScript's default sort), no whitespace,
// strings and numbers spelled as JSON.stringify spells them. Only finite numbers are allowed;
// `undefined`, functions, Buffers and class instances are refused, because JSON.stringify would
// silently drop or reshape them and the hash would then cover something other than the row.

import { OfferDeskError } from '../core/errors';

export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

export function canonicalJson(value: Json): string {
  // Written as plain loops rather than map/join: it runs once per audit event (100,000 at roster
  // import) and again per event in verify(), and was the hottest function in the profile.
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) {
        throw new OfferDeskError('internal', `canonical JSON cannot hold the number ${String(value)}`);
      }
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      break;
    default:
      throw new OfferDeskError('internal', `canonical JSON cannot hold a ${typeof value}`);
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    const items = value as readonly Json[];
    let out = '[';
    for (let i = 0; i < items.length; i++) {
      if (i > 0) out += ',';
      out += canonicalJson(items[i] as Json);
    }
    return `${out}]`;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    throw new OfferDeskError('internal', 'canonical JSON holds plain objects only');
  }
  const record = value as { readonly [key: string]: Json };
  const keys = Object.keys(record).sort();
  let out = '{';
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const item = record[key];
    if (item === undefined) throw new OfferDeskError('internal', `canonical JSON cannot hold undefined (key "${key}")`);
    if (i > 0) out += ',';
    out += `${JSON.stringify(key)}:${canonicalJson(item)}`;
  }
  return `${out}}`;
}

/** Parses JSON text that the ledger itself wrote; the result is plain JSON data. */
export function parseJson(text: string): Json {
  return JSON.parse(text) as Json;
}
