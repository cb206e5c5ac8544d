// The receipt-time table typed into the Intake screen's "Received at" field in Chromium: the
// window reads every string exactly as core (and so the CLI) does — same acceptance, same instant,
// same words when it refuses — because the field asks core, not a parser of its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInstantInput } from '../../main/core/time';
import { RECEIPT_TIMES, RECEIPT_ZONE } from '../fixtures/receipt-times';
import { et, openDeskBrowser, screenshotOnFailure, type DeskBrowser } from './support/desk-browser';
import { retype, tabTo } from './support/keyboard';

let db: DeskBrowser;
screenshotOnFailure(() => db);

beforeAll(async () => {
  // Alpha's seed offer (America/New_York); the browser itself sits in Los Angeles.
  db = await openDeskBrowser({ start: et('2003-03-25 12:00:00') });
});
afterAll(async () => {
  await db?.close();
});

interface FieldReading {
  state: string;
  instant: string;
  error: string;
  invalid: string | null;
}

/**
 * Puts `text` into the field (as a paste would: one input event, so 37 strings stay fast) and
 * reads what the field made of it once it has caught up.
 */
async function typeAndRead(text: string): Promise<FieldReading> {
  const { page } = db;
  await page.getByRole('textbox', { name: 'Received at' }).fill(text);
  const readback = page.locator(`[data-testid="time-readback"][data-typed="${text.replace(/"/g, '\\"')}"]`);
  await readback.waitFor();
  const field = page.getByRole('textbox', { name: 'Received at' });
  const error = page.getByTestId('time-error');
  return {
    state: (await readback.getAttribute('data-state')) ?? '',
    instant: (await readback.getAttribute('data-instant')) ?? '',
    error: (await error.count()) > 0 ? await error.innerText() : '',
    invalid: await field.getAttribute('aria-invalid'),
  };
}

describe('the Intake receipt field reads the receipt-time table exactly as core and the CLI do', () => {
  it('accepts the same strings with the same instants, and refuses the rest in core’s words', async () => {
    const { page } = db;
    await db.open('intake');
    await tabTo(page, page.getByRole('textbox', { name: 'Received at' }));
    for (const c of RECEIPT_TIMES) {
      const core = readInstantInput(c.typed, RECEIPT_ZONE);
      const seen = await typeAndRead(c.typed);
      if (core.ok) {
        expect({ typed: c.typed, state: seen.state, instant: seen.instant, error: seen.error, invalid: seen.invalid }).toEqual({
          typed: c.typed,
          state: 'read',
          instant: core.instant,
          error: '',
          invalid: null,
        });
        expect(core.instant).toBe(c.instant);
      } else {
        expect({ typed: c.typed, state: seen.state, instant: seen.instant, error: seen.error, invalid: seen.invalid }).toEqual({
          typed: c.typed,
          state: 'unreadable',
          instant: '',
          error: core.message,
          invalid: 'true',
        });
        expect(c.instant).toBeNull();
      }
    }
    expect(db.pageErrors).toEqual([]);
  }, 90_000);

  it('an unreadable receipt time typed at the keyboard is an error on the field, in the desk’s words, saying US month/day order', async () => {
    const { page } = db;
    await tabTo(page, page.getByRole('textbox', { name: 'Received at' }));
    await retype(page, '21/03/2003 16:42');
    const seen = await typeAndRead('21/03/2003 16:42');
    expect(seen.error).toContain('Dates are read in US month/day order');
    await page.getByText('US month/day order, e.g. 2003-03-31 16:59:59').first().waitFor();
    await db.shot('intake-time-error', { alsoDocs: true });
  });
});
