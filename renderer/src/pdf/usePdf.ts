// Opens a PDF (base64 from the desk) with pdf.js for as long as a component shows it, and closes
// it when the bytes change or the component goes: a parsed letter holds a holder's personal data
// and a worker's memory, neither of which should outlive the dialog.
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useState } from 'react';
import { openPdf } from './pdfjs';

export interface PdfState {
  pdf: PDFDocumentProxy | null;
  /** pdf.js could not read the bytes (not expected for the desk's own letters, but said if so). */
  error: string | null;
}

export function usePdf(base64: string | null): PdfState {
  const [state, setState] = useState<PdfState>({ pdf: null, error: null });
  useEffect(() => {
    setState({ pdf: null, error: null });
    if (base64 === null) return undefined;
    let live = true;
    let opened: PDFDocumentProxy | null = null;
    openPdf(base64).then(
      (pdf) => {
        opened = pdf;
        if (live) setState({ pdf, error: null });
        else void pdf.destroy();
      },
      (e: unknown) => {
        if (live) setState({ pdf: null, error: e instanceof Error ? e.message : String(e) });
      },
    );
    return () => {
      live = false;
      if (opened) void opened.destroy();
    };
  }, [base64]);
  return state;
}
