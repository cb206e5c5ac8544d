// Small facts about a rendered PDF the desk records: its SHA-256 and its page count, and the
// stored input of a letter read back into a LetterInput.
import { OfferDeskError } from '../core/errors';
import { canonicalJson, parseJson, type Json } from '../ledger/canonical-json';
import { parseLetterInput, type LetterInput } from '../letters';

export { countPdfPages, sha256Hex } from '../letters';

/** A letter input as the ledger will store it (canonical JSON), and as JSON data for the ledger. */
export function storedForm(input: LetterInput): { text: string; json: Json } {
  // Through JSON text once: the ledger takes plain JSON data, and the letter is then rendered
  // from exactly what is stored (see reading it back below), never from the in-memory object.
  const json = parseJson(JSON.stringify(input));
  return { text: canonicalJson(json), json };
}

/**
 * The input a stored letter was rendered from; refuses stored text that is not a valid letter
 * input. `which` names the letter in the refusal ("Letter 7").
 */
export function readStoredInput(which: string, text: string): LetterInput {
  let json: Json;
  try {
    json = parseJson(text);
  } catch {
    throw new OfferDeskError('invalid-input', `${which}: its stored input is not JSON; it cannot be printed.`);
  }
  try {
    return parseLetterInput(json);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new OfferDeskError('invalid-input', `${which}: its stored input is not a valid letter (${reason}); it cannot be printed.`);
  }
}
