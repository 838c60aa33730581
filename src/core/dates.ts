/**
 * Partial dates ("2018", "2018-11", "2018-11-21" or "unknown"): the one place
 * where they are checked, compared and sorted. Shared by the validator, the
 * page builders and the exports.
 */

/** Is a partial date a real calendar date (years 1900–2100)? "unknown" counts as real. */
export function isRealDate(d: string): boolean {
  if (d === 'unknown') return true;
  const [y, m, day] = d.split('-').map(Number) as [number, number?, number?];
  if (y < 1900 || y > 2100) return false;
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const dt = new Date(Date.UTC(y, m - 1, day));
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === day;
}

/**
 * Orders two partial dates; a less precise date that is a prefix of the other
 * ("2018" vs "2018-11") counts as equal. Unknown dates are never out of order.
 */
export function compareDates(a: string, b: string): number {
  if (a === 'unknown' || b === 'unknown') return 0;
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n) ? -1 : a.slice(0, n) > b.slice(0, n) ? 1 : 0;
}

/** The newest known date of a list, or undefined. */
export function newestDate(dates: Iterable<string>): string | undefined {
  let best: string | undefined;
  for (const d of dates) {
    if (d === 'unknown') continue;
    if (best === undefined || d > best) best = d;
  }
  return best;
}

/** The sort key of a partial date: known dates in calendar order, "unknown" after every known date. */
export const dateSortKey = (d: string): string => (d === 'unknown' ? '9999' : d);

/** Sorts by date (unknown last), then by id; stable and deterministic. */
export function byDateThenId<T extends { id: string }>(date: (x: T) => string) {
  return (a: T, b: T): number => {
    const da = dateSortKey(date(a));
    const db = dateSortKey(date(b));
    return da < db ? -1 : da > db ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

/** The year of a partial date, or null when it is unknown. */
export const yearOf = (d: string): string | null => (d === 'unknown' ? null : d.slice(0, 4));
