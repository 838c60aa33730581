import { byDateThenId } from '../../dates';
import { formatPeriod, formatValue } from '../../format';
import { cityPath, PATHS, themePath, withAnchor } from '../../paths';
import type { City, Disagreement, Figure, National, OpenQuestion, Plan, Statement, TimelineEvent } from '../../types.generated';
import { EVENT_KIND, PLAN_DATE_KIND, PLAN_STATUS, PLAN_TYPE } from '../../vocabulary';
import type { SiteContext } from '../context';
import type { ComparisonVM, DisagreementVM, EventVM, FigureVM, LinkVM, OpenQuestionVM, PlanVM, SeriesVM, StatementVM } from '../types';

/** Builders for the records several pages share: figures, series, statements, events, plans, disagreements, open questions. */

/** Where a city's (or, for null, the country's) record lives. */
const home = (city: City | null, anchor: string, nationalPath: string) => withAnchor(city ? cityPath(city.id) : nationalPath, anchor);

const scopeLabel = (ctx: SiteContext, city: City | null) => (city ? ctx.text(city.name) : ctx.ui('national'));

/** Figures revised later: an older value of the same series and period, reported before another. */
function revisedIds(figures: readonly Figure[]): Set<string> {
  const out = new Set<string>();
  for (const f of figures) {
    if (!f.series) continue;
    const later = figures.some(
      (g) => g !== f && g.series === f.series && g.period.from === f.period.from && g.period.to === f.period.to && (g.reported ?? '') > (f.reported ?? ''),
    );
    if (later) out.add(f.id);
  }
  return out;
}

export function figureVMs(ctx: SiteContext, figures: readonly Figure[], city: City | null): FigureVM[] {
  const revised = revisedIds(figures);
  return figures.map((f) => ({
    id: f.id,
    anchor: f.id,
    href: home(city, f.id, PATHS.figures),
    cityId: city?.id ?? null,
    scopeLabel: scopeLabel(ctx, city),
    label: ctx.inline(f.label),
    value: formatValue(f, ctx.locale),
    rawValue: f.value,
    period: formatPeriod(f.period, ctx.locale),
    asOf: f.asOf ? ctx.date(f.asOf) : null,
    reported: f.reported ? ctx.date(f.reported) : null,
    revised: revised.has(f.id),
    derivationHtml: ctx.inlineOrNull(f.derivation),
    noteHtml: ctx.inlineOrNull(f.note),
    citations: ctx.citations(f.sources),
  }));
}

/**
 * Figures charted by year, one series per series id. A year with several
 * values (revisions) shows the most recently reported one, marked revised; a
 * year between the first and last without a value is a gap (value null).
 */
export function seriesOf(ctx: SiteContext, all: { f: Figure; c: City | null }[]): SeriesVM[] {
  const ids = [...new Set(all.map((x) => x.f.series).filter((s): s is string => !!s))].sort();
  return ids
    .map((id) => {
      const members = all.filter((x) => x.f.series === id);
      const byYear = new Map<string, { f: Figure; revised: boolean }>();
      for (const m of members) {
        const y = m.f.period.from.slice(0, 4);
        const prev = byYear.get(y);
        if (!prev) byYear.set(y, { f: m.f, revised: false });
        else byYear.set(y, { f: (m.f.reported ?? '') > (prev.f.reported ?? '') ? m.f : prev.f, revised: true });
      }
      const years = [...byYear.keys()].sort();
      const first = Number(years[0]);
      const last = Number(years[years.length - 1]);
      const points: SeriesVM['points'] = [];
      for (let y = first; y <= last; y++) {
        const hit = byYear.get(String(y));
        points.push(
          hit
            ? {
                year: String(y),
                value: hit.f.value,
                valueText: formatValue(hit.f, ctx.locale),
                derived: !!hit.f.derivation,
                revised: hit.revised,
                figureId: hit.f.id,
              }
            : { year: String(y), value: null, valueText: ctx.ui('noFigureForYear'), derived: false, revised: false, figureId: null },
        );
      }
      const head = members[0]!;
      const citations = members.flatMap((m) => m.f.sources).filter((c, i, arr) => arr.findIndex((x) => x.source === c.source && x.locator === c.locator) === i);
      return {
        id,
        title: `${ctx.text(head.f.label)} (${first}–${last})`,
        unit: formatValue({ value: 2, unit: head.f.unit }, ctx.locale).replace(/^2\s?/, ''),
        scopeLabel: scopeLabel(ctx, head.c),
        points,
        citations: ctx.citations(citations),
      };
    })
    .filter((s) => s.points.filter((p) => p.value !== null).length >= 2);
}

export function themeLinks(ctx: SiteContext, ids: readonly string[] | undefined): LinkVM[] {
  return (ids ?? []).map((id) => ({ href: themePath(id), label: ctx.themeName(id) }));
}

export function statementVM(ctx: SiteContext, s: Statement, city: City): StatementVM {
  return {
    id: s.id,
    anchor: s.id,
    href: home(city, s.id, PATHS.cities),
    cityId: city.id,
    actor: s.actor.name,
    actorNote: ctx.inlineOrNull(s.actor.nameNote),
    role: [ctx.text(s.actor.role), s.actor.organisation && s.actor.kind === 'person' ? s.actor.organisation : null].filter(Boolean).join(', '),
    party: s.actor.party ?? null,
    basis: ctx.text(ctx.ds.codebook.bases[s.basis].label),
    ...ctx.dated(s),
    summaryHtml: ctx.inline(s.summary),
    themes: themeLinks(ctx, s.themes),
    citations: ctx.citations(s.sources),
  };
}

export function eventVM(ctx: SiteContext, e: TimelineEvent, city: City | null): EventVM {
  const plan = city && e.plan ? city.plans.find((p) => p.id === e.plan) : undefined;
  return {
    id: e.id,
    anchor: e.id,
    href: home(city, e.id, PATHS.timeline),
    scope: scopeLabel(ctx, city),
    kind: e.kind ? ctx.text(EVENT_KIND[e.kind]) : null,
    ...ctx.dated(e),
    titleHtml: ctx.inline(e.title),
    detailsHtml: ctx.block(e.details),
    plan: plan && city ? { href: withAnchor(cityPath(city.id), plan.id), label: ctx.text(plan.title) } : null,
    citations: ctx.citations(e.sources),
  };
}

/** Dated records sorted by date (unknown last), then id. */
export const sortByDate = <T extends { dateIso: string; id: string }>(items: T[]): T[] => items.sort(byDateThenId<T>((x) => x.dateIso));

export function planVM(ctx: SiteContext, p: Plan, city: City): PlanVM {
  const link = (id: string | undefined): LinkVM | null => {
    const other = id ? city.plans.find((x) => x.id === id) : undefined;
    return other ? { href: withAnchor(cityPath(city.id), other.id), label: ctx.text(other.title) } : null;
  };
  const known = p.dates
    .map((d) => d.date)
    .filter((d) => d !== 'unknown')
    .sort();
  return {
    id: p.id,
    anchor: p.id,
    href: withAnchor(cityPath(city.id), p.id),
    type: ctx.text(PLAN_TYPE[p.type]),
    title: ctx.text(p.title),
    descriptiveTitle: p.titleBasis === 'descriptive',
    status: ctx.text(PLAN_STATUS[p.status]),
    issuedBy: ctx.text(p.issuedBy),
    period: formatPeriod(p.period, ctx.locale),
    firstDate: known[0] ?? p.period.from,
    dates: p.dates.map((d) => ({ kind: ctx.text(PLAN_DATE_KIND[d.kind]), ...ctx.dated(d), citations: ctx.citations(d.sources) })),
    summaryHtml: ctx.inline(p.summary),
    detailsHtml: ctx.block(p.details),
    follows: link(p.follows),
    incorporatedInto: link(p.incorporatedInto),
    themes: themeLinks(ctx, p.themes),
    citations: ctx.citations(p.sources),
  };
}

/** A city's plans in order of their first date (unknown last). */
export const plansOf = (ctx: SiteContext, city: City): PlanVM[] => city.plans.map((p) => planVM(ctx, p, city)).sort(byDateThenId<PlanVM>((x) => x.firstDate));

export function disagreementVM(ctx: SiteContext, d: Disagreement): DisagreementVM {
  return {
    id: d.id,
    anchor: d.id,
    topic: ctx.text(d.topic),
    claims: d.claims.map((c) => ({ textHtml: ctx.inline(c.text), citations: ctx.citations(c.sources) })),
    noteHtml: ctx.inlineOrNull(d.note),
  };
}

export function openQuestionVM(ctx: SiteContext, q: OpenQuestion, city: City | null): OpenQuestionVM {
  return {
    id: q.id,
    anchor: q.id,
    scope: scopeLabel(ctx, city),
    questionHtml: ctx.inline(q.question),
    contextHtml: ctx.inlineOrNull(q.context),
    checked: ctx.date(q.checked),
    checkedIso: q.checked,
    themes: themeLinks(ctx, q.themes),
    citations: ctx.citations(q.sources),
  };
}

/** The cross-city points of the national file (all of them, or those on one theme). */
export function comparisonVMs(ctx: SiteContext, themeId: string | null = null): ComparisonVM[] {
  const all: NonNullable<National['comparisons']> = ctx.ds.national.comparisons ?? [];
  return all
    .filter((c) => themeId === null || c.themes.includes(themeId))
    .map((c) => ({
      id: c.id,
      anchor: c.id,
      cities: c.cities.map((id) => ({ href: cityPath(id), label: ctx.cityName(id) })),
      textHtml: ctx.inline(c.text),
      derivationHtml: ctx.inlineOrNull(c.derivation),
      citations: ctx.citations(c.sources),
    }));
}
