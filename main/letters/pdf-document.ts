// A pdfkit document set up so that the same input always gives the same bytes, and its bytes
// collected synchronously.
//
// pdfkit stamps CreationDate with `new Date()` and derives the trailer /ID from an MD5 of the
// Info dictionary (CreationDate included); font subset tags come from font ids (F1, F2 …) and
// streams are deflated deterministically. So fixing CreationDate/ModDate (from the letter date),
// the other Info entries and the order fonts are first selected (below) fixes the whole file —
// the tests check it byte for byte, including after other letters were rendered. The
// Subject carries the document numbers, so two different letters of the same date do not share
// an /ID.
import PDFDocument from 'pdfkit';
import type { CalendarDate } from '../core/types';
import type { FontkitFont, LetterFonts } from './fonts';
import { pdfDateOf } from './format';
import type { Doc } from './typeset';

export interface PdfMeta {
  title: string;
  author: string;
  subject: string;
  /** Fixes CreationDate and ModDate. */
  date: CalendarDate;
}

export function createLetterDocument(meta: PdfMeta, fonts: LetterFonts): Doc {
  const date = pdfDateOf(meta.date);
  const doc = new PDFDocument({
    size: 'LETTER',
    // Layout is ours (typeset.ts / page-flow.ts); zero margins keep pdfkit from wrapping or
    // adding pages behind our back when text is drawn near the bottom edge.
    margin: 0,
    autoFirstPage: false,
    // Pages stay in memory so "Page 1 of N" can be stamped once N is known.
    bufferPages: true,
    lang: 'en-US',
    displayTitle: true,
    info: {
      Title: meta.title,
      Author: meta.author,
      Subject: meta.subject,
      Creator: 'Offer Desk',
      Producer: 'Offer Desk (PDFKit)',
      CreationDate: date,
      ModDate: date,
    },
  });
  for (const { face, font } of fonts.faces) registerParsedFont(doc, face, font);
  // pdfkit numbers fonts (F1, F2 …, which also name the subsets) in the order they are first
  // selected. Measuring selects fonts too, and measurements are cached across documents, so
  // without this the numbering — and the bytes — would depend on which letters were rendered
  // earlier in the process. Selecting every face up front, in the set's fixed order (regular,
  // bold, fallbacks), fixes the order; a face never drawn is still not embedded (pdfkit writes a
  // font only once a page references it), so a Latin letter carries neither fallback.
  for (const { face, font } of fonts.faces) {
    doc.font(face);
    shareLayoutCache(doc, font);
  }
  doc.font('regular');
  return doc;
}

/**
 * pdfkit's font factory takes an already-parsed fontkit font (anything with a `layout` method)
 * as well as a path or bytes, but @types/pdfkit 0.17 only declares the latter. This is the one
 * place that relies on it; the font object was checked for `layout` when it was loaded.
 */
function registerParsedFont(doc: Doc, name: string, font: FontkitFont): void {
  const register = doc.registerFont as unknown as (this: Doc, name: string, src: FontkitFont) => Doc;
  register.call(doc, name, font);
}

/**
 * Ends the document and returns its bytes. Nobody listens for 'data', so the stream stays paused
 * and pdfkit's pushes accumulate in its buffer; `read()` then hands them over at once, with no
 * event-loop turn — which is what lets renderLetter return a Buffer rather than a Promise.
 */
export function finishDocument(doc: Doc): Buffer {
  doc.end(); // also flushes the buffered pages
  const chunks: Buffer[] = [];
  for (let chunk: unknown = doc.read(); chunk !== null; chunk = doc.read()) {
    if (Buffer.isBuffer(chunk)) chunks.push(chunk);
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
    else if (typeof chunk === 'string') chunks.push(Buffer.from(chunk, 'binary'));
  }
  return Buffer.concat(chunks);
}

/** pdfkit's embedded font, as far as this module touches it. */
interface LayoutCaching {
  layoutCache?: Record<string, unknown>;
}

const layoutCaches = new WeakMap<FontkitFont, Record<string, unknown>>();

function shareLayoutCache(doc: Doc, font: FontkitFont): void {
  const current = (doc as unknown as { _font?: LayoutCaching })._font;
  if (current === undefined || current.layoutCache === undefined) return;
  let shared = layoutCaches.get(font);
  if (shared === undefined) {
    shared = Object.create(null) as Record<string, unknown>;
    layoutCaches.set(font, shared);
  }
  current.layoutCache = shared;
}
