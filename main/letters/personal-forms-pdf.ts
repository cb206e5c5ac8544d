// A batch of personalised forms as ONE PDF that streams: each holder's pages are finished and
// handed to `sink` as soon as they are drawn, so a batch of 100,000 holders never sits in memory.
// Only what pdfkit must keep to write the file's end remains (object offsets, the page list, the
// font subsets), a few hundred bytes a page.
//
// Per holder: the Election Form, then the Notice to Change Election, each starting on a new page,
// each page with the 2-D code of its form (form-page.ts) and numbered within its form.
import { isOfferDeskError, OfferDeskError } from '../core/errors';
import type { DocumentKind } from '../core/types';
import { loadLetterFonts, type LetterFontPaths } from './fonts';
import { drawElectionForm, drawNoticeForm } from './personal-form-bodies';
import { drawFormHead, shortFormName } from './form-page';
import { stampFooters } from './letterhead';
import { PageFlow } from './page-flow';
import type { FormHolder, PersonalFormsOffer } from './personal-form-input';
import { createLetterDocument } from './pdf-document';
import { BatchTypesetter } from './batch-typesetter';
import { StampBook } from './form-stamps';
import { qrMatrix, type ModuleMatrix } from './form-code-symbol';
import type { Doc, Typesetter } from './typeset';

/** Holders between two fresh layout caches (see freshLayoutCaches). */
const LAYOUT_CACHE_HOLDERS = 500;

export type PdfSink = (chunk: Buffer) => void;

function toBuffer(chunk: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk);
  return Buffer.from(String(chunk), 'binary');
}

export class PersonalFormsPdf {
  private readonly doc: Doc;
  private readonly ts: Typesetter;
  private readonly stamps: StampBook;
  /** A form's later pages carry the same code as its first. */
  private lastCode: { text: string; matrix: ModuleMatrix } | null = null;
  private finished = false;
  /** Entries of pdfkit's page tree already slimmed (see slimWrittenPages). */
  private slimmed = 0;
  /** Pages written so far. */
  pages = 0;
  /** Holders whose forms were written so far. */
  holders = 0;

  constructor(
    private readonly offer: PersonalFormsOffer,
    private readonly sink: PdfSink,
    options: {
      fonts?: LetterFontPaths;
    } = {},
  ) {
    const fonts = loadLetterFonts(options.fonts);
    // The letters' document: fonts embedded and subset, fixed dates, so the same input gives the
    // same bytes. It buffers pages (for "Page X of N"); each holder's are flushed when done.
    this.doc = createLetterDocument(
      {
        title: `Election Forms and Notices to Change Election: ${offer.letterhead.company}`,
        author: offer.letterhead.company,
        subject: `Personalised forms of the Offer to Exchange Options, printed ${offer.printDate}`,
        date: offer.printDate,
      },
      fonts,
    );
    this.ts = new BatchTypesetter(this.doc, fonts);
    this.stamps = new StampBook(this.ts);
    this.freshLayoutCaches();
    this.drain();
  }

  private drawForm(holder: FormHolder, kind: DocumentKind): number {
    const { ts, offer } = this;
    const { stamps } = this;
    const codes = (text: string) => this.code(text);
    const flow: PageFlow = new PageFlow(ts, (pageNumber) => drawFormHead(ts, stamps, codes, offer, holder, kind, pageNumber));
    flow.start();
    flow.y = drawFormHead(ts, stamps, codes, offer, holder, kind, 1);
    if (kind === 'election') drawElectionForm(flow, stamps, offer, holder);
    else drawNoticeForm(flow, stamps, offer);
    stampFooters(flow, `${offer.letterhead.company} \u00b7 Offer to Exchange Options \u00b7 ${shortFormName(kind)} \u00b7 ${holder.employeeId}`);
    return flow.pageCount;
  }

  private code(text: string): ModuleMatrix {
    if (this.lastCode?.text === text) return this.lastCode.matrix;
    const matrix = qrMatrix(text);
    this.lastCode = { text, matrix };
    return matrix;
  }

  /** Draws `holder`'s two forms and hands their bytes to the sink. Returns the pages added. */
  add(holder: FormHolder): number {
    if (this.finished) throw new OfferDeskError('internal', 'forms were added to a finished PDF');
    const pages = this.drawForm(holder, 'election') + this.drawForm(holder, 'notice');
    try {
      this.ts.assertAllCharactersPrinted();
    } catch (e) {
      // Checked per holder, so the refusal names whose form it is and comes before the rest is drawn.
      if (isOfferDeskError(e)) throw new OfferDeskError(e.code, `The forms of ${holder.name} (${holder.employeeId}) cannot be printed: ${e.message}`, e.details);
      throw e;
    }
    this.doc.flushPages();
    this.slimWrittenPages();
    this.drain();
    this.pages += pages;
    this.holders += 1;
    if (this.holders % LAYOUT_CACHE_HOLDERS === 0) this.freshLayoutCaches();
    return pages;
  }

  /**
   * pdfkit keeps the shaping of every word it has drawn, per font, for as long as the font lives;
   * the letters share that cache across documents (pdf-document.ts). A batch's words are mostly
   * names and ids seen once, so kept they grow without limit (about 24 MB a thousand holders).
   * The batch's fonts get caches of their own, started afresh every few hundred holders; the
   * letters' shared cache is left as it was.
   */
  private freshLayoutCaches(): void {
    const families = (this.doc as unknown as { _fontFamilies?: Record<string, { layoutCache?: unknown }> })._fontFamilies ?? {};
    for (const font of Object.values(families)) {
      if (font.layoutCache !== undefined) font.layoutCache = Object.create(null);
    }
  }

  /**
   * A page written to the file is still held by pdfkit's page tree (its dictionary, resources and
   * content objects, about 1.7 kB a page), only so the tree can name it as "12 0 R" at the end.
   * Each written page's entry is replaced by a reference that knows just that: 100,000 holders'
   * pages then cost tens of megabytes, not hundreds.
   */
  private slimWrittenPages(): void {
    const kids = (this.doc as unknown as { _root: { data: { Pages: { data: { Kids: object[] } } } } })._root.data.Pages.data.Kids;
    for (; this.slimmed < kids.length; this.slimmed++) {
      const page = kids[this.slimmed];
      if (page === undefined) continue;
      // pdfkit writes any instance of its reference class as its toString(); the class is the page
      // reference's own prototype's prototype (PDFReference extends PDFAbstractReference).
      const text = String(page);
      const slim = Object.create(Object.getPrototypeOf(Object.getPrototypeOf(page)) as object) as { toString(): string };
      slim.toString = () => text;
      kids[this.slimmed] = slim;
    }
  }

  /** Writes the file's end (fonts, page tree, cross-reference table) to the sink. */
  finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.doc.end();
    this.drain();
  }

  /**
   * Hands over what pdfkit has pushed. Nobody listens for 'data', so its stream stays paused and
   * `read()` returns everything buffered at once, synchronously (as finishDocument does): the
   * caller decides whether to write it to a file descriptor, a buffer or a stream.
   */
  private drain(): void {
    for (let chunk: unknown = this.doc.read(); chunk !== null; chunk = this.doc.read()) this.sink(toBuffer(chunk));
  }
}
