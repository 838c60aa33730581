import type { Cell, Entry } from './types.generated';

/**
 * The time axis of a cell: pure functions over its history (oldest entry
 * first, as the validator guarantees). A status holds from its entry's date
 * until the next entry's date, or until its own "to" where one is given.
 */

/** The newest entry: the cell's current status. */
export function currentEntry(cell: Cell): Entry {
  return cell.history[cell.history.length - 1]!;
}

/**
 * The entry from which the status of entry `index` (default: the current one)
 * has held without a break: later entries with the same status (a room
 * extended, a plan renewed) do not move the year the status took effect.
 */
export function runStart(cell: Cell, index = cell.history.length - 1): Entry {
  let i = index;
  while (i > 0 && cell.history[i - 1]!.status === cell.history[index]!.status && cell.history[i - 1]!.to === undefined) i--;
  return cell.history[i]!;
}

/** When an entry stopped holding: its own "to", else the next entry's date; null for the current entry. */
export function entryEnd(cell: Cell, index: number): string | null {
  const e = cell.history[index]!;
  if (e.to !== undefined) return e.to;
  const next = cell.history[index + 1];
  return next ? next.from : null;
}

/** Whether the current status differs from the status of the first entry. */
export function statusChanged(cell: Cell): boolean {
  return cell.history.some((e) => e.status !== cell.history[0].status);
}

/** The year an entry took effect ("2021"), or null where its date is unknown. */
export function entryYear(e: Entry): string | null {
  return e.from === 'unknown' ? null : e.from.slice(0, 4);
}

/**
 * The last item that took effect by the end of a year (an item whose year is
 * unknown holds from the start), or null. Shared by the pages and the compare
 * tool in the browser, which works on [status, year] steps.
 */
export function lastStartedBy<T>(items: readonly T[], yearOf: (x: T) => string | null, year: string): T | null {
  let found: T | null = null;
  for (const x of items) {
    const y = yearOf(x);
    if (y === null || y <= year) found = x;
  }
  return found;
}

/**
 * The entry in force at the end of a year, or null where the cell's history
 * says nothing for that time (before its first dated entry, or in a gap after
 * an entry's "to").
 */
export function entryAtEndOfYear(cell: Cell, year: number): Entry | null {
  const y = String(year);
  const e = lastStartedBy(cell.history, entryYear, y);
  if (!e) return null;
  const i = cell.history.indexOf(e);
  // an explicit end by the end of the year, with no later entry started by then
  if (e.to !== undefined && e.to !== 'unknown' && e.to.slice(0, 4) <= y && entryEnd(cell, i) === e.to) return null;
  return e;
}

/** Every change of status in a cell: each entry whose status differs from the one before (the first entry counts as a start). */
export function statusChanges(cell: Cell): { entry: Entry; index: number; previous: Entry | null }[] {
  return cell.history
    .map((entry, index) => ({ entry, index, previous: index > 0 ? cell.history[index - 1]! : null }))
    .filter((c) => !c.previous || c.previous.status !== c.entry.status);
}
