import { compareDates, isRealDate, newestDate } from '../../dates';
import type { Check, Rec } from '../context';
import type { PathSegment } from '../yaml-file';

const DATE_KEYS = new Set(['date', 'from', 'to', 'asOf', 'reported', 'checked']);
const BEFORE_ADOPTION = new Set(['published', 'submitted', 'first-treated', 'hearing-deadline']);

/** Every date in every file, with its path. */
export function eachDate(node: unknown, fn: (date: string, path: PathSegment[]) => void, path: PathSegment[] = []): void {
  if (Array.isArray(node)) node.forEach((v, i) => eachDate(v, fn, [...path, i]));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (DATE_KEYS.has(k) && typeof v === 'string') fn(v, [...path, k]);
      else eachDate(v, fn, [...path, k]);
    }
  }
}

/** Dates are real, periods run forwards, a plan is not adopted before it was drafted, and how a date is known is said. */
export const datesCheck: Check = {
  name: 'dates',
  description: 'dates are real calendar dates, in order, with their basis stated',
  run(ctx) {
    const all: Rec<unknown>[] = [...ctx.cities, ...ctx.sources];
    if (ctx.national) all.push(ctx.national);
    const dates: string[] = [];
    for (const rec of all) {
      eachDate(rec.data, (d, path) => {
        dates.push(d);
        if (!isRealDate(d)) ctx.report(rec, path, `"${d}" is not a real date; check the month and day (years 1900–2100)`);
      });
      walkDated(rec.data, [], (obj, path) => {
        // events, plans and statements have a "date"; cell history entries a "from"
        const date = typeof obj.date === 'string' ? obj.date : obj.from;
        if (typeof date !== 'string' || typeof obj.dateBasis !== 'string') return;
        if ((date === 'unknown') !== (obj.dateBasis === 'unknown')) {
          ctx.report(
            rec,
            [...path, 'dateBasis'],
            date === 'unknown'
              ? 'the date is "unknown", so dateBasis must be "unknown" too'
              : `the date is "${date}", so dateBasis must be "stated" or "inferred", not "unknown"`,
          );
        }
        if (obj.dateBasis === 'inferred' && !obj.dateNote) {
          ctx.report(rec, path, 'an inferred date needs a "dateNote" saying how it was worked out', { kind: 'parent' });
        }
      });
      walkDated(rec.data, [], (obj, path) => {
        const p = obj.period as { from?: unknown; to?: unknown } | undefined;
        if (p && typeof p.from === 'string' && typeof p.to === 'string' && compareDates(p.from, p.to) > 0) {
          ctx.report(rec, [...path, 'period', 'to'], `the period ends (${p.to}) before it starts (${p.from})`);
        }
      });
    }
    for (const rec of ctx.cities) {
      rec.data.plans.forEach((plan, i) => {
        const adopted = plan.dates.findIndex((d) => d.kind === 'adopted');
        if (adopted < 0) return;
        plan.dates.forEach((d) => {
          if (BEFORE_ADOPTION.has(d.kind) && compareDates(d.date, plan.dates[adopted]!.date) > 0) {
            ctx.report(
              rec,
              ['plans', i, 'dates', adopted, 'date'],
              `the plan is adopted (${plan.dates[adopted]!.date}) before its "${d.kind}" date (${d.date})`,
            );
          }
        });
      });
    }
    if (ctx.meta) {
      const newest = newestDate(dates);
      if (newest && compareDates(newest, ctx.meta.data.updated) > 0) {
        ctx.report(
          ctx.meta,
          ['updated'],
          `"updated" (${ctx.meta.data.updated}) is older than a date in the data (${newest}); set it to the day of this revision`,
        );
      }
    }
  },
};

function walkDated(node: unknown, path: PathSegment[], fn: (obj: Record<string, unknown>, path: PathSegment[]) => void): void {
  if (Array.isArray(node)) node.forEach((v, i) => walkDated(v, [...path, i], fn));
  else if (node && typeof node === 'object') {
    fn(node as Record<string, unknown>, path);
    for (const [k, v] of Object.entries(node)) walkDated(v, [...path, k], fn);
  }
}
