import { currentEntry } from '../../history';
import { ANCHOR, cityPath, embedPaths, glossaryPath, themePath, withAnchor } from '../../paths';
import type { City, Theme } from '../../types.generated';
import { STATUS_ORDER } from '../../vocabulary';
import type { SiteContext } from '../context';
import { CELL_PAGE_KEYS, COMPARISONS_KEYS, EMBED_KEYS, type Labels } from '../labels';
import { cellHistoryVM, cellNow, cellOf } from '../pieces/cells';
import { comparisonVMs, disagreementVM, eventVM, figureVMs, openQuestionVM, sortByDate, statementVM } from '../pieces/records';
import type {
  CellHistoryVM,
  CellNowVM,
  ComparisonVM,
  DisagreementVM,
  EmbedVM,
  EventVM,
  FigureVM,
  LegendItemVM,
  LinkVM,
  OpenQuestionVM,
  PageMeta,
  StatementVM,
  StatusVM,
  TermLinkVM,
} from '../types';

/**
 * One page per theme. Up to citiesPerPage cities, each city gets a full section
 * (current status, its history with sources, figures and statements). Beyond
 * that – at national scale – the page is a compact table (status, year and
 * summary per city, linking to the city page), so it stays one page of bounded size.
 */

export const KEYS = [
  ...CELL_PAGE_KEYS,
  ...COMPARISONS_KEYS,
  ...EMBED_KEYS,
  'overviewLine',
  'relatedTerms',
  'figures',
  'statements',
  'timeline',
  'cityPageFor',
  'city',
  'status',
  'summary',
  'previous',
  'next',
  'allThemes',
] as const;

export interface ThemeCityVM extends CellNowVM {
  cityId: string;
  name: string;
  anchor: string;
  cityHref: string;
  /** null at national scale (the details are on the city page) */
  history: CellHistoryVM | null;
  figures: FigureVM[];
  statements: StatementVM[];
  /** the cell as an embeddable view */
  embed: EmbedVM | null;
}

export interface ThemePageVM {
  meta: PageMeta;
  id: string;
  name: string;
  compact: boolean;
  definitionHtml: string;
  terms: TermLinkVM[];
  overview: { status: StatusVM; cities: LinkVM[]; count: number }[];
  cities: ThemeCityVM[];
  events: EventVM[];
  disagreements: DisagreementVM[];
  openQuestions: OpenQuestionVM[];
  comparisons: ComparisonVM[];
  /** the theme's column as an embeddable view */
  embed: EmbedVM;
  prev: LinkVM | null;
  next: LinkVM | null;
  legend: LegendItemVM[];
  labels: Labels<typeof KEYS>;
}

const NAMES_IN_OVERVIEW = 20;

function eventsFor(ctx: SiteContext, themeId: string): EventVM[] {
  const out: EventVM[] = [];
  for (const c of ctx.ds.cities) for (const e of c.events) if (e.themes?.includes(themeId)) out.push(eventVM(ctx, e, c));
  for (const e of ctx.ds.national.events) if (e.themes?.includes(themeId)) out.push(eventVM(ctx, e, null));
  return sortByDate(out);
}

function citySection(ctx: SiteContext, c: City, th: Theme): ThemeCityVM {
  const full = !ctx.atScale;
  return {
    ...cellNow(ctx, c, th),
    cityId: c.id,
    name: ctx.text(c.name),
    anchor: ANCHOR.themeCity(c.id),
    cityHref: withAnchor(cityPath(c.id), ANCHOR.cityTheme(th.id)),
    history: full ? cellHistoryVM(ctx, c, th) : null,
    figures: full ? figureVMs(ctx, c.figures, c).filter((_, i) => c.figures[i]!.themes?.includes(th.id)) : [],
    statements: full ? c.statements.filter((s) => s.themes.includes(th.id)).map((s) => statementVM(ctx, s, c)) : [],
    embed: full ? ctx.embed(embedPaths.cell(c.id, th.id), `${ctx.text(c.name)}: ${ctx.text(th.name)}`, 190) : null,
  };
}

export function build(ctx: SiteContext): ThemePageVM[] {
  const { themes, cities: all } = ctx.ds;
  return themes.map((th, ti) => {
    const overview = STATUS_ORDER.map((s) => {
      const cities = all.filter((c) => currentEntry(cellOf(c, th)).status === s);
      return {
        status: ctx.status(s),
        count: cities.length,
        cities: cities.length <= NAMES_IN_OVERVIEW ? cities.map((c) => ({ href: `#${ANCHOR.themeCity(c.id)}`, label: ctx.text(c.name) })) : [],
      };
    }).filter((g) => g.count > 0);
    // at national scale the cities' own disagreements and open questions stay on their pages; the country's are shown here
    const local = ctx.atScale ? [] : all;
    const disagreements = [...local.flatMap((c) => c.disagreements ?? []), ...(ctx.ds.national.disagreements ?? [])].filter((d) => d.themes?.includes(th.id));
    const questions = [
      ...local.flatMap((c) => (c.openQuestions ?? []).filter((q) => q.themes.includes(th.id)).map((q) => openQuestionVM(ctx, q, c))),
      ...(ctx.ds.national.openQuestions ?? []).filter((q) => q.themes.includes(th.id)).map((q) => openQuestionVM(ctx, q, null)),
    ];
    const name = ctx.text(th.name);
    const neighbour = (t: Theme | undefined) => (t ? { href: themePath(t.id), label: ctx.text(t.name) } : null);
    return {
      meta: { ...ctx.meta(themePath(th.id), name, ctx.text(th.definition), { kind: 'kindTheme', theme: name }), subject: { themeId: th.id } },
      id: th.id,
      name,
      compact: ctx.atScale,
      definitionHtml: ctx.block(th.definition)!,
      terms: (th.terms ?? []).map((id) => ({ id, href: glossaryPath(id), label: ctx.text(ctx.ds.glossary.terms.find((x) => x.id === id)!.term) })),
      overview,
      cities: all.map((c) => citySection(ctx, c, th)),
      events: ctx.atScale ? [] : eventsFor(ctx, th.id),
      disagreements: disagreements.map((d) => disagreementVM(ctx, d)),
      openQuestions: questions,
      comparisons: comparisonVMs(ctx, th.id),
      embed: ctx.embed(embedPaths.theme(th.id), name, 80 + 34 * all.length),
      prev: neighbour(themes[ti - 1]),
      next: neighbour(themes[ti + 1]),
      legend: ctx.legend(),
      labels: ctx.labels(KEYS),
    };
  });
}
