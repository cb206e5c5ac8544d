// The 2-D code printed on each page of a personalised form, drawn as vector squares.
//
// qrcode encodes the text (core/form-code.ts says what it is) into a QR module matrix; the page
// gets one filled rectangle per run of dark modules in a row, so the code stays sharp at any
// resolution instead of being a bitmap resampled by the printer and again by the fax. Sizes are
// chosen for the worst paper path the desk expects: a "normal" fax is 204 × 98 dpi, so a module of
// 3 pt (1/24 inch) is 8.5 × 4 fax pixels, comfortably above the 2.52 pt (0.035 inch) below which
// a module can shrink to a single row of fax pixels and be lost. The 4-module quiet zone QR
// requires is kept blank around it (readers find the symbol by its edges).
// qrcode rather than bwip-js: the same symbol (level M, the standard's mask choice) in about a
// seventh of the time (0.7 ms against 4.5 ms a code here), which is what lets a batch of 100,000
// holders' forms stream at more than 100 a second on one thread.
import QRCode from 'qrcode';
import { OfferDeskError } from '../core/errors';
import type { Doc } from './typeset';

/** Side of one module, in points (1/24 inch). */
export const MODULE_PT = 3;
/** Blank modules each side, as the QR standard requires. */
export const QUIET_MODULES = 4;

export interface ModuleMatrix {
  /** Modules per side. */
  size: number;
  /** Row-major, top row first; true = dark. */
  dark: Uint8Array;
}

/**
 * The QR symbol of `text`, error correction level M (15 % of the symbol may be lost): a fax's
 * streaks and specks cost a few modules, and M keeps the symbol small enough for a corner. The
 * mask is chosen by the standard's penalty rules, which keep a symbol from carrying shapes a
 * reader could mistake for its finder patterns.
 */
export function qrMatrix(text: string): ModuleMatrix {
  const symbol = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const { size, data } = symbol.modules;
  if (!(size > 0) || data.length !== size * size) {
    throw new OfferDeskError('internal', `qrcode gave no QR module matrix for a form code (${text.length} characters).`);
  }
  // Row-major, top row first (the finder patterns are in rows 0–6 at both ends).
  return { size, dark: Uint8Array.from(data, (v) => (v ? 1 : 0)) };
}

/** Width (= height) in points of the symbol with its quiet zone. */
export function symbolExtent(matrix: ModuleMatrix, modulePt = MODULE_PT): number {
  return (matrix.size + 2 * QUIET_MODULES) * modulePt;
}

/**
 * Draws the symbol with its quiet zone's top-left corner at (x, y). The quiet zone is painted
 * white, so a tint or a rule that strays near it cannot eat into it. Dark runs of a row are one
 * rectangle each and all are filled at once: a few dozen path operators, not hundreds of fills.
 */
export function drawQrSymbol(doc: Doc, matrix: ModuleMatrix, x: number, y: number, modulePt = MODULE_PT): void {
  const extent = symbolExtent(matrix, modulePt);
  doc.rect(x, y, extent, extent).fill('#ffffff');
  const left = x + QUIET_MODULES * modulePt;
  const top = y + QUIET_MODULES * modulePt;
  const { size, dark } = matrix;
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (dark[row * size + col] !== 1) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && dark[row * size + col] === 1) col++;
      doc.rect(left + start * modulePt, top + row * modulePt, (col - start) * modulePt, modulePt);
    }
  }
  // Pure black, not the letters' near-black text colour: a fax thresholds grey.
  doc.fill('#000000');
}
