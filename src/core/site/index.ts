import type { Locale } from '../i18n';
import type { Dataset } from '../types.generated';
import { SiteContext, type SiteOptions } from './context';
import {
  buildCityPages,
  buildCompare,
  buildCompareCells,
  buildDataPage,
  buildFigures,
  buildGlossary,
  buildHome,
  buildIndexes,
  buildMatrixPages,
  buildSourcePages,
  buildThemePages,
  buildTimeline,
} from './pages';

/** The page kinds; the site plugin maps each to a React component. */
export type PageKind =
  | 'home'
  | 'matrix'
  | 'compare'
  | 'theme'
  | 'themes'
  | 'city'
  | 'cities'
  | 'figures'
  | 'sources'
  | 'source'
  | 'glossary'
  | 'timeline'
  | 'data';

/** Extra files a locale's build writes beside its pages (the compare tool's per-city cells). */
export interface SiteFile {
  path: string;
  content: string;
}

export interface GeneratedPage {
  path: string;
  kind: PageKind;
  props: { meta: { path: string } } & object;
}

/**
 * Every generated page of one locale, with its view model, and the extra files
 * its build writes (the compare tool's cells per city). One context serves both,
 * so each text is rendered once. Pure: same data in, same pages out.
 */
export function buildSite(
  ds: Dataset,
  locale: Locale,
  options: SiteOptions,
  files: { path: string; bytes: number }[],
): { pages: GeneratedPage[]; files: SiteFile[] } {
  const ctx = new SiteContext(ds, locale, options);
  const pages: GeneratedPage[] = [];
  const add = (kind: PageKind, props: GeneratedPage['props'] & { meta: { sources: object } }) => {
    props.meta.sources = ctx.sourceRefs(props);
    pages.push({ path: props.meta.path, kind, props });
  };
  add('home', buildHome(ctx));
  for (const p of buildMatrixPages(ctx)) add('matrix', p);
  add('compare', buildCompare(ctx));
  const idx = buildIndexes(ctx);
  add('themes', idx.themes);
  add('cities', idx.cities);
  for (const p of buildThemePages(ctx)) add('theme', p);
  for (const p of buildCityPages(ctx)) add('city', p);
  add('figures', buildFigures(ctx));
  const src = buildSourcePages(ctx);
  add('sources', src.index);
  for (const p of src.pages) add('source', p);
  add('glossary', buildGlossary(ctx));
  add('timeline', buildTimeline(ctx));
  add('data', buildDataPage(ctx, files));
  const cells = buildCompareCells(ctx).map((f) => ({ path: f.path, content: JSON.stringify(f.cells) }));
  return { pages, files: cells };
}

export type { SiteOptions } from './context';
export * from './types';
export * from './paths';
