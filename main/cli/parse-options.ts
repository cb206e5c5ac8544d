// The CLI's small option grammars (`--tender G-1,G-2:500`, `--defect unsigned,no-email`), with
// errors that say exactly what was wrong.
import { OfferDeskError } from '../core/errors';
import { DEFECT_KINDS, DELIVERY_VIAS, DOCUMENT_KINDS, type DefectKind, type DeliveryVia, type DocumentKind, type Tender } from '../core/types';

export function parseKind(text: string): DocumentKind {
  const found = DOCUMENT_KINDS.find((k) => k === text);
  if (!found) throw new OfferDeskError('invalid-input', `--kind must be election or notice, not "${text}".`);
  return found;
}

export function parseVia(text: string): DeliveryVia {
  const found = DELIVERY_VIAS.find((k) => k === text);
  if (!found) throw new OfferDeskError('invalid-input', `--via must be fax or hand, not "${text}".`);
  return found;
}

export function parseDefects(text: string | undefined): DefectKind[] {
  if (text === undefined || text.trim() === '') return [];
  return text.split(',').map((raw) => {
    const name = raw.trim();
    const found = DEFECT_KINDS.find((k) => k === name);
    if (!found) throw new OfferDeskError('invalid-input', `Unknown defect "${name}"; the kinds are ${DEFECT_KINDS.join(', ')}.`);
    return found;
  });
}

/**
 * `GRANT` tenders the whole grant; `GRANT:SHARES` a part (0 up to the grant's shares); `none` is an
 * Election Form that tenders nothing (still a new form: it replaces everything before it).
 * `grants`: the holder's grants and their shares (none for someone not on the roster). A grant
 * that is not the holder's is taken as written only with its shares; the desk decides the rest.
 */
export function parseTenders(text: string | undefined, grants: ReadonlyMap<string, number>, employeeId: string): Tender[] {
  if (text === undefined || text.trim() === '') return [];
  if (text.trim() === 'none') return [];
  return text.split(',').map((raw) => {
    const item = raw.trim();
    const [grantId = '', shares, extra] = item.split(':');
    if (!grantId || extra !== undefined) throw new OfferDeskError('invalid-input', `--tender item "${item}" should be GRANT or GRANT:SHARES.`);
    if (shares === undefined) {
      const whole = grants.get(grantId);
      if (whole === undefined) {
        throw new OfferDeskError(
          'invalid-input',
          `Grant ${grantId} is not one of ${employeeId}'s eligible grants. Check the grant id; if the form really names it, ` +
            'log it as written with its shares (GRANT:SHARES) and --defect grant-not-eligible (or --not-on-roster "NAME" for someone not on the roster).',
        );
      }
      return { grantId, shares: whole };
    }
    if (!/^\d+$/.test(shares)) {
      throw new OfferDeskError('invalid-input', `--tender ${item}: shares must be a whole number of shares, not "${shares}".`);
    }
    return { grantId, shares: Number(shares) };
  });
}

/** A record id as typed after an option (`--document 12`). */
export function parseRecordId(text: string, option: string): number {
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) {
    throw new OfferDeskError('invalid-input', `${option} must be a record id (a whole number from 1), not "${text}".`);
  }
  return Number(text);
}
