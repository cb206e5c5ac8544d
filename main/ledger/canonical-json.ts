// Canonical JSON: the one byte-exact spelling of a value, so that the audit chain's hashes can be
// recomputed by anyone (this app, a later version, an auditor with a script) and agree.
// Rules: object keys sorted by UTF-16 code unit (JavaScript's default sort), no whitespace,
// strings and numbers spelled as JSON.stringify spells them. Only finite numbers are allowed;
// `undefined`, functions, Buffers and class instances are refused, because JSON.stringify would
// silently drop or reshape them and the hash would then cover something other than the row.

import { OfferDeskError } from '../core/errors';

export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

export function canonicalJson(value: Json): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) {
        throw new OfferDeskError('internal', `canonical JSON cannot hold the number ${String(value)}`);
      }
      return JSON.stringify(value);
    case 'string':
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      throw new OfferDeskError('internal', `canonical JSON cannot hold a ${typeof value}`);
  }
  if (Array.isArray(value)) {
    return `[${value.map((item: Json) => canonicalJson(item)).join(',')}]`;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    throw new OfferDeskError('internal', 'canonical JSON holds plain objects only');
  }
  const record = value as { readonly [key: string]: Json };
  const parts: string[] = [];
  for (const key of Object.keys(record).sort()) {
    const item = record[key];
    if (item === undefined) {
      throw new OfferDeskError('internal', `canonical JSON cannot hold undefined (key "${key}")`);
    }
    parts.push(`${JSON.stringify(key)}:${canonicalJson(item)}`);
  }
  return `{${parts.join(',')}}`;
}

/** Parses JSON text that the ledger itself wrote; the result is plain JSON data. */
export function parseJson(text: string): Json {
  return JSON.parse(text) as Json;
}
