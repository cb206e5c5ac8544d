// `offer-desk forms LEDGER --out FILE.pdf [--employee ID,...]`: every holder's personalised forms
// (Election Form and Notice to Change Election, each page with its 2-D code) as one new PDF. The
// file is never written over, and a refusal (the file exists, its folder is missing, an id is not
// on the roster) writes nothing.
import { resolve } from 'node:path';
import { OfferDeskError } from '../core/errors';
import type { Desk } from '../services/desk';
import { writePersonalForms } from '../services/personal-forms';

export interface FormsIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** "E1, E2,E3" → ["E1", "E2", "E3"]; an empty item is a typo, said so. */
function employeeIds(option: string | undefined): string[] | null {
  if (option === undefined) return null;
  const ids = option.split(',').map((id) => id.trim());
  if (ids.some((id) => id === '')) throw new OfferDeskError('invalid-input', `--employee ${option} has an empty id; give ids separated by commas (E0001,E0002). Nothing was written.`);
  return ids;
}

export function printForms(desk: Desk, outOption: string, employeeOption: string | undefined, io: FormsIo): number {
  const path = resolve(outOption);
  const result = writePersonalForms(desk.parts, {
    path,
    employeeIds: employeeIds(employeeOption),
    ...(desk.letters.fontPaths === undefined ? {} : { fonts: desk.letters.fontPaths }),
  });
  if (result.expired) io.err('warning: the offer has expired: a form received now cannot change any election.\n');
  const holders = `${result.holders} holder${result.holders === 1 ? '' : 's'}`;
  io.out(`Wrote the personalised forms of ${holders} (${result.pages} pages: an Election Form and a Notice each) to ${path}\n`);
  return 0;
}
