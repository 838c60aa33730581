import { t, type Locale } from '../i18n';
import { citePaths, feedPaths, ogPaths, PATHS } from '../paths';
import type { Dataset } from '../types.generated';
import { pageCitation } from './citation';
import type { ExportFile } from './routes';

/**
 * What each generated page offers for reuse, beyond its own content: its
 * share image (the matrix's for pages without their own), its feeds, its
 * citation as BibTeX, RIS and CSL-JSON files, and the meta tags reference
 * managers read. The site builder takes it as a hook, so the page builders
 * need not know about reuse.
 */

/** What a page's head and footer show for reuse (site paths, except the share image, which crawlers need absolute). */
export interface PageReuse {
  og: { src: string; alt: string };
  feeds: { href: string; title: string }[];
  cite: { bib: string; ris: string; csl: string };
  metaTags: { name: string; content: string }[];
}

export interface PageReuseOptions {
  /** the published address, e.g. https://example.org */
  siteUrl: string;
  /** the base path, e.g. "/rusplaner/" ("/" at the root) */
  basePath: string;
  locale: Locale;
}

export interface PageReuseBuilder {
  /** the reuse extras of one page */
  forPage(page: { path: string; title: string; kind: string; cityId?: string; themeId?: string }): PageReuse;
  /** the citation files of every page seen so far */
  files(): ExportFile[];
}

export function pageReuse(ds: Dataset, o: PageReuseOptions): PageReuseBuilder {
  const base = o.basePath.replace(/\/+$/, '');
  const root = `${o.siteUrl.replace(/\/+$/, '')}${base}${o.locale === 'nb' ? '' : `/${o.locale}`}`;
  const files: ExportFile[] = [];
  return {
    forPage(page) {
      const c = pageCitation({
        title: page.title,
        path: page.path,
        dataDate: ds.meta.updated,
        siteUrl: o.siteUrl,
        basePath: o.basePath,
        siteTitle: t(o.locale, 'siteTitle'),
        locale: o.locale,
        licence: ds.meta.dataLicence,
      });
      const cite = citePaths(page.path);
      files.push({ path: cite.bib, content: c.bibtex }, { path: cite.ris, content: c.ris }, { path: cite.csl, content: c.cslJson });
      const image = page.cityId ? ogPaths.city(page.cityId) : page.themeId ? ogPaths.theme(page.themeId) : ogPaths.matrix;
      const city = page.cityId ? ds.cities.find((x) => x.id === page.cityId) : undefined;
      const feeds = [{ href: feedPaths.changes, title: t(o.locale, 'feedTitle', { site: t(o.locale, 'siteTitle') }) }];
      if (city)
        feeds.push({ href: feedPaths.city(city.id), title: t(o.locale, 'feedCityTitle', { site: t(o.locale, 'siteTitle'), city: city.name[o.locale] }) });
      return {
        og: {
          src: `${root}${image}`,
          alt: t(o.locale, 'ogAlt', { title: page.path === PATHS.matrix || !(page.cityId || page.themeId) ? t(o.locale, 'matrix') : page.title }),
        },
        feeds,
        cite,
        metaTags: c.meta,
      };
    },
    files: () => files,
  };
}
