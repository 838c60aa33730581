import { downloads, PATHS, themePath } from '../../paths';
import type { City, Figure } from '../../types.generated';
import type { SiteContext } from '../context';
import { BAR_CHART_KEYS, FIGURE_TABLE_KEYS, SHELL_KEYS, type Labels } from '../labels';
import { figureVMs, seriesOf } from '../pieces/records';
import type { FigureVM, PageMeta, SeriesVM } from '../types';

/** Figures and their charts. At national scale the page keeps to national figures; each city page has its own. */

export const KEYS = [...SHELL_KEYS, ...FIGURE_TABLE_KEYS, ...BAR_CHART_KEYS, 'download'] as const;

export interface FiguresPageVM {
  meta: PageMeta;
  intro: string;
  csv: string;
  series: SeriesVM[];
  groups: { id: string; title: string; href: string | null; figures: FigureVM[] }[];
  labels: Labels<typeof KEYS>;
}

export function build(ctx: SiteContext): FiguresPageVM[] {
  const groupsOf: { figures: Figure[]; city: City | null }[] = [
    ...(ctx.atScale ? [] : ctx.ds.cities.map((c) => ({ figures: c.figures, city: c }))),
    { figures: ctx.ds.national.figures, city: null },
  ];
  const all = groupsOf.flatMap((g) => figureVMs(ctx, g.figures, g.city).map((vm, i) => ({ vm, f: g.figures[i]!, c: g.city })));
  const groups: FiguresPageVM['groups'] = ctx.ds.themes
    .map((th) => ({ id: th.id, title: ctx.text(th.name), href: themePath(th.id), figures: all.filter((x) => x.f.themes?.[0] === th.id).map((x) => x.vm) }))
    .filter((g) => g.figures.length > 0);
  const rest = all.filter((x) => !x.f.themes?.length);
  if (rest.length) groups.push({ id: 'andre', title: ctx.ui('otherFigures'), href: null, figures: rest.map((x) => x.vm) });
  const intro = ctx.atScale ? `${ctx.ui('figuresIntro')} ${ctx.ui('figuresAtScale')}` : ctx.ui('figuresIntro');
  return [
    {
      meta: ctx.meta(PATHS.figures, ctx.ui('figuresTitle'), intro),
      intro,
      csv: downloads.figuresCsv,
      series: seriesOf(
        ctx,
        all.map(({ f, c }) => ({ f, c })),
      ),
      groups,
      labels: ctx.labels(KEYS),
    },
  ];
}
