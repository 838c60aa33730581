import { byDateThenId } from '../../dates';
import { ANCHOR, cityPath, embedPaths, themePath, withAnchor } from '../../paths';
import { GOVERNANCE_MODEL } from '../../vocabulary';
import type { SiteContext } from '../context';
import { BAR_CHART_KEYS, CELL_PAGE_KEYS, EMBED_KEYS, PLANS_KEYS, type Labels } from '../labels';
import { cellHistoryVM, cellNow, currentStatuses, statusCounts } from '../pieces/cells';
import { disagreementVM, eventVM, figureVMs, openQuestionVM, plansOf, seriesOf, sortByDate, statementVM } from '../pieces/records';
import type {
  CellHistoryVM,
  CellNowVM,
  CitationVM,
  DisagreementVM,
  EmbedVM,
  EventVM,
  FigureVM,
  LegendItemVM,
  OpenQuestionVM,
  PageMeta,
  PlanVM,
  SeriesVM,
  StatementVM,
  StatusCountVM,
} from '../types';

/** One page per city: governance, its position theme by theme with each cell's history, plans, timeline, figures, statements. */

export const KEYS = [
  ...CELL_PAGE_KEYS,
  ...BAR_CHART_KEYS,
  ...PLANS_KEYS,
  ...EMBED_KEYS,
  'governance',
  'municipalityNumber',
  'plans',
  'timeline',
  'positions',
  'figures',
  'statements',
  'statementsIntro',
  'themePageFor',
  'status',
  'details',
  'noFigures',
  'contents',
] as const;

export interface CityPositionVM extends CellNowVM {
  themeId: string;
  themeName: string;
  anchor: string;
  themeHref: string;
  history: CellHistoryVM;
}

export interface CityPageVM {
  meta: PageMeta;
  id: string;
  name: string;
  introHtml: string;
  municipalityNumber: string;
  governance: { model: string; descriptionHtml: string; citations: CitationVM[] };
  plans: PlanVM[];
  timeline: EventVM[];
  positions: CityPositionVM[];
  figures: FigureVM[];
  series: SeriesVM[];
  statements: StatementVM[];
  disagreements: DisagreementVM[];
  openQuestions: OpenQuestionVM[];
  counts: StatusCountVM[];
  /** the city's row as an embeddable view */
  embed: EmbedVM;
  legend: LegendItemVM[];
  labels: Labels<typeof KEYS>;
}

export function build(ctx: SiteContext): CityPageVM[] {
  return ctx.ds.cities.map((c) => {
    const name = ctx.text(c.name);
    return {
      meta: { ...ctx.meta(cityPath(c.id), name, ctx.text(c.intro), { kind: 'kindCity', city: name }), subject: { cityId: c.id } },
      id: c.id,
      name,
      introHtml: ctx.block(c.intro)!,
      municipalityNumber: c.municipalityNumber === 'unknown' ? ctx.ui('notGiven') : c.municipalityNumber,
      governance: {
        model: ctx.text(GOVERNANCE_MODEL[c.governance.model]),
        descriptionHtml: ctx.inline(c.governance.description),
        citations: ctx.citations(c.governance.sources),
      },
      plans: plansOf(ctx, c),
      timeline: sortByDate(c.events.map((e) => eventVM(ctx, e, c))),
      positions: ctx.ds.themes.map((th) => ({
        ...cellNow(ctx, c, th),
        themeId: th.id,
        themeName: ctx.text(th.name),
        anchor: ANCHOR.cityTheme(th.id),
        themeHref: withAnchor(themePath(th.id), ANCHOR.themeCity(c.id)),
        history: cellHistoryVM(ctx, c, th),
      })),
      figures: figureVMs(ctx, c.figures, c),
      series: seriesOf(
        ctx,
        c.figures.map((f) => ({ f, c })),
      ),
      statements: c.statements.map((s) => statementVM(ctx, s, c)).sort(byDateThenId((s) => s.dateIso)),
      disagreements: (c.disagreements ?? []).map((d) => disagreementVM(ctx, d)),
      openQuestions: (c.openQuestions ?? []).map((q) => openQuestionVM(ctx, q, c)),
      counts: statusCounts(ctx, currentStatuses(ctx, c)),
      embed: ctx.embed(embedPaths.city(c.id), name, 80 + 30 * ctx.ds.themes.length),
      legend: ctx.legend(),
      labels: ctx.labels(KEYS),
    };
  });
}
