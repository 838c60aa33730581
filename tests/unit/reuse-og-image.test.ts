import { crc32, inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOgImages, loadOgFonts, ogImage, ogSvg, RESVG_OPTIONS, type OgFont } from '../../src/core/reuse/og-image';
import { encodePng } from '../../src/core/reuse/png';
import { ogPaths } from '../../src/core/reuse/routes';
import type { Dataset } from '../../src/core/types.generated';
import { ROOT, fixtureDataset, realDataset } from '../helpers/fixtures';

const fixture = fixtureDataset;
const realData = realDataset;
const MAX_BYTES = 80 * 1024;

/** A PNG read back chunk by chunk (every CRC checked with node's zlib), decoded to RGB for filter type 0. */
function readPng(bytes: Uint8Array) {
  const buf = Buffer.from(bytes);
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  const chunks: { type: string; data: Buffer }[] = [];
  for (let o = 8; o < buf.length;) {
    const len = buf.readUInt32BE(o);
    const type = buf.toString('latin1', o + 4, o + 8);
    expect(buf.readUInt32BE(o + 8 + len), `CRC of ${type}`).toBe(crc32(buf.subarray(o + 4, o + 8 + len)));
    chunks.push({ type, data: buf.subarray(o + 8, o + 8 + len) });
    o += len + 12;
  }
  expect(chunks.map((c) => c.type)[0]).toBe('IHDR');
  expect(chunks.at(-1)!.type).toBe('IEND');
  const ihdr = chunks[0]!.data;
  const [width, height, colourType] = [ihdr.readUInt32BE(0), ihdr.readUInt32BE(4), ihdr[9]!];
  const raw = inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const plte = chunks.find((c) => c.type === 'PLTE')?.data;
  const bpp = colourType === 3 ? 1 : 3;
  const rgb = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    const row = y * (width * bpp + 1);
    expect(raw[row], 'filter type').toBe(0);
    for (let x = 0; x < width; x++) {
      const src = colourType === 3 ? plte!.subarray(raw[row + 1 + x]! * 3, raw[row + 1 + x]! * 3 + 3) : raw.subarray(row + 1 + x * 3, row + 4 + x * 3);
      rgb.set(src, (y * width + x) * 3);
    }
  }
  return { width, height, colourType, rgb };
}

const rgbOf = (rgba: Uint8Array) => Buffer.from(rgba.filter((_v, i) => i % 4 !== 3));

describe('share images', () => {
  let fonts: OgFont[];
  let ds: Dataset;
  beforeAll(() => {
    fonts = loadOgFonts(ROOT);
    ds = realData();
  });

  it.each(['nb', 'en'] as const)(
    'every image of the real data (%s) is a 1200×630 PNG of at most 80 KB',
    async (locale) => {
      const files = await buildOgImages(ds, locale, fonts);
      expect(files.map((f) => f.path).sort()).toEqual(
        [ogPaths.matrix, ...ds.cities.map((c) => ogPaths.city(c.id)), ...ds.themes.map((t) => ogPaths.theme(t.id))].sort(),
      );
      for (const f of files) {
        expect(f.bytes.length, f.path).toBeLessThanOrEqual(MAX_BYTES);
        const png = readPng(f.bytes);
        expect([png.width, png.height], f.path).toEqual([1200, 630]);
      }
    },
    180_000,
  );

  it('give the event loop a turn after each image, so the native pixel buffers of earlier images are freed as the build goes', async () => {
    let turns = 0;
    let running = true;
    const tick = () => {
      turns++;
      if (running) setImmediate(tick);
    };
    setImmediate(tick);
    const files = await buildOgImages(ds, 'nb', fonts);
    running = false;
    expect(turns).toBeGreaterThanOrEqual(files.length);
  });

  it('are the same bytes for the same input, also after other images were made', async () => {
    const first = await ogImage(ds, { kind: 'city', id: 'oslo' }, 'nb', fonts);
    await ogImage(ds, { kind: 'theme', id: ds.themes[0]!.id }, 'nb', fonts);
    await ogImage(ds, { kind: 'matrix' }, 'en', fonts);
    expect(Buffer.from(await ogImage(realData(), { kind: 'city', id: 'oslo' }, 'nb', loadOgFonts(ROOT)))).toEqual(Buffer.from(first));
  });

  it('differ where the input differs: another city, another language, a changed status', async () => {
    const small = fixture();
    const [a, b] = small.cities;
    const image = (d: Dataset, id: string, locale: 'nb' | 'en' = 'nb') => ogImage(d, { kind: 'city', id }, locale, fonts).then((x) => Buffer.from(x));
    const base = await image(small, a!.id);
    expect(await image(small, b!.id)).not.toEqual(base);
    expect(await image(small, a!.id, 'en')).not.toEqual(base);
    const changed = structuredClone(small);
    const cell = Object.values(changed.cities[0]!.positions)[0]!;
    cell.history[cell.history.length - 1]!.status = cell.history[cell.history.length - 1]!.status === 'not-now' ? 'adopted' : 'not-now';
    expect(await image(changed, a!.id)).not.toEqual(base);
    const themeImage = Buffer.from(await ogImage(small, { kind: 'theme', id: small.themes[0]!.id }, 'nb', fonts));
    const matrixImage = Buffer.from(await ogImage(small, { kind: 'matrix' }, 'nb', fonts));
    expect(new Set([base.toString('hex'), themeImage.toString('hex'), matrixImage.toString('hex')]).size).toBe(3);
  });

  it('hold exactly the pixels resvg drew (the PNG encoding is lossless), with the text as outlines', async () => {
    const svg = await ogSvg(ds, { kind: 'city', id: 'bergen' }, 'nb', fonts);
    expect(svg).not.toMatch(/<text\b/);
    const drawn = new Resvg(svg, RESVG_OPTIONS).render();
    const png = readPng(encodePng(drawn.pixels, drawn.width, drawn.height));
    expect(png.colourType).toBe(3);
    expect(png.rgb.equals(rgbOf(drawn.pixels))).toBe(true);
  });

  it('fall back to truecolour for more than 256 colours, still lossless', () => {
    const [w, h] = [32, 16];
    // 512 colours: red by column, green by row
    const rgba = new Uint8Array(w * h * 4).map((_v, i) => [((i >> 2) % w) * 8, Math.floor((i >> 2) / w) * 16, 128, 255][i % 4]!);
    const png = readPng(encodePng(rgba, w, h));
    expect(png.colourType).toBe(2);
    expect(png.rgb.equals(rgbOf(rgba))).toBe(true);
  });
});
