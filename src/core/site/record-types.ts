import type { CitationVM, DateVM, LinkVM } from './types';

/** View models of the dated records the pages show (re-exported by ./types). */

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
  /** when the source published the value, where recorded; a later value for the same series and period revises it */
  reported: string | null;
  revised: boolean;
  derivationHtml: string | null;
  noteHtml: string | null;
  citations: CitationVM[];
}

/** A chart series by year; a year without a figure is a gap (value null), shown as a gap. */
export interface SeriesVM {
  id: string;
  title: string;
  unit: string;
  scopeLabel: string;
  points: { year: string; value: number | null; valueText: string; derived: boolean; revised: boolean; figureId: string | null }[];
  citations: CitationVM[];
}

export interface StatementVM extends DateVM {
  id: string;
  anchor: string;
  href: string;
  cityId: string;
  actor: string;
  actorNote: string | null;
  role: string;
  party: string | null;
  basis: string;
  summaryHtml: string;
  themes: LinkVM[];
  citations: CitationVM[];
}

export interface EventVM extends DateVM {
  id: string;
  anchor: string;
  href: string;
  scope: string;
  kind: string | null;
  titleHtml: string;
  detailsHtml: string | null;
  plan: LinkVM | null;
  citations: CitationVM[];
}

export interface PlanDateVM extends DateVM {
  kind: string;
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

export interface OpenQuestionVM {
  id: string;
  anchor: string;
  scope: string;
  questionHtml: string;
  contextHtml: string | null;
  checked: string;
  checkedIso: string;
  themes: LinkVM[];
  citations: CitationVM[];
}

/** A point the sources make across the cities, with whose summary it is. */
export interface ComparisonVM {
  id: string;
  anchor: string;
  cities: LinkVM[];
  textHtml: string;
  derivationHtml: string | null;
  citations: CitationVM[];
}
