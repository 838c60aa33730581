import { matrixPage, matrixYearPath } from '../../paths';
import type { SiteContext } from '../context';
import { LEGEND_KEYS, MATRIX_TABLE_KEYS, PAGER_KEYS, SHELL_KEYS, type Labels } from '../labels';
import { chunk, columns, matrixRows, pageLinks } from '../pieces/cells';
import type { ColumnVM, LegendItemVM, LinkVM, MatrixRowVM, PageMeta } from '../types';

/** The matrix: every theme × city with status, the year it took effect and a summary; split into pages of cities at scale. */

export const KEYS = [
  ...SHELL_KEYS,
  ...LEGEND_KEYS,
  ...PAGER_KEYS,
  ...MATRIX_TABLE_KEYS,
  'skipToTable',
  'goToCompare',
  'methodLink',
  'glanceLink',
  'byYear',
] as const;

export interface MatrixVM {
  meta: PageMeta;
  intro: string;
  columns: ColumnVM[];
  rows: MatrixRowVM[];
  legend: LegendItemVM[];
  page: number;
  pageCount: number;
  pages: LinkVM[];
  /** the matrix as it stood at the end of each year */
  years: LinkVM[];
  labels: Labels<typeof KEYS>;
}

/** Links to the static matrix of each year from 2016 to the data year. */
export const FIRST_YEAR = 2016;
export const dataYear = (ctx: SiteContext) => Number(ctx.ds.meta.updated.slice(0, 4));
export function yearLinks(ctx: SiteContext): LinkVM[] {
  const out: LinkVM[] = [];
  for (let y = FIRST_YEAR; y <= dataYear(ctx); y++) out.push({ href: matrixYearPath(y), label: String(y) });
  return out;
}

export function build(ctx: SiteContext): MatrixVM[] {
  const pages = chunk(ctx.ds.cities, ctx.citiesPerPage);
  const intro = ctx.ui('matrixIntro');
  return pages.map((cities, i) => {
    const page = i + 1;
    const title = pages.length > 1 ? `${ctx.ui('matrix')} – ${ctx.ui('pageOf', { page, pages: pages.length })}` : ctx.ui('matrix');
    return {
      meta: ctx.meta(matrixPage(page), title, intro, null),
      intro,
      columns: columns(ctx, cities),
      rows: matrixRows(ctx, cities),
      legend: ctx.legend(),
      page,
      pageCount: pages.length,
      pages: pageLinks(ctx, pages.length, matrixPage),
      years: yearLinks(ctx),
      labels: ctx.labels(KEYS),
    };
  });
}
