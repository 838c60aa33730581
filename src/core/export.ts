import { toPlainText } from './markdown';
import { currentEntry, entryEnd } from './history';
import type { Citation, Dataset, Evidence } from './types.generated';
import { downloads } from './paths';

/**
 * The open-data exports. Pure functions of the dataset, so two builds of the
 * same data give byte-identical files: no timestamps, fixed column and row order.
 */

export interface ExportFile {
  /** site path, e.g. /data/rusplaner.json */
  path: string;
  content: string;
}

/** One CSV field (RFC 4180): quoted when it holds a comma, quote, semicolon or line break. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",;\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV file: UTF-8 with a byte-order mark (so spreadsheets detect the encoding), CRLF line ends, header row. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  const lines = [header, ...rows].map((r) => r.map(csvField).join(','));
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

const cite = (list: readonly Citation[] | undefined) => (list ?? []).map((c) => `${c.source} (${c.locator})`).join('; ');

/** One row per city × theme: the current status and the date it holds from. */
export function matrixCsv(ds: Dataset): string {
  const header = [
    'city_id',
    'city',
    'theme_id',
    'theme_nb',
    'theme_en',
    'status',
    'status_nb',
    'status_en',
    'from',
    'checked',
    'summary_nb',
    'summary_en',
    'sources',
    'data_date',
  ];
  const label = (s: keyof Dataset['codebook']['statuses']) => ds.codebook.statuses[s].label;
  const rows = ds.cities.flatMap((c) =>
    ds.themes.map((th) => {
      const cell = c.positions[th.id]!;
      const p = currentEntry(cell);
      return [
        c.id,
        c.name.nb,
        th.id,
        th.name.nb,
        th.name.en,
        p.status,
        label(p.status).nb,
        label(p.status).en,
        p.from,
        cell.checked,
        toPlainText(p.summary.nb),
        toPlainText(p.summary.en),
        cite(p.evidence),
        ds.meta.updated,
      ];
    }),
  );
  return toCsv(header, rows);
}

const ids = (list: readonly Evidence[] | undefined) => [...new Set((list ?? []).map((e) => e.source))].join(';');
const bases = (list: readonly Evidence[] | undefined) => [...new Set((list ?? []).map((e) => e.basis))].join(';');

/**
 * One row per cell entry (the cells' history): city, theme, status, from, to
 * (empty for the current entry), basis and sources (ids joined by ";").
 */
export function historyCsv(ds: Dataset): string {
  const header = [
    'city',
    'theme',
    'entry',
    'status',
    'from',
    'to',
    'date_basis',
    'basis',
    'who_nb',
    'who_en',
    'sources',
    'summary_nb',
    'summary_en',
    'checked',
    'data_date',
  ];
  const rows = ds.cities.flatMap((c) =>
    ds.themes.flatMap((th) => {
      const cell = c.positions[th.id]!;
      return cell.history.map((e, i) => {
        const who = (e.evidence ?? []).filter((x) => x.who);
        return [
          c.id,
          th.id,
          i + 1,
          e.status,
          e.from,
          entryEnd(cell, i) ?? '',
          e.dateBasis,
          bases(e.evidence),
          who.map((x) => x.who!.nb).join('; '),
          who.map((x) => x.who!.en).join('; '),
          ids(e.evidence),
          toPlainText(e.summary.nb),
          toPlainText(e.summary.en),
          cell.checked,
          ds.meta.updated,
        ];
      });
    }),
  );
  return toCsv(header, rows);
}

export function figuresCsv(ds: Dataset): string {
  const header = [
    'figure_id',
    'scope',
    'city_id',
    'label_nb',
    'label_en',
    'value',
    'approximate',
    'unit',
    'period_from',
    'period_to',
    'as_of',
    'series',
    'themes',
    'derivation_nb',
    'derivation_en',
    'sources',
    'data_date',
  ];
  const all = [...ds.cities.flatMap((c) => c.figures.map((f) => ({ f, city: c.id }))), ...ds.national.figures.map((f) => ({ f, city: '' }))];
  const rows = all.map(({ f, city }) => [
    f.id,
    f.scope,
    city,
    toPlainText(f.label.nb),
    toPlainText(f.label.en),
    f.value,
    f.approximate ? 'true' : 'false',
    f.unit,
    f.period.from,
    f.period.to,
    f.asOf ?? '',
    f.series ?? '',
    (f.themes ?? []).join(' '),
    f.derivation ? toPlainText(f.derivation.nb) : '',
    f.derivation ? toPlainText(f.derivation.en) : '',
    cite(f.sources),
    ds.meta.updated,
  ]);
  return toCsv(header, rows);
}

export function sourcesCsv(ds: Dataset): string {
  const header = ['source_id', 'title', 'title_basis', 'kind', 'publisher', 'date', 'date_basis', 'url', 'file', 'description_nb', 'description_en'];
  const rows = ds.sources.map((s) => [
    s.id,
    s.title,
    s.titleBasis,
    s.kind,
    s.publisher,
    s.date,
    s.dateBasis,
    s.url,
    s.file ?? '',
    toPlainText(s.description.nb),
    toPlainText(s.description.en),
  ]);
  return toCsv(header, rows);
}

/** The validated data set as JSON; it validates against dataset.schema.json. */
export function datasetJson(ds: Dataset): string {
  return JSON.stringify(ds, null, 2) + '\n';
}

/** Every download, with the JSON Schemas themselves. */
export function buildExports(ds: Dataset, schemas: Record<string, object>): ExportFile[] {
  const files: ExportFile[] = [
    { path: downloads.json, content: datasetJson(ds) },
    { path: downloads.matrixCsv, content: matrixCsv(ds) },
    { path: downloads.historyCsv, content: historyCsv(ds) },
    { path: downloads.figuresCsv, content: figuresCsv(ds) },
    { path: downloads.sourcesCsv, content: sourcesCsv(ds) },
  ];
  for (const name of Object.keys(schemas).sort()) {
    files.push({ path: downloads.schemas(name), content: JSON.stringify(schemas[name], null, 2) + '\n' });
  }
  return files;
}
