// The zod side of main/core/text.ts: every text field of the contract is declared with `said`,
// so the one text rule (well-formed Unicode, no control characters, a per-field limit) guards
// every channel, and the CLI, which goes through the same schemas, gets the same answers.
import { z } from 'zod';
import { textProblem, type TextField } from '../core/text';

interface SaidOptions {
  /** Line breaks allowed (written reasons). */
  lines?: 'one' | 'many';
  /** An empty value (after trimming) is accepted: for optional fields such as the sender's fax. */
  empty?: boolean;
}

/**
 * A text field: trimmed, then refused when empty (unless `empty`), too long, not well-formed
 * Unicode or holding control characters. `label` is how the refusal names the field.
 */
export function said(label: string, max: number, options: SaidOptions = {}) {
  const field: TextField = { label, max, lines: options.lines ?? 'one' };
  return z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      if (!options.empty && value.length === 0) {
        ctx.addIssue({ code: 'custom', message: `${label} is empty` });
        return;
      }
      const problem = textProblem(value, field);
      if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
    });
}
