import type { Check } from '../context';

/** Every city has a cell on every theme ("not mentioned" is said, never left as a hole); figures sit in the file of their scope. */
export const coverageCheck: Check = {
  name: 'coverage',
  description: 'every city × theme has a cell; figures are filed by scope',
  run(ctx) {
    const themeIds = ctx.themes.map((t) => t.data.id).sort();
    for (const rec of ctx.cities) {
      const missing = themeIds.filter((t) => !(t in rec.data.positions));
      if (missing.length > 0) {
        ctx.report(
          rec,
          ['positions'],
          `no position for ${missing.length === 1 ? 'theme' : 'themes'} ${missing.map((m) => `"${m}"`).join(', ')}: add ${missing.length === 1 ? 'it' : 'them'}; use status: not-mentioned where the sources are silent`,
          { kind: 'parent' },
        );
      }
      rec.data.figures.forEach((f, i) => {
        if (f.scope === 'national')
          ctx.report(
            rec,
            ['figures', i, 'scope'],
            "a city file holds the city's and its county's figures (scope: city or county); national figures go in data/national.yml",
          );
      });
    }
    if (ctx.national) {
      ctx.national.data.figures.forEach((f, i) => {
        if (f.scope !== 'national')
          ctx.report(ctx.national!, ['figures', i, 'scope'], "data/national.yml holds national figures (scope: national); city figures go in the city's file");
      });
    }
  },
};
