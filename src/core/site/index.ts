import type { Locale } from '../i18n';
import type { Dataset } from '../types.generated';
import type { PageMeta, PageReuseVM } from './types';
import { SiteContext, type SiteOptions } from './context';
import { buildCompareCells, PAGE_BUILDERS, type BuildInput, type GeneratedPage, type PageKind } from './pages/index';

/** Extra files a locale's build writes beside its pages (the compare tool's per-city cells). */
export interface SiteFile {
  path: string;
  content: string;
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
  files: BuildInput['files'],
  /** what each page offers for reuse (share image, feeds, citation files); the build passes it, so the builders need not know */
  reuse?: (meta: PageMeta) => PageReuseVM,
): { pages: GeneratedPage[]; files: SiteFile[] } {
  const ctx = new SiteContext(ds, locale, options);
  const pages: GeneratedPage[] = [];
  for (const kind of Object.keys(PAGE_BUILDERS) as PageKind[]) {
    for (const props of PAGE_BUILDERS[kind](ctx, { files })) {
      props.meta.sources = ctx.sourceRefs(props);
      if (reuse) props.meta.reuse = reuse(props.meta);
      pages.push({ kind, path: props.meta.path, props } as GeneratedPage);
    }
  }
  const cells = buildCompareCells(ctx).map((f) => ({ path: f.path, content: JSON.stringify(f.cells) }));
  return { pages, files: cells };
}

export { SiteContext } from './context';
export type { SiteOptions } from './context';
export * from './pages/index';
export type * from './types';
export type { Labels } from './labels';
