/**
 * The compare tool's selection in the URL: ?byer=oslo,bergen&tema=brukerrom.
 * A missing parameter means the default (all themes; all cities, or the first
 * page of them at national scale); unknown ids are ignored; order follows the site's order.
 */
export interface Selection {
  cities: string[];
  themes: string[];
}

function pickList(value: string | null, all: readonly string[], fallback: readonly string[]): string[] {
  if (value === null) return [...fallback];
  const wanted = new Set(value.split(',').map((s) => s.trim()).filter(Boolean));
  return all.filter((id) => wanted.has(id));
}

export function parseSelection(search: string, allCities: readonly string[], allThemes: readonly string[], defaultCities: readonly string[] = allCities): Selection {
  const params = new URLSearchParams(search);
  return { cities: pickList(params.get('byer'), allCities, defaultCities), themes: pickList(params.get('tema'), allThemes, allThemes) };
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function selectionQuery(sel: Selection, defaultCities: readonly string[], allThemes: readonly string[]): string {
  const parts: string[] = [];
  if (!same(sel.cities, defaultCities)) parts.push(`byer=${sel.cities.join(',')}`);
  if (!same(sel.themes, allThemes)) parts.push(`tema=${sel.themes.join(',')}`);
  return parts.length ? `?${parts.join('&')}` : '';
}
