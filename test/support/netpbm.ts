// Reads the page images pdftoppm writes (-gray: PGM "P5", -mono: PBM "P4") as 8-bit luminance
// (0 black … 255 white), which is what a 2-D code reader takes. Just enough of Netpbm for that.

export interface GrayImage {
  width: number;
  height: number;
  /** Row-major, one byte a pixel. */
  pixels: Uint8ClampedArray;
}

export function readNetpbm(bytes: Buffer): GrayImage {
  // Header: magic, width, height (and maxval for P5), separated by whitespace, '#' comments allowed.
  let at = 0;
  const token = (): string => {
    for (;;) {
      while (at < bytes.length && /\s/.test(String.fromCharCode(bytes[at] ?? 0))) at++;
      if (bytes[at] === 0x23) {
        while (at < bytes.length && bytes[at] !== 0x0a) at++;
        continue;
      }
      break;
    }
    const start = at;
    while (at < bytes.length && !/\s/.test(String.fromCharCode(bytes[at] ?? 0))) at++;
    return bytes.subarray(start, at).toString('latin1');
  };
  const magic = token();
  const width = Number(token());
  const height = Number(token());
  const maxval = magic === 'P5' ? Number(token()) : 1;
  at++; // the single whitespace before the raster
  const pixels = new Uint8ClampedArray(width * height);
  if (magic === 'P5') {
    if (maxval > 255) throw new Error('16-bit PGM not supported');
    for (let i = 0; i < pixels.length; i++) pixels[i] = Math.round(((bytes[at + i] ?? 0) * 255) / maxval);
  } else if (magic === 'P4') {
    const rowBytes = Math.ceil(width / 8);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const bit = ((bytes[at + y * rowBytes + (x >> 3)] ?? 0) >> (7 - (x & 7))) & 1;
        pixels[y * width + x] = bit === 1 ? 0 : 255;
      }
    }
  } else {
    throw new Error(`not a P4/P5 Netpbm image (${magic})`);
  }
  return { width, height, pixels };
}

/** The image with every row repeated `times` times: a 98 dpi fax page stretched to square pixels. */
export function stretchRows(image: GrayImage, times: number): GrayImage {
  const pixels = new Uint8ClampedArray(image.width * image.height * times);
  for (let y = 0; y < image.height; y++) {
    const row = image.pixels.subarray(y * image.width, (y + 1) * image.width);
    for (let k = 0; k < times; k++) pixels.set(row, (y * times + k) * image.width);
  }
  return { width: image.width, height: image.height * times, pixels };
}
