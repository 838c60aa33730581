import { t, type Locale, type UiKey } from '../i18n';

/**
 * The UI strings a component receives, typed by the keys it declares. A page
 * module lists its keys `as const` (its own plus those of the shared
 * components it renders); the component's props are `Labels<typeof KEYS>`, so
 * rendering a key that was not requested does not compile, and `npm run lint`
 * (scripts/check-labels.ts) fails on a key that is requested and never rendered.
 */
export type Labels<K extends readonly UiKey[]> = { readonly [P in K[number]]: string };

/** The strings of a key list in one locale (duplicates collapse). */
export function labelsFor<const K extends readonly UiKey[]>(locale: Locale, keys: K): Labels<K> {
  const out: Partial<Record<UiKey, string>> = {};
  for (const k of keys) out[k] = t(locale, k);
  return out as Labels<K>;
}

/* The keys each shared component renders (src/components/…). */

/** PageShell: the frame of every generated page */
export const SHELL_KEYS = ['dataUpdated', 'cite', 'citeFormats', 'citeBibtex', 'citeRis', 'citeCsl'] as const;
/** Legend: the status legend, linking to the codebook */
export const LEGEND_KEYS = ['legend', 'codebookLink'] as const;
/** Since: the year a status took effect, and the mark of a changed status */
export const SINCE_KEYS = ['sinceYear', 'changedMark'] as const;
/** MatrixTable: the city × theme table */
export const MATRIX_TABLE_KEYS = [...SINCE_KEYS, 'theme', 'city', 'detailsFor'] as const;
/** GlanceGrid: the compact matrix (status symbols and years) */
export const GLANCE_KEYS = ['theme', 'city', 'sinceYear', 'changedMark', 'noEntryYet'] as const;
/** Pager: page links of split pages */
export const PAGER_KEYS = ['page'] as const;
/** Timeline: dated events */
export const TIMELINE_KEYS = ['noEvents', 'inferredDate', 'sources'] as const;
/** Statements: named actors' positions */
export const STATEMENTS_KEYS = ['noStatements', 'inferredDate', 'sources'] as const;
/** Plans: plan documents */
export const PLANS_KEYS = ['type', 'status', 'issuedBy', 'period', 'inferredDate', 'descriptiveTitle', 'sources'] as const;
/** Disagreements: where the sources disagree */
export const DISAGREEMENTS_KEYS = ['disagreements', 'source'] as const;
/** FigureTable: figures with their sources */
export const FIGURE_TABLE_KEYS = ['scope', 'what', 'value', 'period', 'source', 'derived', 'reported', 'revisedMark'] as const;
/** BarChart: a series by year, gaps shown as gaps */
export const BAR_CHART_KEYS = ['chartOf', 'derived', 'year', 'value', 'revisedLatest', 'sources'] as const;
/** CellHistory: a cell's dated entries with their evidence */
export const HISTORY_KEYS = ['history', 'fromDate', 'untilDate', 'checkedOn', 'silentSince', 'sources', 'inferredDate', 'plans', 'currentEntry'] as const;
/** Comparisons: points the sources make across the cities */
export const COMPARISONS_KEYS = ['comparisons', 'comparisonsIntro', 'derived', 'sources'] as const;
/** EmbedCode: the iframe code of an embeddable view */
export const EMBED_KEYS = ['embedCode', 'embedCodeHelp', 'embedCopy', 'embedCopied'] as const;
/** OpenQuestions: what nobody has published, with the date last checked */
export const OPEN_QUESTIONS_KEYS = ['openQuestions', 'openQuestionsIntro', 'checkedOn', 'sources'] as const;
/** What the theme and city pages share: the frame, the legend, each cell's history with its records, open questions */
export const CELL_PAGE_KEYS = [
  ...SHELL_KEYS,
  ...LEGEND_KEYS,
  ...HISTORY_KEYS,
  ...SINCE_KEYS,
  ...FIGURE_TABLE_KEYS,
  ...STATEMENTS_KEYS,
  ...TIMELINE_KEYS,
  ...DISAGREEMENTS_KEYS,
  ...OPEN_QUESTIONS_KEYS,
] as const;
