import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { formatDate } from '../format';
import { currentEntry } from '../history';
import { SITE_TITLE, t, type Locale } from '../i18n';
import type { Dataset } from '../types.generated';
import { STATUS, STATUS_ORDER, type Status } from '../vocabulary';
import { encodePng } from './png';
import { ogPaths, type BinaryFile } from './routes';
import { STATUS_COLOUR } from '../status-shapes';

/**
 * Open Graph share images (1200×630 PNG) for the matrix, a city (its status on
 * every theme) and a theme (every city's status): laid out with satori, drawn
 * by resvg. Text is turned into outlines by satori with the bundled Inter
 * font, and resvg loads no system font, so the bytes depend only on the input.
 */

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
const PAD_X = 48;
const PAD_Y = 40;

export type OgTarget = { kind: 'matrix' } | { kind: 'city'; id: string } | { kind: 'theme'; id: string };

export interface OgFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

/** Inter (regular and bold, Latin: æ, ø, å, «», –) from @fontsource/inter, as .woff: satori cannot read woff2. */
export function loadOgFonts(baseDir: string = process.cwd()): OgFont[] {
  const require = createRequire(path.join(baseDir, 'package.json'));
  const font = (weight: 400 | 700): OgFont => ({
    name: 'Inter',
    data: readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`)),
    weight,
    style: 'normal',
  });
  return [font(400), font(700)];
}

/** A satori node: the shape of a React element, written without React. */
interface El {
  type: string;
  key: null;
  props: Record<string, unknown> & { children?: El | string | (El | string)[] };
}
const h = (type: string, props: Record<string, unknown>, ...children: (El | string)[]): El => ({
  type,
  key: null,
  props: { ...props, ...(children.length ? { children: children.length === 1 ? children[0] : children } : {}) },
});
const row = (style: Record<string, unknown>, ...children: (El | string)[]) => h('div', { style: { display: 'flex', ...style } }, ...children);

/** The status marker of src/components/StatusMarker.tsx, in the status colour. */
export function marker(status: Status, size: number): El {
  const c = STATUS_COLOUR[status];
  const line = (d: string, width: number) => h('path', { d, fill: 'none', stroke: c, strokeWidth: width, strokeLinecap: 'round' });
  const shapes: Record<(typeof STATUS)[Status]['shape'], El[]> = {
    circle: [h('circle', { cx: 8, cy: 8, r: 6, fill: c })],
    square: [h('rect', { x: 2.5, y: 2.5, width: 11, height: 11, fill: c })],
    triangle: [h('path', { d: 'M8 1.8 14.6 13.6H1.4Z', fill: c })],
    'diamond-outline': [h('path', { d: 'M8 1.5 14.5 8 8 14.5 1.5 8Z', fill: 'none', stroke: c, strokeWidth: 2 })],
    cross: [line('M3 3 13 13M13 3 3 13', 2.6)],
    slash: [h('circle', { cx: 8, cy: 8, r: 6, fill: 'none', stroke: c, strokeWidth: 2 }), line('M3.8 12.2 12.2 3.8', 2)],
    question: [
      h('circle', { cx: 8, cy: 8, r: 6.3, fill: 'none', stroke: c, strokeWidth: 1.4, strokeDasharray: '2.2 1.8' }),
      line('M6.1 6.3a1.95 1.95 0 1 1 2.7 1.8c-.55.25-.8.6-.8 1.2v.6', 1.5),
      h('circle', { cx: 8, cy: 11.6, r: 0.95, fill: c }),
    ],
  };
  return h('svg', { width: size, height: size, viewBox: '0 0 16 16' }, ...shapes[STATUS[status].shape]);
}

/** The frame every image shares: site title and data date, the page title and a subtitle, the body. */
function frame(ds: Dataset, locale: Locale, title: string, subtitle: string, body: El): El {
  return h(
    'div',
    {
      style: {
        // satori sizes the content box: the padding comes on top
        width: OG_WIDTH - 2 * PAD_X,
        height: OG_HEIGHT - 2 * PAD_Y,
        display: 'flex',
        flexDirection: 'column',
        padding: `${PAD_Y}px ${PAD_X}px`,
        background: '#ffffff',
        color: '#1c1e21',
        fontFamily: 'Inter',
      },
    },
    row(
      { justifyContent: 'space-between', fontSize: 24, color: '#4a4a4a', borderBottom: '4px solid #1f4e9c', paddingBottom: 12 },
      h('div', { style: { fontWeight: 700 } }, SITE_TITLE[locale]),
      h('div', {}, t(locale, 'ogDataAsOf', { date: formatDate(ds.meta.updated, locale) })),
    ),
    h('div', { style: { fontSize: 60, fontWeight: 700, marginTop: 20, lineHeight: 1.1, lineClamp: 2 } }, title),
    h('div', { style: { fontSize: 26, color: '#4a4a4a', marginTop: 6, marginBottom: 20 } }, subtitle),
    body,
  );
}

function legend(ds: Dataset, locale: Locale): El {
  return row(
    { flexWrap: 'wrap', marginTop: 'auto', fontSize: 19, color: '#333333' },
    ...STATUS_ORDER.map((s) =>
      row(
        { alignItems: 'center', marginRight: 22, marginTop: 6 },
        marker(s, 22),
        h('div', { style: { marginLeft: 6 } }, ds.codebook.statuses[s].label[locale]),
      ),
    ),
  );
}

/** Items beyond `max` are dropped and counted in a last line. */
function capped<T>(items: readonly T[], max: number): { shown: readonly T[]; more: number } {
  return items.length > max ? { shown: items.slice(0, max - 1), more: items.length - max + 1 } : { shown: items, more: 0 };
}

function cityTree(ds: Dataset, cityId: string, locale: Locale): El {
  const city = ds.cities.find((c) => c.id === cityId);
  if (!city) throw new Error(`no city "${cityId}"`);
  const { shown, more } = capped(ds.themes, 28);
  const rows = Math.ceil((shown.length + (more ? 1 : 0)) / 4);
  const size = Math.min(26, Math.floor(270 / rows) - 8);
  const items = shown.map((th) =>
    row(
      { width: '25%', alignItems: 'center', height: size + 8, fontSize: Math.round(size * 0.78) },
      marker(currentEntry(city.positions[th.id]!).status, size),
      h('div', { style: { marginLeft: 8 } }, th.shortName[locale]),
    ),
  );
  if (more) items.push(row({ width: '25%', fontSize: Math.round(size * 0.78) }, t(locale, 'ogMore', { n: String(more) })));
  return frame(
    ds,
    locale,
    city.name[locale],
    t(locale, 'positions'),
    h('div', { style: { display: 'flex', flexDirection: 'column', flexGrow: 1 } }, row({ flexWrap: 'wrap' }, ...items), legend(ds, locale)),
  );
}

function themeTree(ds: Dataset, themeId: string, locale: Locale): El {
  const theme = ds.themes.find((x) => x.id === themeId);
  if (!theme) throw new Error(`no theme "${themeId}"`);
  const { shown, more } = capped(ds.cities, 6);
  const lines = shown.map((c) => {
    const status = currentEntry(c.positions[theme.id]!).status;
    return row(
      { alignItems: 'center', height: 58, fontSize: 34 },
      marker(status, 40),
      h('div', { style: { marginLeft: 16, width: 300, fontWeight: 700 } }, c.name[locale]),
      h('div', { style: { color: STATUS_COLOUR[status] } }, ds.codebook.statuses[status].label[locale]),
    );
  });
  if (more) lines.push(row({ height: 58, fontSize: 30 }, t(locale, 'ogMore', { n: String(more) })));
  return frame(ds, locale, theme.name[locale], t(locale, 'ogThemeCities'), h('div', { style: { display: 'flex', flexDirection: 'column' } }, ...lines));
}

function matrixTree(ds: Dataset, locale: Locale): El {
  const { shown, more } = capped(ds.cities, 6);
  const themes = ds.themes.slice(0, 30);
  const cell = Math.min(36, Math.floor(860 / themes.length));
  const lines = shown.map((c) =>
    row(
      { alignItems: 'center', height: cell + 14 },
      h('div', { style: { width: OG_WIDTH - 2 * PAD_X - cell * themes.length, fontSize: 28, fontWeight: 700 } }, c.name[locale]),
      ...themes.map((th) => row({ width: cell, justifyContent: 'center' }, marker(currentEntry(c.positions[th.id]!).status, cell - 8))),
    ),
  );
  if (more) lines.push(row({ fontSize: 24 }, t(locale, 'ogMore', { n: String(more) })));
  return frame(
    ds,
    locale,
    t(locale, 'matrix'),
    `${ds.cities.length} ${t(locale, 'cities').toLowerCase()} × ${ds.themes.length} ${t(locale, 'themes').toLowerCase()}`,
    h('div', { style: { display: 'flex', flexDirection: 'column', flexGrow: 1 } }, ...lines, legend(ds, locale)),
  );
}

/** The element tree of a share image (exported for tests and previews). */
export function ogTree(ds: Dataset, target: OgTarget, locale: Locale): El {
  return target.kind === 'city' ? cityTree(ds, target.id, locale) : target.kind === 'theme' ? themeTree(ds, target.id, locale) : matrixTree(ds, locale);
}

/** The SVG satori lays out for a share image. */
export async function ogSvg(ds: Dataset, target: OgTarget, locale: Locale, fonts: readonly OgFont[]): Promise<string> {
  return satori(ogTree(ds, target, locale), { width: OG_WIDTH, height: OG_HEIGHT, fonts: [...fonts] });
}

/** resvg's options: no system font (satori has drawn the text as outlines), fixed background and anti-aliasing. */
export const RESVG_OPTIONS = {
  fitTo: { mode: 'original' },
  font: { loadSystemFonts: false },
  background: '#ffffff',
  shapeRendering: 2,
  logLevel: 'off',
} as const;

/** A share image as PNG bytes: satori lays it out, resvg draws it, png.ts writes the pixels losslessly as an indexed PNG. */
export async function ogImage(ds: Dataset, target: OgTarget, locale: Locale, fonts: readonly OgFont[]): Promise<Uint8Array> {
  const image = new Resvg(await ogSvg(ds, target, locale, fonts), RESVG_OPTIONS).render();
  const png = encodePng(image.pixels, image.width, image.height);
  // satori and resvg resolve without giving the event loop a turn, and resvg's pixel buffers (3 MB an image,
  // outside the JS heap) are only freed by finalizers that run on a later turn: without this turn, a loop of
  // images (a build of 357 municipalities) held 2.3 GB of them and its timers stood still for a minute
  await nextTurn();
  return png;
}

/** Every share image of one locale: the matrix, each city, each theme. */
export async function buildOgImages(ds: Dataset, locale: Locale, fonts: readonly OgFont[]): Promise<BinaryFile[]> {
  const targets: { path: string; target: OgTarget }[] = [
    { path: ogPaths.matrix, target: { kind: 'matrix' } },
    ...ds.cities.map((c) => ({ path: ogPaths.city(c.id), target: { kind: 'city', id: c.id } as const })),
    ...ds.themes.map((th) => ({ path: ogPaths.theme(th.id), target: { kind: 'theme', id: th.id } as const })),
  ];
  const files: BinaryFile[] = [];
  for (const { path: p, target } of targets) files.push({ path: p, bytes: await ogImage(ds, target, locale, fonts) });
  return files;
}
