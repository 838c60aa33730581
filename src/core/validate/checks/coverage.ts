import type { Check } from '../context';

/** Every city has a position on every theme; "not mentioned" is said, never left as a hole; other statuses cite a source. */
export const coverageCheck: Check = {
  name: 'coverage',
  description: 'every city × theme has a position; only not-mentioned may go without a source',
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
      for (const [themeId, pos] of Object.entries(rec.data.positions)) {
        const hasSources = (pos.sources?.length ?? 0) > 0;
        if (pos.status === 'not-mentioned' && hasSources) {
          ctx.report(rec, ['positions', themeId, 'sources'], 'status not-mentioned means the sources are silent, so it takes no "sources": remove them, or choose the status the source supports');
        }
        if (pos.status !== 'not-mentioned' && !hasSources) {
          ctx.report(rec, ['positions', themeId], `status "${pos.status}" needs at least one source: add "sources", or use not-mentioned if the sources are silent`, { kind: 'parent' });
        }
      }
      rec.data.figures.forEach((f, i) => {
        if (f.scope !== 'city') ctx.report(rec, ['figures', i, 'scope'], 'a city file holds the city\'s own figures (scope: city); national figures go in data/national.yml');
      });
    }
    if (ctx.national) {
      ctx.national.data.figures.forEach((f, i) => {
        if (f.scope !== 'national') ctx.report(ctx.national!, ['figures', i, 'scope'], 'data/national.yml holds national figures (scope: national); city figures go in the city\'s file');
      });
    }
  },
};
