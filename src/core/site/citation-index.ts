import { formatLocator } from '../format';
import { ANCHOR, cityPath, entryHref, glossaryPath, PATHS, themePath, withAnchor } from '../paths';
import type { UiKey } from '../i18n';
import type { SiteContext } from './context';

/** One place in the data that cites a source. */
export interface CiteUseVM {
  kind: string;
  label: string;
  href: string;
  locator: string;
}

/** Every place in the data that cites each source: the way back from a source to the claims. */
export function citationIndex(ctx: SiteContext): Map<string, CiteUseVM[]> {
  const uses = new Map<string, CiteUseVM[]>();
  const add = (list: readonly { source: string; locator: string }[] | undefined, kind: UiKey, label: string, href: string) => {
    for (const c of list ?? []) {
      const arr = uses.get(c.source) ?? [];
      arr.push({ kind: ctx.ui(kind), label, href, locator: formatLocator(c.locator, ctx.locale) });
      uses.set(c.source, arr);
    }
  };
  for (const c of ctx.ds.cities) {
    const cn = ctx.text(c.name);
    const at = (anchor: string) => withAnchor(cityPath(c.id), anchor);
    add(c.governance.sources, 'usedInGovernance', cn, at(ANCHOR.governance));
    for (const p of c.plans) {
      add(p.sources, 'usedInPlan', `${cn}: ${ctx.text(p.title)}`, at(p.id));
      for (const d of p.dates) add(d.sources, 'usedInPlanDate', `${cn}: ${ctx.text(p.title)}`, at(p.id));
    }
    for (const th of ctx.ds.themes) {
      c.positions[th.id]!.history.forEach((e, i) =>
        add(e.evidence, 'usedInPosition', `${cn}: ${ctx.text(th.name)} (${ctx.date(e.from)})`, entryHref(c.id, th.id, i)),
      );
    }
    for (const f of c.figures) add(f.sources, 'usedInFigure', `${cn}: ${ctx.text(f.label)}`, at(f.id));
    for (const s of c.statements) add(s.sources, 'usedInStatement', `${cn}: ${s.actor.name}`, at(s.id));
    for (const e of c.events) add(e.sources, 'usedInEvent', `${cn}: ${ctx.text(e.title)}`, at(e.id));
    for (const d of c.disagreements ?? []) for (const cl of d.claims) add(cl.sources, 'usedInDisagreement', `${cn}: ${ctx.text(d.topic)}`, at(d.id));
    for (const q of c.openQuestions ?? []) add(q.sources, 'usedInOpenQuestion', `${cn}: ${ctx.text(q.question)}`, at(q.id));
  }
  const nat = ctx.ui('national');
  const n = ctx.ds.national;
  for (const f of n.figures) add(f.sources, 'usedInFigure', `${nat}: ${ctx.text(f.label)}`, withAnchor(PATHS.figures, f.id));
  for (const e of n.events) add(e.sources, 'usedInEvent', `${nat}: ${ctx.text(e.title)}`, withAnchor(PATHS.timeline, e.id));
  for (const d of n.disagreements ?? []) {
    const th = d.themes?.[0];
    for (const cl of d.claims) add(cl.sources, 'usedInDisagreement', `${nat}: ${ctx.text(d.topic)}`, th ? withAnchor(themePath(th), d.id) : PATHS.figures);
  }
  for (const q of n.openQuestions ?? []) {
    const th = q.themes[0];
    add(q.sources, 'usedInOpenQuestion', `${nat}: ${ctx.text(q.question)}`, th ? withAnchor(themePath(th), q.id) : PATHS.timeline);
  }
  for (const cmp of n.comparisons ?? []) {
    const th = cmp.themes[0];
    add(cmp.sources, 'usedInComparison', ctx.text(cmp.text).slice(0, 80), th ? withAnchor(themePath(th), cmp.id) : PATHS.home);
  }
  for (const term of ctx.ds.glossary.terms) add(term.sources, 'usedInGlossary', ctx.text(term.term), glossaryPath(term.id));
  return uses;
}
