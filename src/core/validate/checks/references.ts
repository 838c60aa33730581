import type { City } from '../../types.generated';
import { CITING_KEYS, eachKey, type Check, type Rec } from '../context';
import { didYouMean } from '../suggest';

/** Every id that points elsewhere (source, theme, plan, glossary term) resolves, and every source is cited. */
export const referencesCheck: Check = {
  name: 'references',
  description: 'citations, theme, plan and glossary references resolve; every source is cited',
  run(ctx) {
    const { sources, themes, glossary } = ctx.known;
    const cited = new Set<string>();
    const citing: Rec<unknown>[] = [...ctx.cities, ...ctx.themes];
    if (ctx.national) citing.push(ctx.national);
    if (ctx.glossary) citing.push(ctx.glossary);

    for (const rec of citing) {
      for (const key of CITING_KEYS) {
        eachKey(rec.data, key, (list, path) => {
          (list as { source: string }[]).forEach((c, i) => {
            cited.add(c.source);
            if (!sources.has(c.source)) {
              ctx.report(rec, [...path, i, 'source'], `unknown source "${c.source}".${didYouMean(c.source, sources)} Sources are the files in data/sources/`);
            }
          });
        });
      }
      eachKey(rec.data, 'themes', (list, path) => {
        (list as string[]).forEach((t, i) => {
          if (!themes.has(t)) ctx.report(rec, [...path, i], `unknown theme "${t}".${didYouMean(t, themes)} Themes are the files in data/themes/`);
        });
      });
    }

    for (const rec of ctx.themes) {
      (rec.data.terms ?? []).forEach((t, i) => {
        if (!glossary.has(t)) ctx.report(rec, ['terms', i], `unknown glossary term "${t}".${didYouMean(t, glossary)} Terms are listed in data/glossary.yml`);
      });
    }

    for (const rec of ctx.cities) checkCity(ctx, rec, themes);

    for (const rec of ctx.sources) {
      if (!cited.has(rec.data.id) && !ctx.known.cited.has(rec.data.id)) {
        ctx.report(rec, ['id'], `source "${rec.data.id}" is never cited; cite it from a city, theme or national file, or remove it`);
      }
    }
  },
};

function checkCity(ctx: Parameters<Check['run']>[0], rec: Rec<City>, themes: Set<string>) {
  const city = rec.data;
  const plans = new Set(city.plans.map((p) => p.id));
  const planRef = (id: string, path: (string | number)[]) => {
    if (!plans.has(id)) ctx.report(rec, path, `unknown plan "${id}".${didYouMean(id, plans)} Plans are listed under "plans" in this file`);
  };
  for (const themeId of Object.keys(city.positions)) {
    if (!themes.has(themeId)) {
      ctx.report(rec, ['positions'], `position for unknown theme "${themeId}".${didYouMean(themeId, themes)} Themes are the files in data/themes/`, {
        kind: 'key',
        name: themeId,
      });
    }
    city.positions[themeId]!.history.forEach((e, j) => (e.plans ?? []).forEach((p, i) => planRef(p, ['positions', themeId, 'history', j, 'plans', i])));
  }
  city.events.forEach((e, i) => e.plan && planRef(e.plan, ['events', i, 'plan']));
  city.plans.forEach((p, i) => {
    if (p.follows) planRef(p.follows, ['plans', i, 'follows']);
    if (p.incorporatedInto) planRef(p.incorporatedInto, ['plans', i, 'incorporatedInto']);
    if (p.follows === p.id || p.incorporatedInto === p.id) ctx.report(rec, ['plans', i, 'id'], `plan "${p.id}" refers to itself`);
  });
}
