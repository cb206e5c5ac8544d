// The parts of a form that read the same on every holder's copy (the head's titles, the Notice's
// paragraphs, the signature block, the return box) are drawn ONCE per batch into a PDF Form
// XObject and placed on each page with one "Do" operator. Laying out and encoding the same
// paragraphs 100,000 times was most of a batch's time, and the file carried them 100,000 times;
// now a holder's pages carry only what is theirs (name, grants, code). Viewers, printers,
// pdftotext and pdftoppm all draw a Form XObject as if its content were on the page.
//
// pdfkit has no API for form XObjects, so the stamp is drawn by pointing the document's `page` at
// a stand-in page for the duration: pdfkit then writes the content operators into the XObject and
// registers the fonts it uses in the XObject's resources. This is the one place that relies on
// that (the stand-in offers the members pdfkit's text and graphics code touch: pdfkit 0.17–0.20).
import { OfferDeskError } from '../core/errors';
import { PAGE, PageFlow } from './page-flow';
import type { Typesetter } from './typeset';

type Ref = PDFKit.PDFKitReference & { data: Record<string, unknown>; write(chunk: unknown): void; end(): void };

/** What pdfkit's drawing code asks of `doc.page` while a stamp is drawn. */
class StampPage {
  readonly width = PAGE.width;
  readonly height = PAGE.height;
  readonly margins = { top: 0, left: 0, bottom: 0, right: 0 };
  readonly markings: unknown[] = [];
  readonly resources: Record<string, Record<string, unknown>> = {};

  constructor(private readonly content: Ref) {}

  private dict(name: string): Record<string, unknown> {
    let d = this.resources[name];
    if (d === undefined) {
      d = {};
      this.resources[name] = d;
    }
    return d;
  }
  get fonts() {
    return this.dict('Font');
  }
  get xobjects() {
    return this.dict('XObject');
  }
  get ext_gstates() {
    return this.dict('ExtGState');
  }
  get patterns() {
    return this.dict('Pattern');
  }
  get colorSpaces() {
    return this.dict('ColorSpace');
  }
  write(chunk: unknown): void {
    this.content.write(chunk);
  }
}

/** A flow that may never leave its page: a stamp is one block drawn from the top of an empty page. */
class StampFlow extends PageFlow {
  override ensure(): boolean {
    return false;
  }
  override newPage(): void {
    throw new OfferDeskError('internal', 'a form stamp ran past its page');
  }
}

interface Stamp {
  name: string;
  ref: PDFKit.PDFKitReference;
  /** Where the block was drawn from when captured, and how tall it is. */
  originY: number;
  height: number;
}

export class StampBook {
  /** null: the block could not be captured (taller than a page); it is always drawn directly. */
  private readonly stamps = new Map<string, Stamp | null>();

  constructor(private readonly ts: Typesetter) {}

  /** Captured from the top of the content area, so no block short of a page can reach the footer while it is drawn. */
  private capture(key: string, draw: (flow: PageFlow) => void): Stamp | null {
    const doc = this.ts.doc;
    const name = `Fx${this.stamps.size + 1}`;
    const ref = doc.ref({ Type: 'XObject', Subtype: 'Form', BBox: [0, 0, PAGE.width, PAGE.height] }) as Ref;
    const stand = new StampPage(ref);
    const real = doc.page;
    const flow = new StampFlow(this.ts, () => 0);
    flow.y = PAGE.top;
    let stamp: Stamp | null = null;
    doc.page = stand as unknown as PDFKit.PDFPage;
    try {
      draw(flow);
      stamp = { name, ref, originY: PAGE.top, height: flow.y - PAGE.top };
    } catch (e) {
      if (!(e instanceof OfferDeskError && e.code === 'internal')) throw e;
    } finally {
      doc.page = real;
      // Ended even when unused: pdfkit finishes a file only once every object it handed out is written.
      ref.data['Resources'] = { ProcSet: ['PDF', 'Text'], ...stand.resources };
      ref.end();
    }
    this.stamps.set(key, stamp);
    return stamp;
  }

  /**
   * Draws `draw`'s block at `flow.y`: from its stamp (captured the first time `key` is asked for)
   * when the whole block fits above the footer, else directly into the flow, which then breaks
   * pages as it always does. `draw` must draw the same thing every time for a given key.
   */
  place(flow: PageFlow, key: string, draw: (flow: PageFlow) => void): void {
    const stamp = this.stamps.has(key) ? this.stamps.get(key) : this.capture(key, draw);
    if (stamp === null || stamp === undefined || flow.y + stamp.height > PAGE.contentBottom) {
      draw(flow);
      return;
    }
    const doc = this.ts.doc;
    doc.page.xobjects[stamp.name] = stamp.ref;
    // The page's own coordinates are pdfkit's (y down): moving the block down is a positive y.
    doc.addContent(`q 1 0 0 1 0 ${(flow.y - stamp.originY).toFixed(3)} cm /${stamp.name} Do Q`);
    flow.y += stamp.height;
  }
}
