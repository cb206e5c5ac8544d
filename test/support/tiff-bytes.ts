// Small TIFFs written byte by byte, for the files no fax server would make on purpose: a page
// chain that loops, a directory with no image, a page claiming ten billion pixels.

/** One directory entry whose value fits in the entry itself (at most 4 bytes). */
export interface TinyEntry {
  tag: number;
  /** 3 SHORT, 4 LONG, 2 ASCII (at most 3 characters and the NUL). */
  type: 2 | 3 | 4;
  value: number | string;
}

/** A little-endian TIFF with these directories, in a chain; `loop` points the last one back at the first. */
export function tinyTiff(directories: readonly (readonly TinyEntry[])[], options: { loop?: boolean } = {}): Buffer {
  const sizes = directories.map((entries) => 2 + entries.length * 12 + 4);
  const total = 8 + sizes.reduce((a, b) => a + b, 0);
  const out = Buffer.alloc(total);
  out.write('II', 0, 'latin1');
  out.writeUInt16LE(42, 2);
  out.writeUInt32LE(8, 4);
  let at = 8;
  directories.forEach((entries, d) => {
    const sorted = [...entries].sort((a, b) => a.tag - b.tag);
    out.writeUInt16LE(sorted.length, at);
    sorted.forEach((e, i) => {
      const entry = at + 2 + i * 12;
      out.writeUInt16LE(e.tag, entry);
      out.writeUInt16LE(e.type, entry + 2);
      if (typeof e.value === 'string') {
        out.writeUInt32LE(e.value.length + 1, entry + 4);
        out.write(e.value, entry + 8, 'latin1');
      } else {
        out.writeUInt32LE(1, entry + 4);
        if (e.type === 3) out.writeUInt16LE(e.value, entry + 8);
        else out.writeUInt32LE(e.value, entry + 8);
      }
    });
    const next = at + sizes[d]!;
    const last = d === directories.length - 1;
    out.writeUInt32LE(last ? (options.loop === true ? 8 : 0) : next, at + 2 + sorted.length * 12);
    at = next;
  });
  return out;
}

/** A bilevel Group 4 page directory of this size, with no image data behind it. */
export function pageEntries(width: number, height: number): TinyEntry[] {
  return [
    { tag: 256, type: 4, value: width },
    { tag: 257, type: 4, value: height },
    { tag: 258, type: 3, value: 1 },
    { tag: 259, type: 3, value: 4 },
    { tag: 262, type: 3, value: 0 },
    { tag: 273, type: 4, value: 8 },
    { tag: 279, type: 4, value: 0 },
  ];
}
