import type { Check, Rec } from '../context';
import { locate, type PathSegment } from '../yaml-file';

const LISTS = ['plans', 'figures', 'statements', 'events', 'disagreements', 'openQuestions'] as const;

/** File names match ids; ids of plans, figures, statements, events and disagreements are unique site-wide (they are anchors) and start with their file's id. */
export const idsCheck: Check = {
  name: 'ids',
  description: 'ids match file names, are unique and carry their city prefix',
  run(ctx) {
    for (const rec of [...ctx.sources, ...ctx.themes, ...ctx.cities] as Rec<{ id: string }>[]) {
      const expected = rec.file
        .split('/')
        .pop()!
        .replace(/\.yml$/, '');
      if (rec.data.id !== expected) {
        ctx.report(rec, ['id'], `id "${rec.data.id}" does not match the file name; rename the file to ${rec.data.id}.yml or set id: ${expected}`);
      }
    }
    // where an id was first used; located (which needs the file's strict parse) only when it is used again
    const seen = new Map<string, { rec: Rec<unknown>; path: PathSegment[] }>();
    const at = ({ rec, path }: { rec: Rec<unknown>; path: PathSegment[] }) => {
      const { line, col } = locate(rec.parsed, path);
      return `${rec.file}:${line}:${col}`;
    };
    const claim = (rec: Rec<unknown>, path: PathSegment[], id: string) => {
      const first = seen.get(id);
      if (first) ctx.report(rec, path, `id "${id}" is already used at ${at(first)}; ids must be unique across all files`);
      else seen.set(id, { rec, path });
    };
    for (const city of ctx.cities) {
      for (const list of LISTS) {
        (city.data[list] ?? []).forEach((item, i) => {
          const path = [list, i, 'id'];
          if (!item.id.startsWith(`${city.data.id}-`)) {
            ctx.report(city, path, `id "${item.id}" must start with the city id: "${city.data.id}-…"`);
          }
          claim(city, path, item.id);
        });
      }
    }
    if (ctx.national) {
      const nat = ctx.national;
      for (const list of ['figures', 'events', 'disagreements', 'openQuestions', 'comparisons'] as const) {
        (nat.data[list] ?? []).forEach((item, i) => {
          const path = [list, i, 'id'];
          if (!item.id.startsWith('norge-')) ctx.report(nat, path, `id "${item.id}" must start with "norge-"`);
          claim(nat, path, item.id);
        });
      }
    }
    if (ctx.glossary) {
      const glossary = ctx.glossary;
      const terms = new Map<string, number>();
      glossary.data.terms.forEach((t, i) => {
        const before = terms.get(t.id);
        if (before !== undefined)
          ctx.report(glossary, ['terms', i, 'id'], `glossary id "${t.id}" is already used at ${at({ rec: glossary, path: ['terms', before, 'id'] })}`);
        else terms.set(t.id, i);
      });
    }
    for (const [list, label] of [
      [ctx.themes, 'theme'],
      [ctx.cities, 'city'],
    ] as const) {
      const orders = new Map<number, string>();
      for (const rec of list as Rec<{ id: string; order: number }>[]) {
        const other = orders.get(rec.data.order);
        if (other) ctx.report(rec, ['order'], `order ${rec.data.order} is already used by ${label} "${other}"; give each ${label} its own place`);
        else orders.set(rec.data.order, rec.data.id);
      }
    }
  },
};
