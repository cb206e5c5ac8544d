// Draws every page of a TIFF scan (the usual format of a fax, often CCITT Group 3/4 compressed)
// onto canvases. Browsers do not draw TIFF themselves; UTIF decodes it in the page, from bytes
// the desk returned, so nothing leaves the machine and no plugin is needed.
import { Alert, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { decode, decodeImage, toRGBA8, type IFD } from 'utif2';

/** A page past this many pixels is refused rather than drawn: a hostile file should not exhaust memory. */
const MAX_PIXELS = 60_000_000;

interface DecodedPage {
  width: number;
  height: number;
  /** Width over height as the paper is, not as the pixels are (a normal-resolution fax is 204 × 98 dpi). */
  aspect: number;
  rgba: Uint8ClampedArray<ArrayBuffer>;
}

/** A RATIONAL resolution tag (utif2 gives [[numerator, denominator]]); null when absent or nonsense. */
function resolution(ifd: IFD, tag: 't282' | 't283'): number | null {
  const value: unknown = ifd[tag];
  const first: unknown = Array.isArray(value) ? value[0] : undefined;
  const dpi = Array.isArray(first) ? Number(first[0]) / Number(first[1]) : typeof first === 'number' ? first : NaN;
  return Number.isFinite(dpi) && dpi > 0 ? dpi : null;
}

/** The page's shape on paper: its pixels scaled by the horizontal and vertical resolutions, when both are stated. */
function paperAspect(ifd: IFD): number {
  const x = resolution(ifd, 't282');
  const y = resolution(ifd, 't283');
  return x !== null && y !== null ? ifd.width / x / (ifd.height / y) : ifd.width / ifd.height;
}

function decodePages(bytes: Uint8Array): DecodedPage[] {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const pages = decode(buffer).filter((ifd: IFD) => ifd['t256'] !== undefined && ifd['t257'] !== undefined);
  return pages.map((ifd) => {
    decodeImage(buffer, ifd);
    if (!(ifd.width > 0 && ifd.height > 0) || ifd.width * ifd.height > MAX_PIXELS) {
      throw new Error(`a page of ${ifd.width} × ${ifd.height} pixels cannot be drawn`);
    }
    return { width: ifd.width, height: ifd.height, aspect: paperAspect(ifd), rgba: Uint8ClampedArray.from(toRGBA8(ifd)) };
  });
}

function PageCanvas({ page, label }: { page: DecodedPage; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    canvas.width = page.width;
    canvas.height = page.height;
    context.putImageData(new ImageData(page.rgba, page.width, page.height), 0, 0);
  }, [page]);
  // Drawn at the paper's shape: a normal-resolution fax page (204 × 98 dpi) has half as many rows
  // per inch as columns and would otherwise look squashed to half its height.
  return (
    <canvas
      ref={ref}
      role="img"
      aria-label={label}
      data-aspect={page.aspect.toFixed(3)}
      style={{ width: '100%', height: 'auto', aspectRatio: String(page.aspect), border: '1px solid var(--mantine-color-gray-3)' }}
    />
  );
}

interface Props {
  bytes: Uint8Array;
  name: string;
  /** What the pages are called to a screen reader: "Attachment" (default) or "Fax". */
  what?: string;
  maxHeight?: string;
}

export function TiffPages({ bytes, name, what = 'Attachment', maxHeight = '70vh' }: Props) {
  const [pages, setPages] = useState<DecodedPage[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    try {
      setPages(decodePages(bytes));
      setProblem(null);
    } catch (e: unknown) {
      setPages(null);
      setProblem(e instanceof Error ? e.message : String(e));
    }
  }, [bytes]);
  if (problem !== null) {
    return (
      <Alert color="orange" title="This TIFF cannot be drawn">
        {problem}. Use “Save a copy” to open it in another program; the file kept in the ledger is unchanged.
      </Alert>
    );
  }
  if (pages === null) return null;
  return (
    <Stack gap="xs" style={{ maxHeight, overflowY: 'auto' }}>
      <Text size="xs" c="dimmed">
        {pages.length} page{pages.length === 1 ? '' : 's'}
      </Text>
      {pages.map((page, i) => (
        <PageCanvas key={i} page={page} label={`${what} ${name}, page ${i + 1} of ${pages.length}`} />
      ))}
    </Stack>
  );
}
