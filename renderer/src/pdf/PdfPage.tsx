// One PDF page drawn on a <canvas>, when it first comes near the screen: a batch of two hundred
// letters must not paint (and hold) two hundred page bitmaps before the first one shows.
import { Paper, Text, VisuallyHidden } from '@mantine/core';
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import { useEffect, useRef, useState, type RefObject } from 'react';

interface Props {
  pdf: PDFDocumentProxy;
  /** 1-based. */
  pageNumber: number;
  /** On-screen width in CSS pixels; the bitmap is drawn at the screen's pixel density. */
  width: number;
  /** Above the page, e.g. "Letter 2 of 3 · 田中 太郎 · Confirmation" where a letter starts. */
  caption?: string | undefined;
  /** The scrolling box the page sits in: pages within a screen or two of its view get drawn. */
  scrollRoot: RefObject<HTMLElement | null>;
}

/** US Letter's shape, for the placeholder before the page's own size is known. */
const LETTER_RATIO = 11 / 8.5;

export function PdfPage({ pdf, pageNumber, width, caption, scrollRoot }: Props) {
  const holder = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [near, setNear] = useState(false);
  const [height, setHeight] = useState(Math.round(width * LETTER_RATIO));
  const [text, setText] = useState('');
  const [rendered, setRendered] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    const el = holder.current;
    if (!el) return undefined;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        setNear(true);
        observer.disconnect();
      }
    }, { root: scrollRoot.current, rootMargin: '1200px 0px' });
    observer.observe(el);
    return () => observer.disconnect();
  }, [scrollRoot]);

  useEffect(() => {
    if (!near) return undefined;
    let task: RenderTask | null = null;
    let live = true;
    void (async () => {
      try {
        const page = await pdf.getPage(pageNumber);
        if (!live || !canvas.current) return;
        const base = page.getViewport({ scale: 1 });
        const dpr = window.devicePixelRatio || 1;
        const viewport = page.getViewport({ scale: (width / base.width) * dpr });
        const el = canvas.current;
        el.width = Math.floor(viewport.width);
        el.height = Math.floor(viewport.height);
        setHeight(Math.round(viewport.height / dpr));
        task = page.render({ canvas: el, viewport });
        await task.promise;
        // The words on the page, for a screen reader (the canvas itself is only pixels) and for
        // checking that a name came through with its letters intact.
        const content = await page.getTextContent();
        if (!live) return;
        setText(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : '')).join(''));
        setRendered(true);
      } catch (e: unknown) {
        if (live && !(e instanceof Error && e.name === 'RenderingCancelledException')) setFailed(e instanceof Error ? e.message : String(e));
      }
    })();
    return () => {
      live = false;
      task?.cancel();
    };
  }, [near, pdf, pageNumber, width]);

  const label = `Page ${pageNumber} of ${pdf.numPages}`;
  return (
    <div ref={holder} data-testid="pdf-page" data-page={pageNumber} data-rendered={rendered ? 'true' : 'false'}>
      {caption && (
        <Text size="sm" fw={600} mb={4} data-testid="letter-start">
          {caption}
        </Text>
      )}
      <Paper shadow="sm" radius={0} style={{ width, height, overflow: 'hidden', background: 'white' }}>
        <canvas ref={canvas} role="img" aria-label={label} style={{ width, height, display: 'block' }} />
      </Paper>
      <Text size="xs" c={failed ? 'red.7' : 'dimmed'} ta="center" mt={4}>
        {failed ? `${label} could not be drawn: ${failed}` : label}
      </Text>
      <VisuallyHidden data-testid="pdf-page-text">{text}</VisuallyHidden>
    </div>
  );
}
