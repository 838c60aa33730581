import type { Status, StatusInfo } from './vocabulary';

/**
 * The inner markup of each status shape in a 16×16 SVG, drawn with the classes
 * sm-fill, sm-outline, sm-stroke, sm-stroke-thin, sm-dashed and sm-stroke-q
 * (styled in src/css/custom.css and in the embeds). One definition for the
 * pages and the embeds, so a status looks the same everywhere.
 */
export const STATUS_SHAPE_SVG: Record<StatusInfo['shape'], string> = {
  circle: '<circle cx="8" cy="8" r="6" class="sm-fill"/>',
  square: '<rect x="2.5" y="2.5" width="11" height="11" class="sm-fill"/>',
  triangle: '<path d="M8 1.8 14.6 13.6H1.4Z" class="sm-fill"/>',
  'diamond-outline': '<path d="M8 1.5 14.5 8 8 14.5 1.5 8Z" class="sm-outline"/>',
  cross: '<path d="M3 3 13 13M13 3 3 13" class="sm-stroke"/>',
  slash: '<circle cx="8" cy="8" r="6" class="sm-outline"/><path d="M3.8 12.2 12.2 3.8" class="sm-stroke-thin"/>',
  question:
    '<circle cx="8" cy="8" r="6.3" class="sm-dashed"/><path d="M6.1 6.3a1.95 1.95 0 1 1 2.7 1.8c-.55.25-.8.6-.8 1.2v.6" class="sm-stroke-q"/><circle cx="8" cy="11.6" r=".95" class="sm-fill"/>',
};

/**
 * How each drawing class of STATUS_SHAPE_SVG paints, in the status colour
 * (currentColor). One table for the embeds' stylesheet (STATUS_SHAPE_CSS) and
 * the pages' masks (shapeMaskUrl), so a shape is drawn the same in both.
 */
const PAINT: Record<string, Record<string, string>> = {
  'sm-fill': { fill: 'currentColor' },
  'sm-outline': { fill: 'none', stroke: 'currentColor', 'stroke-width': '2' },
  'sm-stroke': { fill: 'none', stroke: 'currentColor', 'stroke-width': '2.6', 'stroke-linecap': 'round' },
  'sm-stroke-thin': { stroke: 'currentColor', 'stroke-width': '2' },
  'sm-dashed': { fill: 'none', stroke: 'currentColor', 'stroke-width': '1.4', 'stroke-dasharray': '2.2 1.8' },
  'sm-stroke-q': { fill: 'none', stroke: 'currentColor', 'stroke-width': '1.5', 'stroke-linecap': 'round' },
};

/** The CSS rules of the drawing classes, for output that draws the shapes as inline SVG (the embeds). */
export const STATUS_SHAPE_CSS = Object.entries(PAINT)
  .map(
    ([cls, paint]) =>
      `.${cls}{${Object.entries(paint)
        .map(([k, v]) => `${k}:${v}`)
        .join(';')}}`,
  )
  .join('');

/**
 * A status shape as a data URL for a CSS mask: the pages draw each marker as an
 * empty span painted in the status colour through this mask (src/css/custom.css,
 * `.sm--<shape>`), which costs the browser far less layout than an inline SVG
 * per marker. A unit test checks that the stylesheet holds these exact URLs.
 */
export function shapeMaskUrl(shape: StatusInfo['shape']): string {
  // a mask uses only the shape's coverage: paint it black
  const inner = STATUS_SHAPE_SVG[shape].replace(/class="([^"]+)"/g, (_m, cls: string) => {
    const paint = PAINT[cls];
    if (!paint) throw new Error(`no paint for ${cls}`);
    return Object.entries(paint)
      .map(([k, v]) => `${k}="${v === 'currentColor' ? '#000' : v}"`)
      .join(' ');
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16">${inner}</svg>`;
  return `data:image/svg+xml,${svg.replace(/"/g, "'").replace(/</g, '%3C').replace(/>/g, '%3E').replace(/#/g, '%23')}`;
}

/**
 * The status colours of the light theme, for output that cannot read the site's
 * CSS (embeds, share images). They must equal the --st-* variables in
 * src/css/custom.css; a unit test compares them.
 */
export const STATUS_COLOUR: Record<Status, string> = {
  'in-operation': '#1b6e2e',
  adopted: '#1f4e9c',
  proposed: '#6b3fa0',
  wanted: '#7a4f00',
  'not-now': '#b3261e',
  'not-relevant': '#5b4a3a',
  'not-mentioned': '#595959',
};
