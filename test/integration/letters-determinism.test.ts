// The ledger stores a letter's input and the SHA-256 of its PDF; a reprint must produce the same
// bytes, or the hash could not prove the reprint is the letter that was sent.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderBatch, renderLetter, type LetterInput } from '../../main/letters';
import { confirmation, irregularity, lateDelivery, manyGrants, MINJUN } from './letters-fixtures';
import { pdfInfo, requirePoppler } from './letters-poppler';

// Fails the whole file, with the command to install poppler, before any PDF is read back.
requirePoppler();

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** The trailer's file identifier: two hex strings pdfkit derives from the Info dictionary. */
function fileId(pdf: Buffer): string {
  const m = /\/ID \[<([0-9a-f]+)> <([0-9a-f]+)>\]/.exec(pdf.toString('latin1'));
  if (!m?.[1]) throw new Error('no /ID in the trailer');
  return m[1];
}

describe('a letter reprinted from the same input', () => {
  const inputs: LetterInput[] = [
    confirmation(),
    confirmation({ election: { ...confirmation().election, grants: manyGrants(40) } }),
    irregularity(),
    lateDelivery(),
    // Drawn in the second fallback (NanumGothic), numbered after the first (F4, after F3).
    confirmation({ holder: MINJUN }),
  ];

  it('is byte-identical, for every kind of letter', () => {
    for (const input of inputs) {
      const first = renderLetter(input);
      const second = renderLetter(input);
      expect(sha256(second), input.kind).toBe(sha256(first));
    }
  });

  it('is byte-identical when reprinted from the stored JSON, after other letters were rendered in between', () => {
    const input = lateDelivery();
    const original = renderLetter(input);
    // Other letters warm the shared font and width caches in between: they must not leak into the output.
    renderLetter(confirmation());
    renderBatch([irregularity(), confirmation()]);
    const stored: unknown = JSON.parse(JSON.stringify(input));
    const reprint = renderLetter(stored as LetterInput);
    expect(reprint.equals(original)).toBe(true);
  });

  it('a Korean letter is byte-identical after CJK and Latin letters were rendered in between', () => {
    const input = confirmation({ holder: MINJUN });
    const original = renderLetter(input);
    renderLetter(lateDelivery());
    renderBatch([irregularity(), lateDelivery(), confirmation()]);
    expect(renderLetter(input).equals(original)).toBe(true);
  });

  it.each([
    ['a CJK late notice', lateDelivery()],
    ['a Korean confirmation', confirmation({ holder: MINJUN })],
  ])('is byte-identical when rendered by a fresh process, as a reprint months later would be (%s)', (_what, input) => {
    const letters = pathToFileURL(resolve(import.meta.dirname, '../../main/letters/index.ts')).href;
    const script = [
      "import { createHash } from 'node:crypto';",
      "import { readFileSync } from 'node:fs';",
      `import { renderLetter } from ${JSON.stringify(letters)};`,
      "const input = JSON.parse(readFileSync(0, 'utf8'));",
      "process.stdout.write(createHash('sha256').update(renderLetter(input)).digest('hex'));",
    ].join('\n');
    const hash = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      input: JSON.stringify(input),
      encoding: 'utf8',
    });
    expect(hash).toBe(sha256(renderLetter(input)));
  });

  it('a batch is byte-identical too', () => {
    expect(sha256(renderBatch(inputs))).toBe(sha256(renderBatch(inputs)));
  });

  it('takes its PDF dates from the letter date, not from the clock', () => {
    const info = pdfInfo(renderLetter(confirmation({ letterDate: '2003-04-02' })));
    expect(info['CreationDate']).toBe('2003-04-02T00:00:00Z');
    expect(info['ModDate']).toBe('2003-04-02T00:00:00Z');
  });

  it('different letters get different file identifiers, even on the same date', () => {
    const a = renderLetter(confirmation());
    const b = renderLetter(confirmation({ document: { ...confirmation().document, id: 43 } }));
    expect(fileId(a)).not.toBe(fileId(b));
    expect(sha256(a)).not.toBe(sha256(b));
  });

  it('a changed fact changes the bytes (the hash would catch an altered reprint)', () => {
    const a = renderLetter(confirmation());
    const changed = confirmation();
    const g = changed.election.grants[0];
    if (!g) throw new Error('fixture has grants');
    g.sharesTendered -= 1;
    expect(sha256(renderLetter(changed))).not.toBe(sha256(a));
  });
});
