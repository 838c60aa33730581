import type { Actor, Basis, City } from '../../types.generated';
import type { Check, CheckContext, Rec } from '../context';
import { ENFORCED_RULES, RULE, ruleMessage } from '../rules';

/** The bases a statement's actor can speak with (rule statement-basis). */
const ACTOR_BASES: Record<Actor['kind'], readonly Basis[]> = {
  person: ['office-holder', 'city-government', 'administration'],
  party: ['party'],
  organisation: ['organisation'],
  'public-body': ['public-body', 'administration', 'city-government', 'council-decision'],
};

const list = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`);

/**
 * The machine-checkable part of the codebook (data/codebook.yml): every status
 * rests on evidence with a basis the codebook permits for it, one person's,
 * party's or organisation's word says whose it is, silence takes no source, a
 * statement's basis fits its actor; and the codebook itself lists exactly the
 * rules the validator enforces, with examples that exist.
 */
export const codebookCheck: Check = {
  name: 'codebook',
  description: 'statuses rest on evidence with a permitted basis; views say whose they are; the codebook is complete',
  run(ctx) {
    const cb = ctx.codebook;
    if (!cb) return;
    for (const rec of ctx.cities) {
      checkCells(ctx, rec);
      checkStatements(ctx, rec);
    }
    const listed = new Map(cb.data.rules.map((r, i) => [r.id, { rule: r, i }]));
    for (const id of ENFORCED_RULES) {
      const r = listed.get(id);
      if (!r)
        ctx.report(cb, ['rules'], `the validator enforces rule "${id}", but the codebook does not describe it; add it with enforcedBy: validator`, {
          kind: 'parent',
        });
      else if (r.rule.enforcedBy !== 'validator')
        ctx.report(cb, ['rules', r.i], `rule "${id}" is enforced by the validator; mark it enforcedBy: validator`, { kind: 'parent' });
    }
    cb.data.rules.forEach((r, i) => {
      if (r.enforcedBy === 'validator' && !(ENFORCED_RULES as readonly string[]).includes(r.id)) {
        ctx.report(cb, ['rules', i, 'enforcedBy'], `no validator rule is called "${r.id}"; remove enforcedBy, or use one of: ${ENFORCED_RULES.join(', ')}`);
      }
    });
    const cities = new Map(ctx.cities.map((c) => [c.data.id, c.data]));
    for (const [status, rule] of Object.entries(cb.data.statuses)) {
      rule.examples.forEach((ex, i) => {
        const path = ['statuses', status, 'examples', i];
        const city = cities.get(ex.city);
        // a city whose file fails its schema is reported there; its cells cannot be looked at
        if (!city)
          return ctx.known.cities.has(ex.city)
            ? undefined
            : ctx.report(cb, [...path, 'city'], `unknown city "${ex.city}"; cities are the files in data/cities/`);
        const cell = city.positions[ex.theme];
        // a missing cell is reported by the coverage check
        if (!cell)
          return ctx.known.themes.has(ex.theme)
            ? undefined
            : ctx.report(cb, [...path, 'theme'], `unknown theme "${ex.theme}"; themes are the files in data/themes/`);
        if (!cell.history.some((e) => e.status === status)) {
          ctx.report(cb, path, `the example ${ex.city} × ${ex.theme} never has the status "${status}"; choose a cell that has or had it`, { kind: 'parent' });
        }
      });
    }
  },
};

function checkCells(ctx: CheckContext, rec: Rec<City>) {
  const cb = ctx.codebook!.data;
  for (const [themeId, cell] of Object.entries(rec.data.positions)) {
    cell.history.forEach((e, i) => {
      const at = ['positions', themeId, 'history', i];
      const permitted = cb.statuses[e.status].bases;
      const evidence = e.evidence ?? [];
      if (permitted.length === 0) {
        if (evidence.length > 0) {
          ctx.report(
            rec,
            [...at, 'evidence'],
            ruleMessage(
              RULE.silence,
              `status "${e.status}" means the sources are silent, so it takes no evidence: remove it, or choose the status the source supports`,
            ),
          );
        }
      } else if (!evidence.some((ev) => permitted.includes(ev.basis))) {
        const has = evidence.length ? `this entry's evidence has basis ${list([...new Set(evidence.map((ev) => ev.basis))])}` : 'this entry has no evidence';
        ctx.report(
          rec,
          evidence.length ? [...at, 'evidence'] : at,
          ruleMessage(RULE.statusBasis, `status "${e.status}" needs evidence with basis ${list(permitted)}; ${has}`),
          evidence.length ? { kind: 'value' } : { kind: 'parent' },
        );
      }
      evidence.forEach((ev, j) => {
        if (cb.bases[ev.basis].needsWho && !ev.who) {
          ctx.report(
            rec,
            [...at, 'evidence', j],
            ruleMessage(RULE.whoNamed, `evidence with basis "${ev.basis}" must say whose word it is: add who: {nb: …, en: …}`),
          );
        }
      });
    });
  }
}

function checkStatements(ctx: CheckContext, rec: Rec<City>) {
  rec.data.statements.forEach((s, i) => {
    const allowed = ACTOR_BASES[s.actor.kind];
    if (!allowed.includes(s.basis)) {
      ctx.report(rec, ['statements', i, 'basis'], ruleMessage(RULE.statementBasis, `a ${s.actor.kind} speaks with basis ${list(allowed)}, not "${s.basis}"`));
    }
  });
}
