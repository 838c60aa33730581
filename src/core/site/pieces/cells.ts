import { currentEntry, entryAtEndOfYear, entryEnd, entryYear, runStart, statusChanged } from '../../history';
import { ANCHOR, cityPath, themePath, withAnchor } from '../../paths';
import type { Cell, City, Theme } from '../../types.generated';
import { STATUS_ORDER, type Status } from '../../vocabulary';
import type { SiteContext } from '../context';
import type { CellHistoryVM, CellNowVM, CellVM, ColumnVM, GlanceCellVM, GlanceRowVM, LinkVM, MatrixRowVM, StatusCountVM } from '../types';

/** Builders for city × theme cells: matrix cells, compact cells, and a cell's history. */

export const cellOf = (city: City, theme: Theme): Cell => city.positions[theme.id]!;

/** A cell's current status with since when it holds, whether it changed, and its summary (city and theme pages). */
export function cellNow(ctx: SiteContext, city: City, theme: Theme): CellNowVM {
  const cell = cellOf(city, theme);
  const e = currentEntry(cell);
  return { ...ctx.status(e.status), since: entryYear(runStart(cell)), changed: statusChanged(cell), summaryHtml: ctx.inline(e.summary) };
}

export function cellVM(ctx: SiteContext, city: City, theme: Theme): CellVM {
  const cell = cellOf(city, theme);
  const e = currentEntry(cell);
  return {
    status: e.status,
    cityId: city.id,
    themeId: theme.id,
    summaryHtml: ctx.inline(e.summary),
    sourceCount: e.evidence?.length ?? 0,
    since: entryYear(runStart(cell)),
    changed: statusChanged(cell),
  };
}

export function columns(ctx: SiteContext, cities: readonly City[]): ColumnVM[] {
  return cities.map((c) => ({ id: c.id, name: ctx.text(c.name), href: cityPath(c.id) }));
}

export function matrixRows(ctx: SiteContext, cities: readonly City[]): MatrixRowVM[] {
  return ctx.ds.themes.map((th) => ({
    themeId: th.id,
    name: ctx.text(th.name),
    shortName: ctx.text(th.shortName),
    href: themePath(th.id),
    anchor: ANCHOR.row(th.id),
    cells: cities.map((c) => cellVM(ctx, c, th)),
  }));
}

/** The compact rows: the current status (year null) or the status at the end of a year. */
export function glanceRows(ctx: SiteContext, cities: readonly City[], year: number | null = null): GlanceRowVM[] {
  return ctx.ds.themes.map((th) => ({
    themeId: th.id,
    name: ctx.text(th.name),
    shortName: ctx.text(th.shortName),
    href: themePath(th.id),
    cells: cities.map((c): GlanceCellVM | null => {
      const cell = cellOf(c, th);
      const e = year === null ? currentEntry(cell) : entryAtEndOfYear(cell, year);
      if (!e) return null;
      const upTo = cell.history.slice(0, cell.history.indexOf(e) + 1);
      return { status: e.status, since: entryYear(runStart(cell, upTo.length - 1)), changed: upTo.some((x) => x.status !== upTo[0]!.status) };
    }),
  }));
}

/** Page links for split pages: "Side 2 av 5". */
export function pageLinks(ctx: SiteContext, count: number, path: (page: number) => string): LinkVM[] {
  return Array.from({ length: count }, (_, i) => ({ href: path(i + 1), label: ctx.ui('pageOf', { page: i + 1, pages: count }) }));
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length ? out : [[]];
}

/** How many of a list of statuses fall in each status, in legend order (empty groups left out). */
export function statusCounts(ctx: SiteContext, statuses: readonly Status[]): StatusCountVM[] {
  return STATUS_ORDER.map((s) => ({ status: ctx.status(s), count: statuses.filter((x) => x === s).length })).filter((g) => g.count > 0);
}

/** The current status of every theme of a city, in theme order. */
export const currentStatuses = (ctx: SiteContext, city: City): Status[] => ctx.ds.themes.map((th) => currentEntry(cellOf(city, th)).status);

/** A cell's entries with their dates, ends, evidence and plans; when it was checked and since when the sources are silent. */
export function cellHistoryVM(ctx: SiteContext, city: City, theme: Theme): CellHistoryVM {
  const cell = cellOf(city, theme);
  const last = cell.history.length - 1;
  const entries = cell.history.map((e, i) => {
    const end = entryEnd(cell, i);
    return {
      anchor: ANCHOR.entry(city.id, theme.id, i),
      ...ctx.dated({ date: e.from, dateBasis: e.dateBasis, dateNote: e.dateNote }),
      status: ctx.status(e.status),
      until: end === null ? null : ctx.date(end),
      current: i === last,
      summaryHtml: ctx.inline(e.summary),
      detailsHtml: ctx.block(e.details),
      plans: (e.plans ?? []).map((pid) => ({ href: withAnchor(cityPath(city.id), pid), label: ctx.text(city.plans.find((p) => p.id === pid)!.title) })),
      evidence: ctx.evidence(e.evidence),
    };
  });
  const newest = [...cell.history].reverse().find((e) => e.from !== 'unknown');
  return { entries, checked: ctx.date(cell.checked), checkedIso: cell.checked, silentSince: newest ? ctx.date(newest.from) : null };
}
