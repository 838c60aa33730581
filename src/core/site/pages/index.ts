import type { SiteContext } from '../context';
import type { PageMeta } from '../types';
import * as changes from './changes';
import * as city from './city';
import * as codebook from './codebook';
import * as compare from './compare';
import * as data from './data';
import * as figures from './figures';
import * as glance from './glance';
import * as glossary from './glossary';
import * as home from './home';
import * as indexes from './indexes';
import * as matrix from './matrix';
import * as search from './search';
import * as sources from './sources';
import * as theme from './theme';
import * as timeline from './timeline';

/** What a builder may need beyond the data: the downloads the build writes (for the data page). */
export interface BuildInput {
  files: readonly { path: string; bytes: number }[];
}

/**
 * The page registry: every page kind with its builder, in the order the site
 * lists its pages. The page union, each component's props and the plugin's
 * component map are derived from it, so a kind without a component, or a
 * component whose props do not match its view model, does not compile.
 */
export const PAGE_BUILDERS = {
  home: (ctx: SiteContext) => home.build(ctx),
  matrix: (ctx: SiteContext) => matrix.build(ctx),
  glance: (ctx: SiteContext) => glance.build(ctx),
  matrixYear: (ctx: SiteContext) => glance.buildYears(ctx),
  compare: (ctx: SiteContext) => compare.build(ctx),
  changes: (ctx: SiteContext) => changes.build(ctx),
  themes: (ctx: SiteContext) => indexes.buildThemes(ctx),
  cities: (ctx: SiteContext) => indexes.buildCities(ctx),
  theme: (ctx: SiteContext) => theme.build(ctx),
  city: (ctx: SiteContext) => city.build(ctx),
  figures: (ctx: SiteContext) => figures.build(ctx),
  sources: (ctx: SiteContext) => sources.buildList(ctx),
  source: (ctx: SiteContext) => sources.buildPages(ctx),
  glossary: (ctx: SiteContext) => glossary.build(ctx),
  timeline: (ctx: SiteContext) => timeline.build(ctx),
  codebook: (ctx: SiteContext) => codebook.build(ctx),
  data: (ctx: SiteContext, input: BuildInput) => data.build(ctx, input.files),
  search: (ctx: SiteContext) => search.build(ctx),
} as const;

export type PageKind = keyof typeof PAGE_BUILDERS;

/** The view model of a page kind. */
export type PageVM<K extends PageKind> = ReturnType<(typeof PAGE_BUILDERS)[K]>[number];

/** A generated page: its kind, route and view model, tagged by kind. */
export type GeneratedPage = { [K in PageKind]: { kind: K; path: string; props: PageVM<K> } }[PageKind];

/**
 * The page kinds whose body the browser renders and hydrates (the interactive
 * tools). Every other page's body is static HTML that the browser keeps as the
 * server wrote it (src/components/Island.tsx), so it needs none of the view
 * model but the page's meta. The components say the same with livePage or
 * staticPage; a render test checks that the two agree.
 */
export const LIVE_KINDS: readonly PageKind[] = ['compare', 'search'];

/** What the browser loads of a page's view model: all of a live page's; of a static page's, the meta its head needs. */
export function clientProps(page: GeneratedPage): { meta: Omit<PageMeta, 'sources'> } {
  if (LIVE_KINDS.includes(page.kind)) return page.props;
  const { sources: _sources, ...meta } = page.props.meta;
  return { meta };
}

/** The component file (under src/components/pages/) of each page kind. */
export const COMPONENT_FILE: Record<PageKind, string> = {
  home: 'HomePage',
  matrix: 'MatrixPage',
  glance: 'GlancePage',
  matrixYear: 'GlancePage',
  compare: 'ComparePage',
  changes: 'ChangesPage',
  themes: 'IndexPage',
  cities: 'IndexPage',
  theme: 'ThemePage',
  city: 'CityPage',
  figures: 'FiguresPage',
  sources: 'SourcesPage',
  source: 'SourcePage',
  glossary: 'GlossaryPage',
  timeline: 'TimelinePage',
  codebook: 'CodebookPage',
  data: 'DataPage',
  search: 'SearchPage',
};

export type { ChangesVM } from './changes';
export type { CityPageVM, CityPositionVM } from './city';
export type { CodebookVM } from './codebook';
export type { CompareCellVM, CompareVM, StatusStep } from './compare';
export type { DataPageVM, DownloadVM } from './data';
export type { FiguresPageVM } from './figures';
export type { GlanceVM } from './glance';
export type { GlossaryVM } from './glossary';
export type { HomeVM } from './home';
export type { IndexVM } from './indexes';
export type { MatrixVM } from './matrix';
export type { SearchVM } from './search';
export type { SourcePageVM, SourcesPageVM, SourceVM } from './sources';
export type { ThemeCityVM, ThemePageVM } from './theme';
export type { TimelineVM } from './timeline';
export { buildCells as buildCompareCells } from './compare';
