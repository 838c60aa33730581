import type { Locale } from '../i18n';
import type { Status, StatusInfo } from '../vocabulary';

/** View models: what each generated page receives, localised, with Markdown already rendered to safe HTML. */

export interface LinkVM {
  href: string;
  label: string;
}

/** A citation: which source, and where in it. The source's title and date are in the page's `sources`. */
export interface CitationVM {
  sourceId: string;
  locator: string;
}

/** What a page shows of each source it cites (once per page, however often it is cited). */
export interface SourceRefVM {
  title: string;
  publisher: string;
  date: string;
  href: string;
}

export type SourceRefs = Record<string, SourceRefVM>;

export interface PageMeta {
  /** the sources cited on the page, by id */
  sources: SourceRefs;
  locale: Locale;
  path: string;
  title: string;
  description: string;
  /** the data revision date, formatted, and ISO */
  updated: string;
  updatedIso: string;
  /** a ready citation for the page */
  citation: string;
  siteTitle: string;
}

export interface StatusVM {
  status: Status;
  label: string;
  shape: StatusInfo['shape'];
  group: StatusInfo['group'];
}

export interface LegendItemVM extends StatusVM {
  description: string;
}

/**
 * One city × theme cell, kept small (the matrix ships every cell to the browser):
 * label and shape come from the legend by status; the cell's id is
 * ANCHOR.cell(cityId, themeId) and its link cellHref(cityId, themeId).
 */
export interface CellVM {
  status: Status;
  cityId: string;
  themeId: string;
  summaryHtml: string;
  sourceCount: number;
}

export interface MatrixRowVM {
  themeId: string;
  name: string;
  shortName: string;
  href: string;
  anchor: string;
  cells: CellVM[];
}

export interface ColumnVM {
  id: string;
  name: string;
  href: string;
}

export interface MatrixVM {
  meta: PageMeta;
  intro: string;
  columns: ColumnVM[];
  rows: MatrixRowVM[];
  legend: LegendItemVM[];
  page: number;
  pageCount: number;
  pages: LinkVM[];
  labels: Record<string, string>;
}

export interface FigureVM {
  id: string;
  anchor: string;
  href: string;
  cityId: string | null;
  scopeLabel: string;
  label: string;
  value: string;
  rawValue: number;
  period: string;
  asOf: string | null;
  derivationHtml: string | null;
  noteHtml: string | null;
  citations: CitationVM[];
}

export interface StatementVM {
  id: string;
  anchor: string;
  href: string;
  cityId: string;
  actor: string;
  actorNote: string | null;
  role: string;
  party: string | null;
  date: string;
  dateIso: string;
  inferred: boolean;
  dateNote: string | null;
  summaryHtml: string;
  themes: LinkVM[];
  citations: CitationVM[];
}

export interface EventVM {
  id: string;
  anchor: string;
  href: string;
  scope: string;
  date: string;
  dateIso: string;
  inferred: boolean;
  dateNote: string | null;
  titleHtml: string;
  detailsHtml: string | null;
  plan: LinkVM | null;
  citations: CitationVM[];
}

export interface PlanDateVM {
  kind: string;
  date: string;
  dateIso: string;
  inferred: boolean;
  dateNote: string | null;
  citations: CitationVM[];
}

export interface PlanVM {
  id: string;
  anchor: string;
  href: string;
  type: string;
  title: string;
  descriptiveTitle: boolean;
  status: string;
  issuedBy: string;
  period: string;
  firstDate: string;
  dates: PlanDateVM[];
  summaryHtml: string;
  detailsHtml: string | null;
  follows: LinkVM | null;
  incorporatedInto: LinkVM | null;
  themes: LinkVM[];
  citations: CitationVM[];
}

export interface DisagreementVM {
  id: string;
  anchor: string;
  topic: string;
  claims: { textHtml: string; citations: CitationVM[] }[];
  noteHtml: string | null;
}

export interface TermLinkVM extends LinkVM {
  id: string;
}

export interface ThemeCityVM extends StatusVM {
  cityId: string;
  name: string;
  anchor: string;
  cityHref: string;
  summaryHtml: string;
  detailsHtml: string | null;
  plans: LinkVM[];
  figures: FigureVM[];
  statements: StatementVM[];
  citations: CitationVM[];
}

export interface ThemePageVM {
  meta: PageMeta;
  id: string;
  name: string;
  /** at national scale: a table of status and summary per city, details on the city pages */
  compact: boolean;
  definitionHtml: string;
  terms: TermLinkVM[];
  overview: { status: StatusVM; cities: LinkVM[]; count: number }[];
  overviewText: string;
  cities: ThemeCityVM[];
  events: EventVM[];
  disagreements: DisagreementVM[];
  prev: LinkVM | null;
  next: LinkVM | null;
  legend: LegendItemVM[];
  labels: Record<string, string>;
}

export interface CityPositionVM extends StatusVM {
  themeId: string;
  themeName: string;
  anchor: string;
  themeHref: string;
  summaryHtml: string;
  detailsHtml: string | null;
  plans: LinkVM[];
  citations: CitationVM[];
}

export interface CityPageVM {
  meta: PageMeta;
  id: string;
  name: string;
  introHtml: string;
  municipalityNumber: string;
  governance: { model: string; descriptionHtml: string; citations: CitationVM[] };
  plans: PlanVM[];
  timeline: EventVM[];
  positions: CityPositionVM[];
  figures: FigureVM[];
  series: SeriesVM[];
  statements: StatementVM[];
  disagreements: DisagreementVM[];
  counts: { status: StatusVM; count: number }[];
  legend: LegendItemVM[];
  labels: Record<string, string>;
}

export interface SeriesVM {
  id: string;
  title: string;
  unit: string;
  scopeLabel: string;
  points: { year: string; value: number; valueText: string; derived: boolean; figureId: string }[];
  citations: CitationVM[];
}

export interface FiguresPageVM {
  meta: PageMeta;
  intro: string;
  series: SeriesVM[];
  groups: { id: string; title: string; href: string | null; figures: FigureVM[] }[];
  labels: Record<string, string>;
}

export interface SourceVM {
  id: string;
  href: string;
  title: string;
  descriptiveTitle: boolean;
  kind: string;
  publisher: string;
  date: string;
  dateNote: string | null;
  url: string | null;
  file: string | null;
  descriptionHtml: string;
  limitsHtml: string | null;
  citedCount: number;
}

export interface CiteUseVM {
  kind: string;
  label: string;
  href: string;
  locator: string;
}

export interface SourcePageVM {
  meta: PageMeta;
  source: SourceVM;
  uses: { group: string; items: CiteUseVM[] }[];
  labels: Record<string, string>;
}

export interface SourcesPageVM {
  meta: PageMeta;
  intro: string;
  sources: SourceVM[];
  labels: Record<string, string>;
}

export interface GlossaryVM {
  meta: PageMeta;
  intro: string;
  terms: { id: string; term: string; other: string; international: string | null; definitionHtml: string; citations: CitationVM[] }[];
  labels: Record<string, string>;
}

export interface CompareVM {
  meta: PageMeta;
  intro: string;
  /** every city, for the choice */
  columns: ColumnVM[];
  /** every theme, with the cells of the cities in defaultCities */
  rows: MatrixRowVM[];
  /** true when rows hold every city's cells (the page works without JavaScript) */
  complete: boolean;
  defaultCities: string[];
  /** where the browser fetches another city's cells; {city} is replaced by its id */
  cellsPath: string;
  legend: LegendItemVM[];
  labels: Record<string, string>;
}

export interface DownloadVM {
  href: string;
  file: string;
  format: string;
  bytes: number;
  size: string;
  description: string;
}

export interface DataPageVM {
  meta: PageMeta;
  intro: string;
  downloads: DownloadVM[];
  schemas: DownloadVM[];
  licence: string;
  labels: Record<string, string>;
}

export interface HomeVM {
  meta: PageMeta;
  tagline: string;
  stats: string;
  newest: string;
  updated: string;
  cities: (LinkVM & { id: string; intro: string; counts: { status: StatusVM; count: number }[] })[];
  themes: (LinkVM & { id: string; definition: string })[];
  entry: LinkVM[];
  readers: string[];
  labels: Record<string, string>;
}

export interface IndexVM {
  meta: PageMeta;
  intro: string;
  items: (LinkVM & { id: string; text: string })[];
  labels: Record<string, string>;
}
