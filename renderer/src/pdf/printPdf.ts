// Printing a PDF through the system print dialog without a PDF plugin: each page is drawn by
// pdf.js at printer resolution into an image, the images go into a container that only print
// media shows (one image per sheet, @page letter with no margins: see styles.css), and
// window.print() opens the dialog (Electron's system dialog; headless Chromium returns at once).
//
// Images rather than the live canvases: a canvas is drawn for the screen's density and only when
// scrolled into view, and a print-only copy must not disturb what the screen shows.
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { POINTS_PER_INCH } from './pdfjs';

/** 200 dpi: text as sharp as a laser printer's 300 needs, a sheet about 1,700 × 2,200 pixels. */
const PRINT_DPI = 200;
const ROOT_CLASS = 'print-root';

export interface PrintJob {
  /** Takes the page images out of the document and frees them (also done after printing). */
  dispose(): void;
}

async function pageImage(pdf: PDFDocumentProxy, pageNumber: number): Promise<Blob> {
  const page = await pdf.getPage(pageNumber);
  const viewport = page.getViewport({ scale: PRINT_DPI / POINTS_PER_INCH });
  const canvas = document.createElement('canvas');
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  await page.render({ canvas, viewport, intent: 'print' }).promise;
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  // The bitmap is in the blob now; let the canvas's memory go before the next page.
  canvas.width = 0;
  canvas.height = 0;
  if (!blob) throw new Error(`page ${pageNumber} could not be turned into an image`);
  return blob;
}

/** Removes a print container left by an earlier print (its dialog may never have reported closing). */
function removeOldRoots(): void {
  for (const old of document.querySelectorAll(`.${ROOT_CLASS}`)) old.remove();
}

/**
 * Prepares every page and opens the print dialog. `onProgress` hears (pages done, pages in all)
 * while the images are made, so a long batch shows how far it has got.
 */
export async function printPdf(pdf: PDFDocumentProxy, onProgress: (done: number, total: number) => void): Promise<PrintJob> {
  removeOldRoots();
  const urls: string[] = [];
  const root = document.createElement('div');
  root.className = ROOT_CLASS;
  // Only for paper: assistive technology already has the on-screen preview.
  root.setAttribute('aria-hidden', 'true');
  root.dataset['testid'] = 'print-root';
  const dispose = () => {
    root.remove();
    for (const url of urls.splice(0)) URL.revokeObjectURL(url);
  };
  try {
    const total = pdf.numPages;
    for (let n = 1; n <= total; n++) {
      onProgress(n - 1, total);
      const url = URL.createObjectURL(await pageImage(pdf, n));
      urls.push(url);
      const sheet = document.createElement('div');
      sheet.className = 'print-page';
      const img = document.createElement('img');
      img.alt = '';
      img.src = url;
      sheet.append(img);
      root.append(sheet);
    }
    onProgress(total, total);
    document.body.append(root);
    // Every image decoded before the dialog opens, or the first sheets could print blank.
    await Promise.all([...root.querySelectorAll('img')].map((img) => img.decode()));
  } catch (e) {
    dispose();
    throw e;
  }
  window.addEventListener('afterprint', dispose, { once: true });
  window.print();
  return { dispose };
}
