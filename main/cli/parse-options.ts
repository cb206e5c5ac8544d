// The CLI's small option grammars (`--tender G-1,G-2:500`, `--defect unsigned,no-email`), with
// errors that say exactly what was wrong.
import { OfferDeskError } from '../core/errors';
import { DEFECT_KINDS, DELIVERY_VIAS, DOCUMENT_KINDS, type DefectKind, type DeliveryVia, type DocumentKind, type Tender } from '../core/types';
import type { Desk } from '../services/desk';

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

/** `GRANT` tenders the whole grant; `GRANT:SHARES` a part (0 up to the grant's shares). */
export function parseTenders(text: string | undefined, desk: Desk, employeeId: string): Tender[] {
  if (text === undefined || text.trim() === '') return [];
  const grants = new Map(desk.holderDetail(employeeId).grants.map((g) => [g.grantId, g.shares]));
  return text.split(',').map((raw) => {
    const item = raw.trim();
    const [grantId = '', shares, extra] = item.split(':');
    if (!grantId || extra !== undefined) throw new OfferDeskError('invalid-input', `--tender item "${item}" should be GRANT or GRANT:SHARES.`);
    if (shares === undefined) {
      const whole = grants.get(grantId);
      if (whole === undefined) throw new OfferDeskError('invalid-input', `Grant ${grantId} is not one of ${employeeId}'s eligible grants.`);
      return { grantId, shares: whole };
    }
    if (!/^\d+$/.test(shares)) {
      throw new OfferDeskError('invalid-input', `--tender ${item}: shares must be a whole number of shares, not "${shares}".`);
    }
    return { grantId, shares: Number(shares) };
  });
}
