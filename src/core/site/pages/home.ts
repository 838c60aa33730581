import { newestDate } from '../../dates';
import { cityPath, PATHS, themePath } from '../../paths';
import type { SiteContext } from '../context';
import { COMPARISONS_KEYS, SHELL_KEYS, type Labels } from '../labels';
import { currentStatuses, statusCounts } from '../pieces/cells';
import { comparisonVMs } from '../pieces/records';
import type { ComparisonVM, LinkVM, PageMeta, StatusCountVM } from '../types';

/** The front page: entries for the three kinds of reader, how current the data is, the cities and the themes. */

export const KEYS = [
  ...SHELL_KEYS,
  ...COMPARISONS_KEYS,
  'cities',
  'themes',
  'newestSource',
  'forReaders',
  'methodLink',
  'glossary',
  'openData',
  'timeline',
  'changes',
  'codebookLink',
] as const;

export interface HomeVM {
  meta: PageMeta;
  tagline: string;
  stats: string;
  newest: string;
  updated: string;
  cities: (LinkVM & { id: string; introHtml: string; counts: StatusCountVM[] })[];
  themes: (LinkVM & { id: string })[];
  entry: LinkVM[];
  readers: string[];
  comparisons: ComparisonVM[];
  labels: Labels<typeof KEYS>;
}

/** Every date written in the data: the newest one says how current the sources are. */
function allDates(ctx: SiteContext): string[] {
  const ds = ctx.ds;
  const dates: string[] = [];
  for (const c of ds.cities) {
    for (const e of c.events) dates.push(e.date);
    for (const s of c.statements) dates.push(s.date);
    for (const p of c.plans) for (const d of p.dates) dates.push(d.date);
    for (const cell of Object.values(c.positions)) for (const e of cell.history) dates.push(e.from);
  }
  for (const e of ds.national.events) dates.push(e.date);
  for (const s of ds.sources) dates.push(s.date);
  return dates;
}

export function build(ctx: SiteContext): HomeVM[] {
  const ds = ctx.ds;
  const tagline = ctx.ui('siteTagline');
  return [
    {
      meta: ctx.meta(PATHS.home, ctx.ui('siteTitle'), tagline),
      tagline,
      stats: ctx.ui('stats', {
        cities: ds.cities.length,
        themes: ds.themes.length,
        plans: ds.cities.reduce((n, c) => n + c.plans.length, 0),
        figures: ds.cities.reduce((n, c) => n + c.figures.length, 0) + ds.national.figures.length,
        sources: ds.sources.length,
      }),
      newest: ctx.date(newestDate(allDates(ctx)) ?? 'unknown'),
      updated: ctx.date(ds.meta.updated),
      cities: ds.cities.map((c) => ({
        id: c.id,
        href: cityPath(c.id),
        label: ctx.text(c.name),
        introHtml: ctx.inline(c.intro),
        counts: statusCounts(ctx, currentStatuses(ctx, c)),
      })),
      themes: ds.themes.map((th) => ({ id: th.id, href: themePath(th.id), label: ctx.text(th.name) })),
      entry: [
        { href: PATHS.matrix, label: ctx.ui('goToMatrix') },
        { href: PATHS.glance, label: ctx.ui('glanceLink') },
        { href: PATHS.compare, label: ctx.ui('goToCompare') },
        { href: PATHS.figures, label: ctx.ui('goToFigures') },
        { href: PATHS.sources, label: ctx.ui('goToSources') },
      ],
      readers: [ctx.ui('forPoliticians'), ctx.ui('forJournalists'), ctx.ui('forStudents')],
      comparisons: comparisonVMs(ctx),
      labels: ctx.labels(KEYS),
    },
  ];
}
