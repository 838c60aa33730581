import { fill, SITE_TITLE, t, type Locale, type Localized, type UiKey } from '../i18n';
import { formatDate, formatLocator } from '../format';
import { renderBlock, renderInline } from '../markdown';
import { PATHS, sourcePath } from '../paths';
import { createTermLinker, type TermLinker } from '../terms';
import type { Citation, City, Dataset, Evidence, Source, Theme } from '../types.generated';
import { STATUS, STATUS_ORDER, type Status } from '../vocabulary';
import { labelsFor, type Labels } from './labels';
import type { CitationVM, DateVM, EmbedVM, EvidenceVM, LegendItemVM, PageMeta, SourceRefs, StatusVM } from './types';

export interface SiteOptions {
  /** the address the site is published at, without a trailing slash, e.g. https://example.org */
  siteUrl: string;
  /** how many cities a matrix or theme page shows before it is split into pages */
  citiesPerPage?: number;
}

export const DEFAULT_CITIES_PER_PAGE = 8;

/** What search may filter a page by. */
export interface SearchFacets {
  kind: UiKey;
  city?: string;
  theme?: string;
}

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
    this.terms = createTermLinker(ds.glossary, `${this.localePrefix}${PATHS.glossary}`);
  }

  /** "" for bokmål, "/en" for English: what Docusaurus puts before every path */
  get localePrefix(): string {
    return this.locale === 'nb' ? '' : `/${this.locale}`;
  }

  get citiesPerPage(): number {
    return this.options.citiesPerPage ?? DEFAULT_CITIES_PER_PAGE;
  }

  /** more cities than one page holds: pages switch to their compact, national-scale form */
  get atScale(): boolean {
    return this.ds.cities.length > this.citiesPerPage;
  }

  text(l: Localized | { nb: string; en: string }): string {
    return l[this.locale];
  }

  ui(key: UiKey, vars?: Record<string, string | number>): string {
    return t(this.locale, key, vars);
  }

  labels<const K extends readonly UiKey[]>(keys: K): Labels<K> {
    return labelsFor(this.locale, keys);
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

  inlineOrNull(l: { nb: string; en: string } | undefined): string | null {
    return l ? this.inline(l) : null;
  }

  date(d: string): string {
    return formatDate(d, this.locale);
  }

  /** A date with its basis, as every dated thing shows it. */
  dated(d: { date: string; dateBasis: string; dateNote?: { nb: string; en: string } }): DateVM {
    return { date: this.date(d.date), dateIso: d.date, inferred: d.dateBasis === 'inferred', dateNote: this.inlineOrNull(d.dateNote) };
  }

  status(s: Status): StatusVM {
    const info = STATUS[s];
    return { status: s, label: this.text(this.ds.codebook.statuses[s].label), shape: info.shape, group: info.group };
  }

  legend(): LegendItemVM[] {
    return STATUS_ORDER.map((s) => ({ ...this.status(s), description: this.text(this.ds.codebook.statuses[s].definition) }));
  }

  citations(list: readonly Citation[] | undefined): CitationVM[] {
    return (list ?? []).map((c) => ({ sourceId: c.source, locator: formatLocator(c.locator, this.locale) }));
  }

  evidence(list: readonly Evidence[] | undefined): EvidenceVM[] {
    return (list ?? []).map((e) => ({
      sourceId: e.source,
      locator: formatLocator(e.locator, this.locale),
      basis: this.text(this.ds.codebook.bases[e.basis].label),
      who: e.who ? this.text(e.who) : null,
    }));
  }

  /** A source's publisher as shown: "ikke oppgitt" / "not given" where the text names none. */
  publisher(s: Source): string {
    return s.publisher === 'unknown' ? this.ui('notGiven') : s.publisher;
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
      refs[id] = { title: src.title, publisher: this.publisher(src), date: this.date(src.date), href: sourcePath(src.id) };
    }
    return refs;
  }

  cityName(id: string): string {
    return this.text(this.cities.get(id)!.name);
  }

  themeName(id: string): string {
    return this.text(this.themes.get(id)!.name);
  }

  /** The page's address on the published site. */
  url(path: string): string {
    return `${this.options.siteUrl}${this.localePrefix}${path === '/' ? '/' : path}`;
  }

  /**
   * The page's meta data. `search` says how search indexes it: with a kind of
   * page (and a city or theme to filter by), or null for pages that only repeat
   * what other pages say (the matrices, the compare tool, the change log).
   */
  /** The iframe code of an embeddable view (see src/core/reuse/embed.ts). */
  embed(path: string, title: string, height: number): EmbedVM {
    const url = this.url(path);
    const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    return { url, code: `<iframe src="${attr(url)}" title="${attr(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>` };
  }

  meta(path: string, title: string, description: string, search: SearchFacets | null = { kind: 'kindReference' }): PageMeta {
    const siteTitle = SITE_TITLE[this.locale];
    const updated = this.date(this.ds.meta.updated);
    const citation = fill(this.ui('citationText'), { site: siteTitle, title, updated, url: this.url(path) });
    const filters: Record<string, string> = {};
    if (search) {
      filters.kind = this.ui(search.kind);
      if (search.city) filters.city = search.city;
      if (search.theme) filters.theme = search.theme;
    }
    return {
      sources: {},
      locale: this.locale,
      path,
      title,
      description,
      updated,
      updatedIso: this.ds.meta.updated,
      citation,
      siteTitle,
      search: search ? { filters } : null,
    };
  }
}
