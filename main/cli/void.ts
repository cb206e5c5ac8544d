// `offer-desk void LEDGER (--document ID | --extension ID | --waiver ID) --reason TEXT`: a record
// keyed by mistake is voided with a written reason; it stays on record and counts for nothing.
// Prints every document whose standing changed, and letters that now call for a correction letter.
import { OfferDeskError } from '../core/errors';
import type { StandingChange } from '../ipc/dto';
import type { DeskCall } from './desk-call';
import { parseRecordId } from './parse-options';

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

type Values = Record<string, string | boolean | undefined>;

export function printStandingChanges(changes: readonly StandingChange[], io: Io): void {
  for (const c of changes) {
    io.out(`  document ${c.documentId} (${c.employeeId}, received ${c.receivedAtText}): ${c.before} -> ${c.after}\n`);
    for (const l of c.lettersToCorrect) io.out(`    letter ${l.letterId} (${l.kind} of ${l.letterDate}) needs a correction letter: ${l.why}\n`);
  }
}

export function runVoid(call: DeskCall, values: Values, io: Io): number {
  const targets = (['document', 'extension', 'waiver'] as const).filter((k) => typeof values[k] === 'string');
  if (targets.length !== 1) {
    throw new OfferDeskError('invalid-input', 'void: name exactly one record: --document ID, --extension ID or --waiver ID.');
  }
  const reason = values['reason'];
  if (typeof reason !== 'string' || reason.trim() === '') {
    throw new OfferDeskError('invalid-input', 'void: a written reason is required (--reason TEXT).');
  }
  const target = targets[0] as (typeof targets)[number];
  const id = parseRecordId(String(values[target]), `--${target}`);
  if (target === 'document') {
    const r = call('documents:void', { documentId: id, reason });
    io.out(`Voided document ${id}: it stays on record and counts for nothing.\n`);
    printStandingChanges(r.affected, io);
  } else if (target === 'extension') {
    const r = call('extensions:void', { extensionId: id, reason });
    io.out(`Voided extension ${id}: the offer expires ${r.expiresAtText}.\n`);
    printStandingChanges(r.affected, io);
  } else {
    const r = call('waivers:void', { waiverId: id, reason });
    io.out(`Voided waiver ${id}: the defect ${r.waiver.defect} is open again offer-wide.\n`);
    printStandingChanges(r.affected, io);
  }
  return 0;
}
