// The desk checks what it is given even when the caller is not the IPC layer (the CLI, tests,
// the harness): the same schemas, and a zod failure becomes the desk's own 'invalid-input'.
import type { z } from 'zod';
import { OfferDeskError } from '../core/errors';

export function parseOrRefuse<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((i) => `${i.path.length ? i.path.join('.') : what}: ${i.message}`);
  throw new OfferDeskError('invalid-input', `Bad ${what}: ${details[0] ?? 'invalid input'}`, details);
}
