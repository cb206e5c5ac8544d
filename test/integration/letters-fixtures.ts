// Letter inputs for the letter tests: the seed offer (Alpha, expires 2003-03-31 5:00 PM ET) and
// holders whose names need more than WinAnsi.
import type {
  ConfirmationLetterInput,
  ElectionGrantLine,
  IrregularityNoticeInput,
  LateDeliveryNoticeInput,
  LetterHolder,
  LetterheadInput,
} from '../../main/letters';
import { DEFECT_DESCRIPTIONS, defaultHowToCure } from '../../main/letters';

export const ALPHA: LetterheadInput = {
  company: 'Alpha Technologies Group, Inc.',
  addressLines: ['33 Bridge Street', 'Pelham NH 03076'],
  phone: '(603) 635-5160',
  fax: '(603) 635-5260',
  cfoName: 'James Polakiewicz',
  cfoTitle: 'Chief Financial Officer',
  zone: 'America/New_York',
  expiresAt: '2003-03-31T22:00:00.000Z',
};

export const ZOFIA: LetterHolder = {
  employeeId: 'E0003',
  name: 'Zofia Łukasiewicz',
  address: '160 Mammoth Road\nHudson NH 03051',
  email: 'zofia.lukasiewicz@alpha-demo.example',
  idLast4: '8536',
};

export const ANDERS: LetterHolder = {
  employeeId: 'E0007',
  name: 'Anders Ångström',
  address: 'Storgatan 12\n753 20 Uppsala\nSweden',
  email: 'anders.angstrom@alpha-demo.example',
  idLast4: '4410',
};

export const TARO: LetterHolder = {
  employeeId: 'E0011',
  name: '田中 太郎',
  address: '東京都千代田区丸の内1-1-1\nTokyo 100-0005\nJapan',
  email: 'taro.tanaka@alpha-demo.example',
  idLast4: '0042',
};

/** Hangul: none of these syllables is in Droid Sans Fallback; NanumGothic prints them. */
export const MINJUN: LetterHolder = {
  employeeId: 'E0013',
  name: '김민준',
  address: '서울특별시 강남구 테헤란로 152\nSeoul 06236\nRepublic of Korea',
  email: 'minjun.kim@alpha-demo.example',
  idLast4: '7719',
};

export const PATRICK: LetterHolder = {
  employeeId: 'E0002',
  name: "Patrick O'Brien",
  address: '17 Main Street\nDracut MA 01826',
  email: 'patrick.obrien@alpha-demo.example',
  idLast4: '1460',
};

export function grant(grantId: string, overrides: Partial<ElectionGrantLine> = {}): ElectionGrantLine {
  return {
    grantId,
    plan: '1994',
    grantDate: '2001-05-07',
    exercisePrice: '7.4400',
    sharesEligible: 6500,
    sharesTendered: 6500,
    required: false,
    raisedByLookback: false,
    ...overrides,
  };
}

export function confirmation(overrides: Partial<ConfirmationLetterInput> = {}): ConfirmationLetterInput {
  return {
    kind: 'confirmation',
    letterhead: ALPHA,
    letterDate: '2003-04-02',
    holder: ZOFIA,
    document: { id: 42, kind: 'election', via: 'fax', receivedAt: '2003-03-31T21:59:59.000Z' },
    standing: 'governing',
    openDefects: [],
    cureDeadline: null,
    election: {
      state: 'tendered-part',
      governingDocument: { id: 42, kind: 'election', via: 'fax', receivedAt: '2003-03-31T21:59:59.000Z' },
      grants: [
        grant('G-103', { sharesTendered: 6500 }),
        grant('G-104', {
          grantDate: '2002-12-09',
          exercisePrice: '1.9500',
          sharesEligible: 1250,
          sharesTendered: 1250,
          required: true,
          raisedByLookback: true,
        }),
        grant('G-117', { plan: '1985', grantDate: '1998-06-01', exercisePrice: '9.8750', sharesEligible: 2000, sharesTendered: 0 }),
      ],
      explanation:
        'The Election Form received March 31, 2003 at 4:59:59 PM ET governs: it is the latest properly made document received before the expiration.',
    },
    ...overrides,
  };
}

/** A holder with `count` grants, to make the table run over several pages. */
export function manyGrants(count: number): ElectionGrantLine[] {
  return Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    const recent = n % 7 === 0;
    return grant(`G-${String(1000 + n)}`, {
      plan: n % 3 === 0 ? '1985' : '1994',
      grantDate: recent ? '2002-10-15' : `199${n % 10}-0${(n % 9) + 1}-1${n % 10}`,
      exercisePrice: `${(n % 12) + 1}.${String((n * 37) % 10000).padStart(4, '0')}`,
      sharesEligible: 500 + n * 125,
      // Look-back grants are tendered whenever anything is, so never 0 here.
      sharesTendered: n % 4 === 0 && !recent ? 0 : 500 + n * 125,
      required: recent,
    });
  });
}

export function irregularity(overrides: Partial<IrregularityNoticeInput> = {}): IrregularityNoticeInput {
  return {
    kind: 'irregularity',
    letterhead: ALPHA,
    letterDate: '2003-03-28',
    holder: ANDERS,
    document: { id: 17, kind: 'notice', via: 'hand', receivedAt: '2003-03-27T20:00:00.000Z' },
    defects: [
      { kind: 'withdraw-box-unmarked', description: DEFECT_DESCRIPTIONS['withdraw-box-unmarked'] },
      { kind: 'no-email', description: DEFECT_DESCRIPTIONS['no-email'] },
    ],
    cureDeadline: '2003-03-31T22:00:00.000Z',
    howToCure: defaultHowToCure('notice'),
    ...overrides,
  };
}

export function lateDelivery(overrides: Partial<LateDeliveryNoticeInput> = {}): LateDeliveryNoticeInput {
  const governing = { id: 51, kind: 'election' as const, via: 'fax' as const, receivedAt: '2003-03-31T21:59:59.000Z' };
  return {
    kind: 'late-delivery',
    letterhead: ALPHA,
    letterDate: '2003-04-01',
    holder: TARO,
    document: { id: 58, kind: 'notice', via: 'fax', receivedAt: '2003-03-31T22:00:01.000Z' },
    expiration: '2003-03-31T22:00:00.000Z',
    election: {
      state: 'tendered-part',
      governingDocument: governing,
      grants: [grant('G-201', { sharesEligible: 3000, sharesTendered: 3000 }), grant('G-202', { sharesEligible: 1200, sharesTendered: 0 })],
      explanation: '',
    },
    ...overrides,
  };
}
