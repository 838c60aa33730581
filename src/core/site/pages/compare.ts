import { CITY_PLACEHOLDER, compareCellsPath, PATHS } from '../../paths';
import type { SiteContext } from '../context';
import { LEGEND_KEYS, MATRIX_TABLE_KEYS, SHELL_KEYS, type Labels } from '../labels';
import { cellOf, cellVM, columns, matrixRows } from '../pieces/cells';
import type { CellVM, ColumnVM, LegendItemVM, LinkVM, MatrixRowVM, PageMeta } from '../types';
import { yearLinks } from './matrix';

/**
 * The compare tool. With up to citiesPerPage cities the page holds the full
 * table (readable without JavaScript). Beyond that it holds the first page of
 * cities; the browser fetches the cells of any other city from a small JSON
 * file per city (see buildCells), so the page stays small. Each cell carries
 * its status steps ([status, year] from the first entry on), so the tool can
 * also compare one city with itself at two dates.
 */

export const KEYS = [
  ...SHELL_KEYS,
  ...LEGEND_KEYS,
  ...MATRIX_TABLE_KEYS,
  'compareCities',
  'compareThemes',
  'compareAll',
  'compareNone',
  'compareShare',
  'compareShowing',
  'compareEmpty',
  'compareMode',
  'compareModeCities',
  'compareModeTime',
  'compareCity',
  'compareFrom',
  'compareTo',
  'compareTimeCaption',
  'compareLoadFailed',
  'compareNoEntry',
  'byYear',
] as const;

/** A status step of a cell's history: [status, year it took effect] (year null where unknown). */
export type StatusStep = [CellVM['status'], string | null];

/** What the browser gets per city: each theme's cell (theme order) with its steps. */
export interface CompareCellVM extends CellVM {
  steps: StatusStep[];
}

export interface CompareVM {
  meta: PageMeta;
  intro: string;
  /** every city, for the choice */
  columns: ColumnVM[];
  /** every theme, with the cells of the cities in defaultCities */
  rows: (MatrixRowVM & { cells: CompareCellVM[] })[];
  /** true when rows hold every city's cells (the page works without JavaScript) */
  complete: boolean;
  defaultCities: string[];
  /** where the browser fetches another city's cells; CITY_PLACEHOLDER is replaced by its id */
  cellsPath: string;
  placeholder: string;
  /** the years one city can be compared across */
  years: string[];
  /** the static matrix of each year: the tool's no-JavaScript counterpart for comparisons over time */
  yearPages: LinkVM[];
  legend: LegendItemVM[];
  labels: Labels<typeof KEYS>;
}

function compareCell(ctx: SiteContext, cityId: string, themeId: string): CompareCellVM {
  const city = ctx.cities.get(cityId)!;
  const theme = ctx.themes.get(themeId)!;
  const cell = cellOf(city, theme);
  // one step per change of status (an entry that keeps the status does not move the year it took effect)
  const steps = cell.history
    .filter((e, i) => i === 0 || cell.history[i - 1]!.status !== e.status)
    .map((e): StatusStep => [e.status, e.from === 'unknown' ? null : e.from.slice(0, 4)]);
  return { ...cellVM(ctx, city, theme), steps };
}

export function build(ctx: SiteContext): CompareVM[] {
  const all = ctx.ds.cities;
  const shown = ctx.atScale ? all.slice(0, ctx.citiesPerPage) : all;
  const years = yearLinks(ctx);
  return [
    {
      meta: ctx.meta(PATHS.compare, ctx.ui('compareTitle'), ctx.ui('compareIntro'), null),
      intro: ctx.ui('compareIntro'),
      columns: columns(ctx, all),
      rows: matrixRows(ctx, shown).map((r) => ({ ...r, cells: r.cells.map((c) => compareCell(ctx, c.cityId, c.themeId)) })),
      complete: shown.length === all.length,
      defaultCities: shown.map((c) => c.id),
      cellsPath: compareCellsPath(CITY_PLACEHOLDER),
      placeholder: CITY_PLACEHOLDER,
      years: years.map((y) => y.label),
      yearPages: years,
      legend: ctx.legend(),
      labels: ctx.labels(KEYS),
    },
  ];
}

/** The compare tool's cells of each city (theme order), for the per-city JSON files. */
export function buildCells(ctx: SiteContext): { path: string; cells: CompareCellVM[] }[] {
  return ctx.ds.cities.map((c) => ({ path: compareCellsPath(c.id), cells: ctx.ds.themes.map((th) => compareCell(ctx, c.id, th.id)) }));
}
