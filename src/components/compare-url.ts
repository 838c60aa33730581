import { lastStartedBy } from '@site/src/core/history';

/**
 * The compare tool's selection in the URL, so a comparison can be shared:
 * cities with each other: ?byer=oslo,bergen&tema=brukerrom;
 * one city at two dates: ?by=oslo&fra=2019&til=2025 (with tema= as well).
 * A missing parameter means the default (all themes; all cities, or the first
 * page of them at national scale); unknown ids are ignored; order follows the site's order.
 */
export interface Selection {
  cities: string[];
  themes: string[];
  /** set in the one-city-over-time mode */
  time: { city: string; from: string; to: string } | null;
}

export interface Options {
  cities: readonly string[];
  themes: readonly string[];
  years: readonly string[];
  defaultCities?: readonly string[];
}

function pickList(value: string | null, all: readonly string[], fallback: readonly string[]): string[] {
  if (value === null) return [...fallback];
  const wanted = new Set(
    value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
  return all.filter((id) => wanted.has(id));
}

const pick = (value: string | null, all: readonly string[], fallback: string) => (value !== null && all.includes(value) ? value : fallback);

export function parseSelection(search: string, o: Options): Selection {
  const params = new URLSearchParams(search);
  const defaults = o.defaultCities ?? o.cities;
  const city = params.get('by');
  const time =
    city !== null && o.cities.includes(city) && o.years.length > 0
      ? { city, from: pick(params.get('fra'), o.years, o.years[0]!), to: pick(params.get('til'), o.years, o.years[o.years.length - 1]!) }
      : null;
  return { cities: pickList(params.get('byer'), o.cities, defaults), themes: pickList(params.get('tema'), o.themes, o.themes), time };
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function selectionQuery(sel: Selection, o: Options): string {
  const parts: string[] = [];
  if (sel.time) parts.push(`by=${sel.time.city}`, `fra=${sel.time.from}`, `til=${sel.time.to}`);
  else if (!same(sel.cities, o.defaultCities ?? o.cities)) parts.push(`byer=${sel.cities.join(',')}`);
  if (!same(sel.themes, o.themes)) parts.push(`tema=${sel.themes.join(',')}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** The status of a cell at the end of a year, from its steps ([status, year it took effect]); null where the history says nothing yet. */
export function statusAtEndOf<S extends string>(steps: readonly (readonly [S, string | null])[], year: string): readonly [S, string | null] | null {
  return lastStartedBy(steps, (s) => s[1], year);
}
