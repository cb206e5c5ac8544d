// Every page of a PDF, one under the other, in a scrolling column: how the desk previews a letter
// or a whole batch before it goes to the printer.
import { Alert, Box, Loader, Stack } from '@mantine/core';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useRef } from 'react';
import { PdfPage } from './PdfPage';

interface Props {
  pdf: PDFDocumentProxy | null;
  error: string | null;
  /** Captions by page number (where each letter of a batch starts). */
  captions?: ReadonlyMap<number, string>;
  /** CSS pixels: 760 shows a letter page a little larger than printed on a desk monitor (96 dpi). */
  width?: number;
  /** The box's height: what the dialog leaves of the window, so its buttons stay on screen. */
  height?: string;
  label: string;
}

export function PdfPages({ pdf, error, captions, width = 760, height = 'calc(100dvh - 290px)', label }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  if (error) {
    return (
      <Alert color="red" title="The PDF could not be shown" role="alert">
        {error}
      </Alert>
    );
  }
  if (!pdf) return <Loader size="sm" aria-label="Loading the PDF" />;
  return (
    // A plain scrolling box (not Mantine's ScrollArea) so that it takes focus and scrolls with the
    // arrow keys and Page Down like any document, and can be the pages' intersection root.
    <Box ref={scroller} h={height} bg="gray.2" role="region" aria-label={label} tabIndex={0} style={{ overflowY: 'auto', borderRadius: 4 }}>
      <Stack gap="lg" align="center" py="md" data-testid="pdf-pages" data-pages={pdf.numPages}>
        {Array.from({ length: pdf.numPages }, (_, i) => (
          <PdfPage key={i + 1} pdf={pdf} pageNumber={i + 1} width={width} caption={captions?.get(i + 1)} scrollRoot={scroller} />
        ))}
      </Stack>
    </Box>
  );
}
