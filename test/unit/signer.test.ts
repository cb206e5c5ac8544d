// Who signed: a document marked "Not signed" cannot also name a signer.
import { describe, expect, it } from 'vitest';
import { checkSigner, signerProblem } from '../../main/core/signer';

describe('the signer of an unsigned document', () => {
  it('a document marked "Not signed" cannot carry a signer name', () => {
    expect(signerProblem(['unsigned'], 'Rajesh Kapoor')).toMatch(/cannot name a signer/);
    expect(() => checkSigner(['no-email', 'unsigned'], 'Rajesh Kapoor')).toThrow(/cannot name a signer/);
  });

  it('an unsigned document with no signer, or a signed one with a name, is fine', () => {
    expect(signerProblem(['unsigned'], null)).toBeNull();
    expect(signerProblem(['unsigned'], '   ')).toBeNull();
    expect(signerProblem([], 'Rajesh Kapoor')).toBeNull();
    expect(signerProblem(['no-email'], null)).toBeNull();
  });
});
