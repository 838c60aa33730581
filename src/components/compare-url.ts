/**
 * The compare tool's selection in the URL: ?byer=oslo,bergen&tema=brukerrom.
 * A missing parameter means "all"; unknown ids are ignored; order follows the site's order.
 */
export interface Selection {
  cities: string[];
  themes: string[];
}

function pickList(value: string | null, all: readonly string[]): string[] {
  if (value === null) return [...all];
  const wanted = new Set(value.split(',').map((s) => s.trim()).filter(Boolean));
  return all.filter((id) => wanted.has(id));
}

export function parseSelection(search: string, allCities: readonly string[], allThemes: readonly string[]): Selection {
  const params = new URLSearchParams(search);
  return { cities: pickList(params.get('byer'), allCities), themes: pickList(params.get('tema'), allThemes) };
}

export function selectionQuery(sel: Selection, allCities: readonly string[], allThemes: readonly string[]): string {
  const parts: string[] = [];
  if (sel.cities.length !== allCities.length) parts.push(`byer=${sel.cities.join(',')}`);
  if (sel.themes.length !== allThemes.length) parts.push(`tema=${sel.themes.join(',')}`);
  return parts.length ? `?${parts.join('&')}` : '';
}
