// The shared table of typed receipt times, read by core: what the CLI and the window must match.
import { describe, expect, it } from 'vitest';
import { formatInZone, instantInputText, parseInstantInput, readInstantInput } from '../../main/core/time';
import { RECEIPT_TIMES, RECEIPT_ZONE } from '../fixtures/receipt-times';

describe('the desk reads the receipt-time table exactly as written down', () => {
  it('has at least 25 cases, both accepted and refused', () => {
    expect(RECEIPT_TIMES.length).toBeGreaterThanOrEqual(25);
    expect(RECEIPT_TIMES.some((c) => c.instant === null)).toBe(true);
    expect(new Set(RECEIPT_TIMES.map((c) => c.typed)).size).toBe(RECEIPT_TIMES.length);
  });

  for (const c of RECEIPT_TIMES) {
    it(`${c.rule}: "${c.typed}"`, () => {
      const reading = readInstantInput(c.typed, RECEIPT_ZONE);
      if (c.instant !== null) {
        expect(reading).toEqual({ ok: true, instant: c.instant });
        // What a field pre-fills for that instant reads back as the same instant.
        expect(parseInstantInput(instantInputText(c.instant, RECEIPT_ZONE), RECEIPT_ZONE)).toBe(c.instant);
        return;
      }
      expect(reading.ok).toBe(false);
      if (reading.ok) return;
      expect(reading.message).toMatch(c.refusal ?? /./);
      // Every refusal quotes what was typed (or the date and time it read from it).
      expect(reading.message.includes(c.typed) || reading.message.includes(c.typed.slice(0, 10))).toBe(true);
    });
  }

  it('prints the two 01:30s of the fall-back night differently', () => {
    expect(formatInZone('2003-10-26T05:30:00.000Z', RECEIPT_ZONE)).toBe('2003-10-26 01:30:00 EDT');
    expect(formatInZone('2003-10-26T06:30:00.000Z', RECEIPT_ZONE)).toBe('2003-10-26 01:30:00 EST');
  });
});
