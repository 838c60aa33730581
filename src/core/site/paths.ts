/** Route paths of the generated pages; the same in both locales (Docusaurus adds /en/). */
export const PATHS = {
  home: '/',
  matrix: '/matrise',
  themes: '/tema',
  cities: '/byer',
  figures: '/tall',
  sources: '/kilder',
  compare: '/sammenlign',
  glossary: '/ordliste',
  data: '/data',
  method: '/om/metode',
  about: '/om',
  timeline: '/tidslinje',
} as const;

export const matrixPage = (page: number) => (page <= 1 ? PATHS.matrix : `${PATHS.matrix}/${page}`);
export const themePath = (id: string) => `${PATHS.themes}/${id}`;
export const cityPath = (id: string) => `${PATHS.cities}/${id}`;
export const sourcePath = (id: string) => `${PATHS.sources}/${id}`;
/** the compare tool's cells of one city, fetched by the browser at national scale */
export const compareCellsPath = (cityId: string) => `/data/sammenlign/${cityId}.json`;
export const glossaryPath = (id: string) => `${PATHS.glossary}#${id}`;

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
};

/** where a matrix cell links: the city's section on the theme page */
export const cellHref = (cityId: string, themeId: string) => `${themePath(themeId)}#${ANCHOR.themeCity(cityId)}`;

export const downloads = {
  json: '/data/rusplaner.json',
  matrixCsv: '/data/matrise.csv',
  figuresCsv: '/data/tall.csv',
  sourcesCsv: '/data/kilder.csv',
  schemas: (file: string) => `/data/schemas/${file}`,
};
