import { t, SITE_TITLE, type Locale, type Localized } from '../i18n';
import { formatDate, formatLocator } from '../format';
import { renderBlock, renderInline } from '../markdown';
import { createTermLinker, type TermLinker } from '../terms';
import type { Citation, City, Dataset, Source, Theme } from '../types.generated';
import { STATUS, STATUS_ORDER, type Status } from '../vocabulary';
import { sourcePath } from './paths';
import type { CitationVM, LegendItemVM, PageMeta, SourceRefs, StatusVM } from './types';

export interface SiteOptions {
  /** the address the site is published at, without a trailing slash, e.g. https://example.org */
  siteUrl: string;
  /** how many cities a matrix or theme page shows before it is split into pages */
  citiesPerPage?: number;
}

export const DEFAULT_CITIES_PER_PAGE = 8;

/** Lookups and rendering shared by every page builder of one locale. */
export class SiteContext {
  readonly sources = new Map<string, Source>();
  readonly themes = new Map<string, Theme>();
  readonly cities = new Map<string, City>();
  private readonly blockCache = new Map<string, string>();
  private readonly inlineCache = new Map<string, string>();
  /** links glossary terms in block texts (details, definitions, intros) */
  readonly terms: TermLinker | undefined;

  constructor(
    readonly ds: Dataset,
    readonly locale: Locale,
    readonly options: SiteOptions,
  ) {
    for (const s of ds.sources) this.sources.set(s.id, s);
    for (const th of ds.themes) this.themes.set(th.id, th);
    for (const c of ds.cities) this.cities.set(c.id, c);
    this.terms = createTermLinker(ds.glossary, `${locale === 'nb' ? '' : `/${locale}`}/ordliste`);
  }

  get citiesPerPage(): number {
    return this.options.citiesPerPage ?? DEFAULT_CITIES_PER_PAGE;
  }

  text(l: Localized | { nb: string; en: string }): string {
    return l[this.locale];
  }

  block(l: { nb: string; en: string } | undefined): string | null {
    if (!l) return null;
    const s = l[this.locale];
    let html = this.blockCache.get(s);
    if (html === undefined) {
      html = renderBlock(s, this.terms);
      this.blockCache.set(s, html);
    }
    return html;
  }

  inline(l: { nb: string; en: string }): string {
    const s = l[this.locale];
    let html = this.inlineCache.get(s);
    if (html === undefined) {
      html = renderInline(s);
      this.inlineCache.set(s, html);
    }
    return html;
  }

  date(d: string): string {
    return formatDate(d, this.locale);
  }

  status(s: Status): StatusVM {
    const info = STATUS[s];
    return { status: s, label: info.label[this.locale], shape: info.shape, group: info.group };
  }

  legend(): LegendItemVM[] {
    return STATUS_ORDER.map((s) => ({ ...this.status(s), description: STATUS[s].description[this.locale] }));
  }

  citations(list: readonly Citation[] | undefined): CitationVM[] {
    return (list ?? []).map((c) => ({ sourceId: c.source, locator: formatLocator(c.locator, this.locale) }));
  }

  /** The title, publisher and date of each source a page cites (found by walking its view model). */
  sourceRefs(vm: unknown): SourceRefs {
    const ids = new Set<string>();
    const walk = (n: unknown) => {
      if (Array.isArray(n)) n.forEach(walk);
      else if (n && typeof n === 'object') {
        const o = n as Record<string, unknown>;
        if (typeof o.sourceId === 'string' && typeof o.locator === 'string') ids.add(o.sourceId);
        else for (const v of Object.values(o)) walk(v);
      }
    };
    walk(vm);
    const refs: SourceRefs = {};
    for (const id of [...ids].sort()) {
      const src = this.sources.get(id)!;
      refs[id] = {
        title: src.title,
        publisher: src.publisher === 'unknown' ? t(this.locale, 'notGiven') : src.publisher,
        date: this.date(src.date),
        href: sourcePath(src.id),
      };
    }
    return refs;
  }

  cityName(id: string): string {
    return this.text(this.cities.get(id)!.name);
  }

  themeName(id: string): string {
    return this.text(this.themes.get(id)!.name);
  }

  meta(path: string, title: string, description: string): PageMeta {
    const siteTitle = SITE_TITLE[this.locale];
    const updated = this.date(this.ds.meta.updated);
    const prefix = this.locale === 'nb' ? '' : `/${this.locale}`;
    const url = `${this.options.siteUrl}${prefix}${path === '/' ? '/' : path}`;
    const citation =
      this.locale === 'nb'
        ? `${siteTitle}: «${title}». Data per ${updated}. ${url}`
        : `${siteTitle}: "${title}". Data as of ${updated}. ${url}`;
    return { sources: {}, locale: this.locale, path, title, description, updated, updatedIso: this.ds.meta.updated, citation, siteTitle };
  }

  /** Common UI labels every page component needs. */
  labels(...keys: Parameters<typeof t>[1][]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of keys) out[k] = t(this.locale, k);
    return out;
  }
}
