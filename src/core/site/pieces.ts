import { t } from '../i18n';
import { formatPeriod, formatValue } from '../format';
import type { City, Disagreement, Figure, Plan, Statement, TimelineEvent } from '../types.generated';
import { ACTOR_KIND, PLAN_DATE_KIND, PLAN_STATUS, PLAN_TYPE } from '../vocabulary';
import type { SiteContext } from './context';
import { cityPath, PATHS, themePath } from './paths';
import type { DisagreementVM, EventVM, FigureVM, LinkVM, PlanVM, StatementVM } from './types';

/** Builders for the pieces that several pages share: figures, statements, events, plans, disagreements. */

export function figureVM(ctx: SiteContext, f: Figure, city: City | null): FigureVM {
  return {
    id: f.id,
    anchor: f.id,
    href: city ? `${cityPath(city.id)}#${f.id}` : `${PATHS.figures}#${f.id}`,
    cityId: city?.id ?? null,
    scopeLabel: city ? ctx.text(city.name) : t(ctx.locale, 'national'),
    label: ctx.inline(f.label),
    value: formatValue(f, ctx.locale),
    rawValue: f.value,
    period: formatPeriod(f.period, ctx.locale),
    asOf: f.asOf ? ctx.date(f.asOf) : null,
    derivationHtml: f.derivation ? ctx.inline(f.derivation) : null,
    noteHtml: f.note ? ctx.inline(f.note) : null,
    citations: ctx.citations(f.sources),
  };
}

export function themeLinks(ctx: SiteContext, ids: readonly string[] | undefined): LinkVM[] {
  return (ids ?? []).map((id) => ({ href: themePath(id), label: ctx.themeName(id) }));
}

export function statementVM(ctx: SiteContext, s: Statement, city: City): StatementVM {
  const party = s.actor.party ?? null;
  return {
    id: s.id,
    anchor: s.id,
    href: `${cityPath(city.id)}#${s.id}`,
    cityId: city.id,
    actor: s.actor.name,
    actorNote: s.actor.nameNote ? ctx.inline(s.actor.nameNote) : null,
    role: [ctx.text(s.actor.role), s.actor.organisation && s.actor.kind === 'person' ? s.actor.organisation : null]
      .filter(Boolean)
      .join(', ') || ACTOR_KIND[s.actor.kind][ctx.locale],
    party,
    ...dateParts(ctx, s),
    summaryHtml: ctx.inline(s.summary),
    themes: themeLinks(ctx, s.themes),
    citations: ctx.citations(s.sources),
  };
}

/** A date as shown: formatted, ISO for <time>, and whether (and how) it was inferred. */
function dateParts(ctx: SiteContext, d: { date: string; dateBasis: string; dateNote?: { nb: string; en: string } }) {
  return {
    date: ctx.date(d.date),
    dateIso: d.date,
    inferred: d.dateBasis === 'inferred',
    dateNote: d.dateNote ? ctx.inline(d.dateNote) : null,
  };
}

export function eventVM(ctx: SiteContext, e: TimelineEvent, city: City | null): EventVM {
  const plan = city && e.plan ? city.plans.find((p) => p.id === e.plan) : undefined;
  return {
    id: e.id,
    anchor: e.id,
    href: city ? `${cityPath(city.id)}#${e.id}` : `${PATHS.timeline}#${e.id}`,
    scope: city ? ctx.text(city.name) : t(ctx.locale, 'national'),
    ...dateParts(ctx, e),
    titleHtml: ctx.inline(e.title),
    detailsHtml: ctx.block(e.details),
    plan: plan && city ? { href: `${cityPath(city.id)}#${plan.id}`, label: ctx.text(plan.title) } : null,
    citations: ctx.citations(e.sources),
  };
}

/** Events sorted by date (unknown last), then id; stable and deterministic. */
export function sortEvents<T extends { dateIso: string; id: string }>(events: T[]): T[] {
  return events.sort((a, b) => {
    const da = a.dateIso === 'unknown' ? '9999' : a.dateIso;
    const db = b.dateIso === 'unknown' ? '9999' : b.dateIso;
    return da < db ? -1 : da > db ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

export function planVM(ctx: SiteContext, p: Plan, city: City): PlanVM {
  const link = (id: string | undefined): LinkVM | null => {
    const other = id ? city.plans.find((x) => x.id === id) : undefined;
    return other ? { href: `${cityPath(city.id)}#${other.id}`, label: ctx.text(other.title) } : null;
  };
  const known = p.dates.map((d) => d.date).filter((d) => d !== 'unknown').sort();
  const firstDate = known[0] ?? (p.period.from !== 'unknown' ? p.period.from : 'unknown');
  return {
    id: p.id,
    anchor: p.id,
    href: `${cityPath(city.id)}#${p.id}`,
    type: PLAN_TYPE[p.type][ctx.locale],
    title: ctx.text(p.title),
    descriptiveTitle: p.titleBasis === 'descriptive',
    status: PLAN_STATUS[p.status][ctx.locale],
    issuedBy: ctx.text(p.issuedBy),
    period: formatPeriod(p.period, ctx.locale),
    firstDate,
    dates: p.dates.map((d) => ({
      kind: PLAN_DATE_KIND[d.kind][ctx.locale],
      ...dateParts(ctx, d),
      citations: ctx.citations(d.sources),
    })),
    summaryHtml: ctx.inline(p.summary),
    detailsHtml: ctx.block(p.details),
    follows: link(p.follows),
    incorporatedInto: link(p.incorporatedInto),
    themes: themeLinks(ctx, p.themes),
    citations: ctx.citations(p.sources),
  };
}

export function disagreementVM(ctx: SiteContext, d: Disagreement): DisagreementVM {
  return {
    id: d.id,
    anchor: d.id,
    topic: ctx.text(d.topic),
    claims: d.claims.map((c) => ({ textHtml: ctx.inline(c.text), citations: ctx.citations(c.sources) })),
    noteHtml: d.note ? ctx.inline(d.note) : null,
  };
}
