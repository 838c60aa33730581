import { deflateSync } from 'node:zlib';

/**
 * A small PNG encoder for opaque RGBA pixels (what resvg renders). A share
 * image has a few hundred colours at most (flat colours and their
 * anti-aliased edges on white), so it is written as an indexed PNG with the
 * exact palette: lossless, and about a third of resvg's own RGBA file. With
 * more than 256 colours it falls back to 8-bit RGB. Deterministic: the palette
 * is sorted, the filter is fixed and zlib runs at a fixed level.
 */

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 as PNG uses it (ISO 3309). */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

function header(width: number, height: number, colourType: 2 | 3): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = colourType; // 2 truecolour, 3 indexed
  return chunk('IHDR', ihdr);
}

const rgbAt = (px: Uint8Array, i: number) => (px[i]! << 16) | (px[i + 1]! << 8) | px[i + 2]!;

/** Encodes opaque RGBA pixels (alpha is ignored) as PNG. */
export function encodePng(rgba: Uint8Array, width: number, height: number): Uint8Array {
  if (rgba.length !== width * height * 4) throw new Error(`expected ${width}×${height} RGBA pixels`);
  const colours = new Set<number>();
  for (let i = 0; i < rgba.length && colours.size <= 256; i += 4) colours.add(rgbAt(rgba, i));
  const indexed = colours.size <= 256;
  const bpp = indexed ? 1 : 3;
  const raw = Buffer.alloc((width * bpp + 1) * height); // each row: filter type 0, then the row
  const chunks: Buffer[] = [header(width, height, indexed ? 3 : 2)];
  if (indexed) {
    const palette = [...colours].sort((a, b) => a - b);
    const index = new Map(palette.map((c, i) => [c, i]));
    const plte = Buffer.alloc(palette.length * 3);
    palette.forEach((c, i) => plte.set([c >>> 16, (c >>> 8) & 255, c & 255], i * 3));
    chunks.push(chunk('PLTE', plte));
    for (let y = 0, o = 0; y < height; y++) {
      raw[o++] = 0;
      for (let x = 0; x < width; x++) raw[o++] = index.get(rgbAt(rgba, (y * width + x) * 4))!;
    }
  } else {
    for (let y = 0, o = 0; y < height; y++) {
      raw[o++] = 0;
      for (let x = 0; x < width; x++, o += 3) raw.set(rgba.subarray((y * width + x) * 4, (y * width + x) * 4 + 3), o);
    }
  }
  chunks.push(chunk('IDAT', deflateSync(raw, { level: 9, memLevel: 9 })), chunk('IEND', new Uint8Array(0)));
  return new Uint8Array(Buffer.concat([SIGNATURE, ...chunks]));
}
