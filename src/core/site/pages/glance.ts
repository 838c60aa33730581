import { glancePage, matrixPage, matrixYearPath } from '../../paths';
import type { SiteContext } from '../context';
import { GLANCE_KEYS, LEGEND_KEYS, PAGER_KEYS, SHELL_KEYS, type Labels } from '../labels';
import { chunk, columns, glanceRows, pageLinks } from '../pieces/cells';
import type { ColumnVM, GlanceRowVM, LegendItemVM, LinkVM, PageMeta } from '../types';
import { dataYear, FIRST_YEAR, yearLinks } from './matrix';

/**
 * The matrix at a glance (status symbols and years only, every theme × city
 * on one screen), and the same view as it stood at the end of each year.
 */

export const KEYS = [...SHELL_KEYS, ...LEGEND_KEYS, ...PAGER_KEYS, ...GLANCE_KEYS, 'byYear', 'fullMatrixLink', 'yearNote'] as const;

export interface GlanceVM {
  meta: PageMeta;
  intro: string;
  /** the year shown, or null for the current status */
  year: number | null;
  columns: ColumnVM[];
  rows: GlanceRowVM[];
  legend: LegendItemVM[];
  page: number;
  pages: LinkVM[];
  years: LinkVM[];
  /** the full matrix (with summaries) of the same cities */
  fullMatrix: string;
  labels: Labels<typeof KEYS>;
}

function pagesFor(ctx: SiteContext, year: number | null): GlanceVM[] {
  const chunks = chunk(ctx.ds.cities, ctx.citiesPerPage);
  const title = year === null ? ctx.ui('glanceTitle') : ctx.ui('yearTitle', { year });
  const intro = year === null ? ctx.ui('glanceIntro') : ctx.ui('yearIntro', { year });
  return chunks.map((cities, i) => {
    const page = i + 1;
    const path = year === null ? glancePage(page) : matrixYearPath(year);
    return {
      meta: ctx.meta(path, chunks.length > 1 && year === null ? `${title} – ${ctx.ui('pageOf', { page, pages: chunks.length })}` : title, intro, null),
      intro,
      year,
      columns: columns(ctx, cities),
      rows: glanceRows(ctx, cities, year),
      legend: ctx.legend(),
      page,
      pages: year === null ? pageLinks(ctx, chunks.length, glancePage) : [],
      years: yearLinks(ctx),
      fullMatrix: matrixPage(page),
      labels: ctx.labels(KEYS),
    };
  });
}

/** The current compact matrix (paged like the full matrix at national scale). */
export const build = (ctx: SiteContext): GlanceVM[] => pagesFor(ctx, null);

/**
 * One static page per year from 2016 to the data year. At national scale a
 * year page shows the first page of cities (the downloads hold the rest).
 */
export function buildYears(ctx: SiteContext): GlanceVM[] {
  const out: GlanceVM[] = [];
  for (let y = FIRST_YEAR; y <= dataYear(ctx); y++) out.push(pagesFor(ctx, y)[0]!);
  return out;
}
