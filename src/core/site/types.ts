import type { Locale } from '../i18n';
import type { Status, StatusInfo } from '../vocabulary';

/**
 * View models shared by several page kinds: what the components receive,
 * localised, with Markdown already rendered to safe HTML. Each page kind's own
 * view model lives in its module under ./pages/.
 */

export interface LinkVM {
  href: string;
  label: string;
}

/** A citation: which source, and where in it. The source's title and date are in the page's `sources`. */
export interface CitationVM {
  sourceId: string;
  locator: string;
}

/** Evidence behind a status: a citation with whose word it is (basis, and who where one person, party or organisation speaks). */
export interface EvidenceVM extends CitationVM {
  basis: string;
  who: string | null;
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
  /** what the page offers for reuse (share image, feeds, citation files, reference-manager tags); set by the build's reuse hook */
  reuse?: PageReuseVM;
  /** the city or theme the page is about, for its share image */
  subject?: { cityId?: string; themeId?: string };
  /** structured data (schema.org, JSON-LD) for the page's head */
  jsonLd?: string;
  /** how the page is indexed for search: not at all (pages that repeat others' text), or with filters (kind, city, theme) */
  search: { filters: Record<string, string> } | null;
}

/** What a page offers for reuse: its share image, feeds, citation files and meta tags for reference managers. */
export interface PageReuseVM {
  og: { src: string; alt: string };
  feeds: { href: string; title: string }[];
  cite: { bib: string; ris: string; csl: string };
  metaTags: { name: string; content: string }[];
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

/** A date as shown: formatted, ISO for <time>, and whether (and how) it was inferred. */
export interface DateVM {
  date: string;
  dateIso: string;
  inferred: boolean;
  dateNote: string | null;
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
  /** the year the current status took effect, or null where its date is unknown */
  since: string | null;
  /** the status differs from the cell's first entry */
  changed: boolean;
}

/** A compact cell (status symbol and year), for the at-a-glance and year matrices; null where the history says nothing yet. */
export interface GlanceCellVM {
  status: Status;
  since: string | null;
  changed: boolean;
}

export interface ColumnVM {
  id: string;
  name: string;
  href: string;
}

export interface MatrixRowVM {
  themeId: string;
  name: string;
  shortName: string;
  href: string;
  anchor: string;
  cells: CellVM[];
}

export interface GlanceRowVM {
  themeId: string;
  name: string;
  shortName: string;
  href: string;
  cells: (GlanceCellVM | null)[];
}

/** One dated entry of a cell's history. */
export interface HistoryEntryVM extends DateVM {
  anchor: string;
  status: StatusVM;
  /** when it stopped holding (formatted), or null for the current entry */
  until: string | null;
  current: boolean;
  summaryHtml: string;
  detailsHtml: string | null;
  plans: LinkVM[];
  evidence: EvidenceVM[];
}

/** A cell's time axis: its entries (oldest first), when it was checked and since when the sources are silent. */
export interface CellHistoryVM {
  entries: HistoryEntryVM[];
  checked: string;
  checkedIso: string;
  /** the date of the newest entry (formatted), shown as "no newer source found since …" */
  silentSince: string | null;
}

export interface TermLinkVM extends LinkVM {
  id: string;
}

/** An embeddable view: its address and the iframe code to paste. */
export interface EmbedVM {
  url: string;
  code: string;
}

export interface StatusCountVM {
  status: StatusVM;
  count: number;
}

/** The dated records shown on the pages: figures, statements, events, plans, disagreements, open questions, comparisons. */
export type * from './record-types';

/** A cell's current status as its city and theme pages show it: the status, since when, whether it changed, and the summary. */
export interface CellNowVM extends StatusVM {
  since: string | null;
  changed: boolean;
  summaryHtml: string;
}
