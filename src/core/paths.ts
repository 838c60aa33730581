/**
 * Every route, anchor and download address of the site, in one place. Paths
 * are the same in both locales (Docusaurus adds /en/ for English) and never
 * carry the base URL (components pass them through Link or useBaseUrl).
 */
export const PATHS = {
  home: '/',
  matrix: '/matrise',
  glance: '/matrise/kompakt',
  matrixYears: '/matrise/ar',
  themes: '/tema',
  cities: '/byer',
  figures: '/tall',
  sources: '/kilder',
  compare: '/sammenlign',
  changes: '/endringer',
  glossary: '/ordliste',
  data: '/data',
  api: '/data/api',
  search: '/sok',
  about: '/om',
  method: '/om/metode',
  codebook: '/om/kodebok',
  contribute: '/om/bidra',
  timeline: '/tidslinje',
} as const;

export type StaticPath = (typeof PATHS)[keyof typeof PATHS];

const paged = (base: string) => (page: number) => (page <= 1 ? base : `${base}/${page}`);

export const matrixPage = paged(PATHS.matrix);
export const glancePage = paged(PATHS.glance);
export const changesPage = paged(PATHS.changes);
export const matrixYearPath = (year: number | string) => `${PATHS.matrixYears}/${year}`;
export const themePath = (id: string) => `${PATHS.themes}/${id}`;
export const cityPath = (id: string) => `${PATHS.cities}/${id}`;
export const sourcePath = (id: string) => `${PATHS.sources}/${id}`;
export const glossaryPath = (id: string) => `${PATHS.glossary}#${id}`;
/** the compare tool's cells of one city (with their history), fetched by the browser */
export const compareCellsPath = (cityId: string) => `/data/sammenlign/${cityId}.json`;
/** the placeholder in compareCellsPath that the browser replaces by a city id */
export const CITY_PLACEHOLDER = '{city}';

/** Anchors: one stable id per thing, usable as a permalink. */
export const ANCHOR = {
  /** a city's section on a theme page */
  themeCity: (cityId: string) => cityId,
  /** a theme's section on a city page */
  cityTheme: (themeId: string) => `tema-${themeId}`,
  /** a cell of the overview matrix or compare table */
  cell: (cityId: string, themeId: string) => `${cityId}--${themeId}`,
  /** a row (theme) of the matrix */
  row: (themeId: string) => `rad-${themeId}`,
  /** one entry of a cell's history, on the theme and city pages */
  entry: (cityId: string, themeId: string, index: number) => `${cityId}--${themeId}--${index + 1}`,
  /** a figure group on the figures page */
  figureGroup: (id: string) => `gruppe-${id}`,
  /** a status, a basis and a rule on the codebook page */
  codebookStatus: (status: string) => `status-${status}`,
  codebookBasis: (basis: string) => `grunnlag-${basis}`,
  codebookRule: (rule: string) => `regel-${rule}`,
  codebookTheme: (themeId: string) => `tema-${themeId}`,
  /** sections of a page */
  table: 'tabell',
  legend: 'forklaring',
  overview: 'kort-sagt',
  governance: 'styring',
  plans: 'planer',
  timeline: 'tidslinje',
  positions: 'standpunkt',
  figures: 'tall',
  statements: 'uttalelser',
  disagreements: 'uenigheter',
  openQuestions: 'apne-sporsmal',
  comparisons: 'pa-tvers',
  citedBy: 'brukt',
  schemas: 'skjema',
  cities: 'byer',
  themes: 'tema',
  readers: 'lesere',
  years: 'ar',
} as const;

/** where a matrix cell links: the city's section on the theme page */
export const cellHref = (cityId: string, themeId: string) => `${themePath(themeId)}#${ANCHOR.themeCity(cityId)}`;
/** where a history entry lives: on the theme page, in the city's section */
export const entryHref = (cityId: string, themeId: string, index: number) => `${themePath(themeId)}#${ANCHOR.entry(cityId, themeId, index)}`;
export const withAnchor = (path: string, anchor: string) => `${path}#${anchor}`;

/** Pagefind's browser script, written next to each language's pages by the build. */
export const PAGEFIND_SCRIPT = '/pagefind/pagefind.js';
/** The folder of a language's search index, relative to its build folder. */
export const PAGEFIND_DIR = 'pagefind';

export const downloads = {
  json: '/data/rusplaner.json',
  matrixCsv: '/data/matrise.csv',
  historyCsv: '/data/matrise-historikk.csv',
  figuresCsv: '/data/tall.csv',
  sourcesCsv: '/data/kilder.csv',
  schemas: (file: string) => `/data/schemas/${file}`,
  schemasDir: '/data/schemas/',
};
