// pdf.js set up for the desk's strict CSP. The letters are drawn onto <canvas>: no <iframe>, no
// PDF plugin (the CSP keeps frame-src 'none' and object-src 'none').
//
// - The worker is pdf.js's own file, bundled by Vite as an asset of this page, so `worker-src
//   'self'` covers it (main/app/csp.ts). Should a Worker ever fail to start (a file:// page in a
//   shell that refuses workers), pdf.js falls back to loading the same file on the main thread,
//   which `script-src 'self'` allows.
// - isEvalSupported: false: pdf.js would otherwise compile font outlines with `new Function`,
//   which the CSP forbids (and 'unsafe-eval' is not coming back for it).
// - No standardFontDataUrl or cMapUrl: our letters embed subset TrueType fonts (DejaVu Sans,
//   Droid Sans Fallback for CJK) with Identity-H encoding and a ToUnicode map, so pdf.js needs
//   neither the 14 standard fonts nor Adobe's CMaps to draw Łukasiewicz or 田中.
//
// pdf.js is loaded on first use (a dynamic import), so the screens that never show a letter do
// not pay for parsing it.
import type { PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { base64ToBytes } from './bytes';

type PdfJs = typeof import('pdfjs-dist');

let loading: Promise<PdfJs> | null = null;

function pdfjs(): Promise<PdfJs> {
  loading ??= import('pdfjs-dist').then((lib) => {
    lib.GlobalWorkerOptions.workerSrc = workerUrl;
    return lib;
  });
  return loading;
}

/** Opens a PDF the desk sent (base64). The caller must `destroy()` it when done. */
export async function openPdf(base64: string): Promise<PDFDocumentProxy> {
  const lib = await pdfjs();
  const task = lib.getDocument({
    data: base64ToBytes(base64),
    isEvalSupported: false,
    // Nothing in a letter needs fetching: keep pdf.js from reaching for the network at all.
    disableAutoFetch: true,
    disableStream: true,
    enableXfa: false,
  });
  return task.promise;
}

/** pdf.js's unit is the PDF point: 72 to the inch. */
export const POINTS_PER_INCH = 72;
