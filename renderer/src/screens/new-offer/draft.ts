// The wizard's fields as typed, and the request the desk checks. Only the shape of the form lives
// here (lines of a text box, a comma list): every rule is the desk's (offer:check-new).
import type { NewOfferProblem } from '../../../../main/ipc/dto';

export interface RatioRow {
  plan: string;
  priceFrom: string;
  priceBelow: string;
  ratio: string;
}

export interface WizardFields {
  company: string;
  officer: string;
  officerTitle: string;
  address: string;
  phone: string;
  fax: string;
  commenced: string;
  expires: string;
  zone: string;
  lookBack: string;
  plans: string;
  ratios: RatioRow[];
  months: number;
  days: number;
}

export const EMPTY_FIELDS: WizardFields = {
  company: '',
  officer: '',
  officerTitle: '',
  address: '',
  phone: '',
  fax: '',
  commenced: '',
  expires: '',
  zone: 'America/New_York',
  lookBack: '',
  plans: '',
  ratios: [{ plan: '', priceFrom: '', priceBelow: '', ratio: '1:1' }],
  months: 6,
  days: 1,
};

/** What the desk is asked to check (and, at the end, to create). */
export function offerOf(f: WizardFields): Record<string, unknown> {
  const plans = f.plans.split(',').map((p) => p.trim()).filter((p) => p !== '');
  return {
    company: f.company,
    officer: f.officer,
    officerTitle: f.officerTitle,
    address: f.address.split('\n').map((l) => l.trim()).filter((l) => l !== ''),
    phone: f.phone,
    fax: f.fax,
    commenced: f.commenced,
    expires: f.expires,
    zone: f.zone,
    lookBack: f.lookBack,
    ...(plans.length > 0 ? { plans } : {}),
    exchange: { ratios: f.ratios, newGrantAfter: { months: f.months, days: f.days } },
  };
}

/** The desk's words for one field (its own problems and those of its parts). */
export function problemOf(problems: readonly NewOfferProblem[], field: string): string | null {
  const mine = problems.filter((p) => p.field === field || p.field.startsWith(`${field}.`) || p.field.startsWith(`${field}[`));
  return mine.length === 0 ? null : mine.map((p) => p.message).join(' ');
}

/** The steps and the fields each one asks for (the review page asks for none). */
export const STEPS: { label: string; fields: string[] }[] = [
  { label: 'Company & officer', fields: ['company', 'officer', 'officerTitle'] },
  { label: 'Address, phone, fax', fields: ['address', 'phone', 'fax'] },
  { label: 'Dates', fields: ['commenced', 'expires', 'zone', 'lookBack'] },
  { label: 'Plans', fields: ['plans'] },
  { label: 'Exchange terms', fields: ['exchange'] },
  { label: 'Review', fields: [] },
];
