import { toCsv } from '../export';
import { toPlainText } from '../markdown';
import type { Dataset } from '../types.generated';

/**
 * The CSV files the data package adds to the downloads of export.ts, with the
 * same conventions (UTF-8 with BOM, CRLF, RFC 4180 quoting, fixed column and
 * row order): the cities and the themes, which the other tables refer to, and
 * the long-format source use of the cells, one row per piece of evidence.
 */

export const CITIES_HEADER = [
  'city_id',
  'order',
  'name_nb',
  'name_en',
  'municipality_number',
  'governance_model',
  'intro_nb',
  'intro_en',
  'data_date',
] as const;

/** One row per city, in table order. */
export function citiesCsv(ds: Dataset): string {
  const rows = ds.cities.map((c) => [
    c.id,
    c.order,
    c.name.nb,
    c.name.en,
    c.municipalityNumber,
    c.governance.model,
    toPlainText(c.intro.nb),
    toPlainText(c.intro.en),
    ds.meta.updated,
  ]);
  return toCsv(CITIES_HEADER, rows);
}

export const THEMES_HEADER = [
  'theme_id',
  'order',
  'name_nb',
  'name_en',
  'short_name_nb',
  'short_name_en',
  'definition_nb',
  'definition_en',
  'terms',
  'data_date',
] as const;

/** One row per theme, in matrix order. */
export function themesCsv(ds: Dataset): string {
  const rows = ds.themes.map((th) => [
    th.id,
    th.order,
    th.name.nb,
    th.name.en,
    th.shortName.nb,
    th.shortName.en,
    toPlainText(th.definition.nb),
    toPlainText(th.definition.en),
    (th.terms ?? []).join(' '),
    ds.meta.updated,
  ]);
  return toCsv(THEMES_HEADER, rows);
}

export const SOURCE_USE_HEADER = ['city', 'theme', 'entry', 'item', 'source', 'locator', 'basis', 'who_nb', 'who_en', 'data_date'] as const;

/**
 * The sources of the cells in long format: one row per evidence item of a
 * cell entry (an entry can cite one source at two places, so the key is the
 * item number, not the source). city, theme and entry match
 * matrise-historikk.csv; source matches kilder.csv.
 */
export function sourceUseCsv(ds: Dataset): string {
  const rows = ds.cities.flatMap((c) =>
    ds.themes.flatMap((th) =>
      c.positions[th.id]!.history.flatMap((e, i) =>
        (e.evidence ?? []).map((x, j) => [c.id, th.id, i + 1, j + 1, x.source, x.locator, x.basis, x.who?.nb ?? '', x.who?.en ?? '', ds.meta.updated]),
      ),
    ),
  );
  return toCsv(SOURCE_USE_HEADER, rows);
}
