import { PATHS, sourcePath } from '../../paths';
import type { Source } from '../../types.generated';
import { SOURCE_KIND } from '../../vocabulary';
import { citationIndex, type CiteUseVM } from '../citation-index';
import type { SiteContext } from '../context';
import { SHELL_KEYS, type Labels } from '../labels';
import type { PageMeta } from '../types';

/** The list of sources and one page per source, each listing every place that cites it. */

export const SOURCE_KEYS = [
  ...SHELL_KEYS,
  'publisher',
  'date',
  'kind',
  'address',
  'limits',
  'citedBy',
  'unknown',
  'descriptiveTitle',
  'title',
  'goToSources',
  'file',
  'insecureUrl',
] as const;
export const LIST_KEYS = [...SHELL_KEYS, 'descriptiveTitle', 'citedTimes'] as const;

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
  insecureUrl: boolean;
  file: string | null;
  descriptionHtml: string;
  limitsHtml: string | null;
  citedCount: number;
}

export interface SourcesPageVM {
  meta: PageMeta;
  intro: string;
  sources: SourceVM[];
  labels: Labels<typeof LIST_KEYS>;
}

export interface SourcePageVM {
  meta: PageMeta;
  source: SourceVM;
  uses: { group: string; items: CiteUseVM[] }[];
  labels: Labels<typeof SOURCE_KEYS>;
}

function sourceVM(ctx: SiteContext, s: Source, citedCount: number): SourceVM {
  return {
    id: s.id,
    href: sourcePath(s.id),
    title: s.title,
    descriptiveTitle: s.titleBasis === 'descriptive',
    kind: ctx.text(SOURCE_KIND[s.kind]),
    publisher: ctx.publisher(s),
    date: ctx.date(s.date) + (s.dateBasis === 'inferred' ? ` (${ctx.ui('inferred')})` : ''),
    dateNote: ctx.inlineOrNull(s.dateNote),
    url: s.url === 'unknown' ? null : s.url,
    insecureUrl: s.insecureUrl === true,
    file: s.file ?? null,
    descriptionHtml: ctx.inline(s.description),
    limitsHtml: ctx.inlineOrNull(s.limits),
    citedCount,
  };
}

/** Built together: the list and the pages share one citation index. */
export function buildAll(ctx: SiteContext): { list: SourcesPageVM[]; pages: SourcePageVM[] } {
  const uses = citationIndex(ctx);
  const sources = ctx.ds.sources.map((s) => sourceVM(ctx, s, uses.get(s.id)?.length ?? 0));
  const list: SourcesPageVM = {
    meta: ctx.meta(PATHS.sources, ctx.ui('sources'), ctx.ui('sourcesIntro')),
    intro: ctx.ui('sourcesIntro'),
    sources,
    labels: ctx.labels(LIST_KEYS),
  };
  const pages = ctx.ds.sources.map((s, i) => {
    const groups = new Map<string, CiteUseVM[]>();
    for (const u of uses.get(s.id) ?? []) groups.set(u.kind, [...(groups.get(u.kind) ?? []), u]);
    return {
      meta: ctx.meta(sourcePath(s.id), s.title, ctx.text(s.description), { kind: 'kindSource' }),
      source: sources[i]!,
      uses: [...groups.entries()].map(([group, items]) => ({ group, items })),
      labels: ctx.labels(SOURCE_KEYS),
    };
  });
  return { list: [list], pages };
}

const built = new WeakMap<SiteContext, ReturnType<typeof buildAll>>();
const once = (ctx: SiteContext) => {
  let b = built.get(ctx);
  if (!b) built.set(ctx, (b = buildAll(ctx)));
  return b;
};
export const buildList = (ctx: SiteContext): SourcesPageVM[] => once(ctx).list;
export const buildPages = (ctx: SiteContext): SourcePageVM[] => once(ctx).pages;
