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
  api: '/om/api',
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
  /** the body of a generated page (its static island) */
  pageBody: 'sideinnhold',
  /** the compare tool's table */
  compareTable: 'sammenligning',
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
  api: 'api',
  feeds: 'strommer',
  aboutDataset: 'om-datasettet',
  cities: 'byer',
  themes: 'tema',
  readers: 'lesere',
  years: 'ar',
} as const;

/** where a matrix cell links: the city's section on the theme page */
export const cellHref = (cityId: string, themeId: string) => `${themePath(themeId)}#${ANCHOR.themeCity(cityId)}`;
/** where a history entry is linked to: the city page, which holds every cell's history at any scale (theme pages show it too, below national scale) */
export const entryHref = (cityId: string, themeId: string, index: number) => `${cityPath(cityId)}#${ANCHOR.entry(cityId, themeId, index)}`;
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

/* The reuse files: the static API, the data package, the feeds, the share images, the embeds and the citation files. */

/** The folder the CSV and JSON downloads live in. */
export const DATA_DIR = '/data/';

export const API_ROOT = '/api/v1';

export const apiPaths = {
  index: `${API_ROOT}/index.json`,
  all: `${API_ROOT}/alle.json`,
  city: (id: string) => `${API_ROOT}/byer/${id}.json`,
  theme: (id: string) => `${API_ROOT}/tema/${id}.json`,
  schema: (file: string) => `${API_ROOT}/schema/${file}`,
};

export const packagePaths = {
  descriptor: `${DATA_DIR}datapackage.json`,
  citiesCsv: `${DATA_DIR}byer.csv`,
  themesCsv: `${DATA_DIR}tema.csv`,
  sourceUseCsv: `${DATA_DIR}kilde-bruk.csv`,
};

export const feedPaths = {
  changes: `${PATHS.changes}.atom`,
  city: (id: string) => `${cityPath(id)}.atom`,
};

export const OG_ROOT = '/img/og';

export const ogPaths = {
  matrix: `${OG_ROOT}/matrise.png`,
  city: (id: string) => `${OG_ROOT}${cityPath(id)}.png`,
  theme: (id: string) => `${OG_ROOT}${themePath(id)}.png`,
};

/** Embeddable views (plain HTML, no navigation, for an iframe): a cell, a city's row, a theme's column. */
export const EMBED_ROOT = '/embed';
export const embedPaths = {
  cell: (cityId: string, themeId: string) => `${EMBED_ROOT}/celle/${cityId}/${themeId}`,
  city: (cityId: string) => `${EMBED_ROOT}/by/${cityId}`,
  theme: (themeId: string) => `${EMBED_ROOT}/tema/${themeId}`,
};
/** The file an address is served from (the site's pages are "<address>.html", as Docusaurus writes them without trailing slashes). */
export const htmlFile = (sitePath: string) => `${sitePath}.html`;

/** A page's ready citation in the formats reference managers import. */
export const CITE_ROOT = '/sitering';
export const citePaths = (pagePath: string) => {
  const slug = pagePath === '/' ? 'forside' : pagePath.slice(1).replace(/\//g, '--');
  return { bib: `${CITE_ROOT}/${slug}.bib`, ris: `${CITE_ROOT}/${slug}.ris`, csl: `${CITE_ROOT}/${slug}.json` };
};
