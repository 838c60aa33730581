import type { Check } from '../context';
import { RULE, ruleMessage } from '../rules';

/**
 * Each cell's history runs forwards: entries oldest first with strictly later
 * dates, no two on one date, an end ("to") between its start and the next
 * entry, none on the current entry, and a "checked" date that is neither in
 * the future nor older than the newest entry.
 */
export const historyCheck: Check = {
  name: 'history',
  description: 'cell histories are in date order, without shared dates or reversed ends, and checked after their newest entry',
  run(ctx) {
    const dataDate = ctx.meta?.data.updated;
    for (const rec of ctx.cities) {
      for (const [themeId, cell] of Object.entries(rec.data.positions)) {
        const at = (...rest: (string | number)[]) => ['positions', themeId, ...rest];
        const h = cell.history;
        h.forEach((e, i) => {
          if (i > 0 && e.from === 'unknown') {
            ctx.report(
              rec,
              at('history', i, 'from'),
              ruleMessage(RULE.historyOrder, 'only the first entry may have an unknown date; give this entry its date (or "inferred" with a dateNote)'),
            );
          }
          const prev = h[i - 1];
          if (prev && e.from !== 'unknown' && prev.from !== 'unknown') {
            if (e.from === prev.from) {
              ctx.report(
                rec,
                at('history', i, 'from'),
                ruleMessage(RULE.historyDistinctDates, `entry ${i + 1} has the same date (${e.from}) as the entry before; describe both in one entry`),
              );
            } else if (e.from < prev.from) {
              ctx.report(
                rec,
                at('history', i, 'from'),
                ruleMessage(RULE.historyOrder, `entry ${i + 1} (${e.from}) is dated before the entry above it (${prev.from}); list entries oldest first`),
              );
            }
          }
          if (e.to !== undefined) {
            if (i === h.length - 1) {
              ctx.report(
                rec,
                at('history', i, 'to'),
                ruleMessage(RULE.toAfterFrom, 'the newest entry is the current status and has no end date; add a new entry for what followed'),
              );
            }
            if (e.to !== 'unknown' && e.from !== 'unknown' && e.to < e.from) {
              ctx.report(rec, at('history', i, 'to'), ruleMessage(RULE.toAfterFrom, `the entry ends (${e.to}) before it starts (${e.from})`));
            }
            const next = h[i + 1];
            if (next && e.to !== 'unknown' && next.from !== 'unknown' && e.to > next.from) {
              ctx.report(rec, at('history', i, 'to'), ruleMessage(RULE.toAfterFrom, `the entry ends (${e.to}) after the next entry starts (${next.from})`));
            }
          }
        });
        const newest = [...h].reverse().find((e) => e.from !== 'unknown')?.from;
        if (cell.checked > ctx.today) {
          ctx.report(rec, at('checked'), ruleMessage(RULE.checkedDate, `"checked" (${cell.checked}) is in the future; write the day the cell was checked`));
        } else if (dataDate && cell.checked > dataDate) {
          ctx.report(
            rec,
            at('checked'),
            ruleMessage(
              RULE.checkedDate,
              `"checked" (${cell.checked}) is after the data date in data/meta.yml (${dataDate}); update meta.yml or correct the date`,
            ),
          );
        }
        if (newest && cell.checked < newest) {
          ctx.report(
            rec,
            at('checked'),
            ruleMessage(RULE.checkedDate, `"checked" (${cell.checked}) is before the newest entry (${newest}); a cell is checked after its newest evidence`),
          );
        }
      }
    }
  },
};
