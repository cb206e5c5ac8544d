// Each letter read back as an employee would read it: every fact is on the page, in words, with
// names in any script intact and the fonts embedded.
import { describe, expect, it } from 'vitest';
import { isOfferDeskError } from '../../main/core/errors';
import { renderLetter, type LetterInput } from '../../main/letters';
import { ALPHA, confirmation, irregularity, lateDelivery, PATRICK, TARO, grant } from './letters-fixtures';
import { pdfFonts, pdfText, requirePoppler, saveFirstPagePng } from './letters-poppler';

// Fails the whole file, with the command to install poppler, before any PDF is read back.
requirePoppler();

/** pdftotext breaks lines where the letter wraps; compare with whitespace collapsed. */
const flat = (text: string) => text.replace(/\s+/g, ' ');
const read = (input: LetterInput) => flat(pdfText(renderLetter(input)));
const layoutLines = (pdf: Buffer) =>
  pdfText(pdf, { layout: true })
    .split('\n')
    .map((l) => l.trim().replace(/\s+/g, ' '))
    .filter(Boolean);

describe('confirmation letter', () => {
  const pdf = renderLetter(confirmation());
  const text = flat(pdfText(pdf));

  it('names the company, its address, phone and fax, and is signed by the CFO named in settings', () => {
    expect(text).toContain('Alpha Technologies Group, Inc.');
    expect(text).toContain('33 Bridge Street');
    expect(text).toContain('Pelham NH 03076');
    expect(text).toContain('Telephone (603) 635-5160');
    expect(text).toContain('Fax (603) 635-5260');
    expect(text).toMatch(/Sincerely, James Polakiewicz Chief Financial Officer/);
  });

  it('says who sent what, when it was received in ET and how it was delivered', () => {
    expect(text).toContain('April 2, 2003');
    expect(text).toContain('Zofia Łukasiewicz');
    expect(text).toContain('160 Mammoth Road Hudson NH 03051');
    expect(text).toContain('Election Form (our document no. 42)');
    expect(text).toContain('March 31, 2003 at 4:59:59 PM ET, by fax');
  });

  it('shows the ID number only as its last four', () => {
    expect(text).toContain('ID ending 8536');
  });

  it('lists the resulting election grant by grant, with totals and the look-back rule', () => {
    // Table rows are checked on the page as laid out, one printed line at a time.
    const rows = layoutLines(pdf);
    expect(rows).toContain('Grant ID Plan Grant date price eligible tendered (look-back)');
    expect(rows).toContain('G-103 1994 May 7, 2001 $7.4400 6,500 6,500 No');
    expect(rows).toContain('G-104 1994 Dec 9, 2002 $1.9500 1,250 1,250 Yes*');
    expect(rows).toContain('G-117 1985 Jun 1, 1998 $9.8750 2,000 0 No');
    expect(rows).toContain('Total 9,750 7,750');
    expect(text).toContain('You have tendered 7,750 of your 9,750 eligible shares');
    expect(text).toContain('granted in the six months before the Offer began');
  });

  it('a governing document is confirmed as superseding all earlier elections', () => {
    expect(text).toContain('It now governs your election, and it supersedes all of your earlier elections');
  });

  it('a letter dated after the expiration says the election is final', () => {
    expect(text).toContain('The Offer expired on March 31, 2003 at 5:00 PM ET. The election shown above is final.');
  });

  it('a letter dated before the expiration says how and by when to change the election', () => {
    const early = read(confirmation({ letterDate: '2003-03-21', document: { id: 7, kind: 'election', via: 'hand', receivedAt: '2003-03-20T15:00:00.000Z' } }));
    expect(early).toContain('March 20, 2003 at 10:00 AM ET, by hand');
    expect(early).toContain('until the Offer expires on March 31, 2003 at 5:00 PM ET');
    expect(early).toContain('deliver a new Election Form or, to withdraw all of your tendered options, a Notice to Change Election From Accept to Reject');
    expect(early).toContain('by fax to (603) 635-5260 or by hand at Alpha Technologies Group, Inc., 33 Bridge Street, Pelham NH 03076');
  });

  it('an extension into daylight time prints the New York wall clock (5:00 PM ET is 21:00 UTC)', () => {
    const extended = read(
      confirmation({ letterDate: '2003-04-08', letterhead: { ...ALPHA, expiresAt: '2003-04-14T21:00:00.000Z' } }),
    );
    expect(extended).toContain('until the Offer expires on April 14, 2003 at 5:00 PM ET');
  });

  it('a Notice that governs says every tendered option is withdrawn', () => {
    const notice = { id: 9, kind: 'notice' as const, via: 'fax' as const, receivedAt: '2003-03-27T20:00:00.000Z' };
    const t = read(
      confirmation({
        holder: PATRICK,
        letterDate: '2003-03-28',
        document: notice,
        election: { state: 'tendered-none', governingDocument: notice, grants: [grant('G-102', { sharesTendered: 0 })], explanation: '' },
      }),
    );
    expect(t).toContain("Patrick O'Brien");
    expect(t).toContain('Confirmation of your Notice to Change Election From Accept to Reject received March 27, 2003');
    expect(t).toContain('All of your previously tendered options are withdrawn from the Offer.');
    expect(t).toContain('You have not tendered any options. You keep all of your Old Options');
  });

  it('a superseded document is confirmed as received but says it has no effect and what governs', () => {
    const t = read(
      confirmation({
        standing: 'superseded',
        document: { id: 30, kind: 'election', via: 'fax', receivedAt: '2003-03-20T15:00:00.000Z' },
      }),
    );
    expect(t).toContain('Received; superseded by a later document (no effect)');
    expect(t).toContain('does not govern your election and has no effect on it');
    expect(t).toContain('your Election Form received by fax on March 31, 2003 at 4:59:59 PM ET, supersedes it');
    expect(t).not.toContain('supersedes all of your earlier elections');
    // Core's explanation says why, for a document that does not govern.
    expect(t).toContain('it is the latest properly made document received before the expiration');
  });

  it('a defective document is confirmed as received but without effect until cured', () => {
    const t = read(
      confirmation({
        standing: 'defective',
        document: { id: 61, kind: 'notice', via: 'hand', receivedAt: '2003-03-30T14:00:00.000Z' },
        openDefects: [{ kind: 'unsigned', description: 'The document is not signed.' }],
        cureDeadline: '2003-03-31T22:00:00.000Z',
      }),
    );
    expect(t).toContain('Received; not in proper form (no effect until cured)');
    // The confirmation itself says what is missing and by when: the irregularity notice is only a courtesy.
    expect(t.replace(/\s+/g, ' ')).toContain('What is missing: The document is not signed.');
    expect(t.replace(/\s+/g, ' ')).toContain('no later than March 31, 2003 at 5:00 PM ET');
    expect(t).not.toContain('separately');
    expect(t).toContain('it is not in proper form, so it has no effect on your election unless and until its defects are cured');
    expect(t).not.toContain('supersedes all of your earlier elections');
  });

  it('embeds DejaVu Sans (regular and bold) as Unicode subsets, and no standard font', () => {
    const fonts = pdfFonts(pdf);
    const names = fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort();
    expect(names).toEqual(['DejaVuSans', 'DejaVuSans-Bold']);
    for (const f of fonts) expect(f).toMatchObject({ embedded: true, subset: true, unicode: true });
  });

  it('saves a PNG of page 1 for review', () => {
    saveFirstPagePng(pdf, 'confirmation');
  });
});

describe('irregularity notice', () => {
  const pdf = renderLetter(irregularity());
  const text = flat(pdfText(pdf));

  it('says what is wrong with which document', () => {
    expect(text).toContain('Anders Ångström');
    expect(text).toContain('Irregularities in your Notice to Change Election From Accept to Reject received March 27, 2003');
    expect(text).toContain('March 27, 2003 at 3:00 PM ET, by hand');
    expect(text).toContain('The box “Yes, I wish to withdraw my previously tendered options in full” is not marked.');
    expect(text).toContain('A current e-mail address is not given.');
    expect(text).toContain('no effect: your election remains as it was before you delivered it');
  });

  it('says how and by when to cure, and that the notice is a courtesy', () => {
    expect(text).toContain('Cure by March 31, 2003 at 5:00 PM ET');
    expect(text).toContain('The Company must actually receive the cure no later than March 31, 2003 at 5:00 PM ET');
    expect(text).toContain('Deliver a new, complete and signed Notice to Change Election From Accept to Reject');
    expect(text).toContain('We send this notice as a courtesy');
    expect(text).toContain('is obliged to give notice of defects or irregularities');
    expect(text).toMatch(/James Polakiewicz Chief Financial Officer/);
  });

  it('saves a PNG of page 1 for review', () => {
    saveFirstPagePng(pdf, 'irregularity');
  });
});

describe('late delivery notice', () => {
  const pdf = renderLetter(lateDelivery());
  const text = flat(pdfText(pdf));

  it('prints a CJK name and address whole, in the fallback font', () => {
    expect(text).toContain('田中 太郎');
    expect(text).toContain('東京都千代田区丸の内1-1-1');
    expect(text).toContain('Dear 田中 太郎:');
    const names = pdfFonts(pdf).map((f) => f.name.replace(/^[A-Z]{6}\+/, ''));
    expect(names).toContain('DroidSansFallback');
    for (const f of pdfFonts(pdf)) expect(f).toMatchObject({ embedded: true, subset: true, unicode: true });
  });

  it('says when it was received, when the offer expired, and that it had no effect', () => {
    expect(text).toContain('March 31, 2003 at 5:00:01 PM ET, by fax');
    expect(text).toContain('Offer expired March 31, 2003 at 5:00 PM ET');
    expect(text).toContain('after the expiration, so it has no effect on your election');
  });

  it('states which election remains', () => {
    expect(text).toContain(
      'Your election remains as it was at the expiration, governed by your Election Form received by fax on March 31, 2003 at 4:59:59 PM ET',
    );
    const rows = layoutLines(pdf);
    expect(rows).toContain('G-201 1994 May 7, 2001 $7.4400 3,000 3,000 No');
    expect(rows).toContain('G-202 1994 May 7, 2001 $7.4400 1,200 0 No');
    expect(rows).toContain('Total 4,200 3,000');
  });

  it('is refused for a document that was not late (one received at the expiration instant is timely)', () => {
    try {
      renderLetter(lateDelivery({ document: { id: 58, kind: 'notice', via: 'fax', receivedAt: '2003-03-31T22:00:00.000Z' } }));
      expect.unreachable('a timely document got a late notice');
    } catch (e) {
      expect(isOfferDeskError(e) && e.code).toBe('invalid-input');
    }
  });

  it('saves a PNG of page 1 for review', () => {
    saveFirstPagePng(pdf, 'late-delivery');
  });
});

describe('names in any script', () => {
  it('prints Łukasiewicz, Ångström, O’Brien and 田中 太郎 without losing a character, even decomposed', () => {
    const decomposed = 'A\u030angstro\u0308m'; // "Ångström" typed with combining marks
    const t = read(
      confirmation({
        holder: { ...TARO, name: `Łukasiewicz ${decomposed} O’Brien 田中 太郎`, address: 'Ελευθερίου Βενιζέλου 1\nМосква 101000' },
      }),
    );
    expect(t).toContain('Łukasiewicz Ångström O’Brien 田中 太郎');
    expect(t).toContain('Ελευθερίου Βενιζέλου 1 Москва 101000');
  });
});

describe('bad input', () => {
  it('is refused with a message naming the field, not printed', () => {
    const bad = { ...confirmation(), letterDate: '2003-02-30' };
    expect(() => renderLetter(bad)).toThrowError(/letterDate/);
    const nan = confirmation();
    const first = nan.election.grants[0];
    if (!first) throw new Error('fixture has grants');
    first.sharesTendered = Number.NaN;
    expect(() => renderLetter(nan)).toThrowError(/sharesTendered/);
  });
});
