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

/** When an entry stopped holding: its own "to", else the next entry's date; null for the current entry. */
export function entryEnd(cell: Cell, index: number): string | null {
  const e = cell.history[index]!;
  if (e.to !== undefined) return e.to;
  const next = cell.history[index + 1];
  return next ? next.from : null;
}

/** Whether the current status differs from the status of the first entry. */
export function statusChanged(cell: Cell): boolean {
  return cell.history.some((e) => e.status !== cell.history[0]!.status);
}

/** The year an entry took effect ("2021"), or null where its date is unknown. */
export function entryYear(e: Entry): string | null {
  return e.from === 'unknown' ? null : e.from.slice(0, 4);
}

/**
 * The entry in force at the end of a year, or null where the cell's history
 * says nothing for that time (before its first dated entry, or in a gap after
 * an entry's "to"). A first entry with an unknown date holds from the start.
 */
export function entryAtEndOfYear(cell: Cell, year: number): Entry | null {
  const y = String(year);
  let found: { e: Entry; i: number } | null = null;
  cell.history.forEach((e, i) => {
    if (e.from === 'unknown' || e.from.slice(0, 4) <= y) found = { e, i };
  });
  if (!found) return null;
  const { e, i } = found as { e: Entry; i: number };
  const end = entryEnd(cell, i);
  // an explicit end within or before the year, not followed by another entry by then
  if (e.to !== undefined && e.to !== 'unknown' && e.to.slice(0, 4) <= y && end === e.to) return null;
  return e;
}

/** Every change of status in a cell: each entry whose status differs from the one before (the first entry counts as a start). */
export function statusChanges(cell: Cell): { entry: Entry; index: number; previous: Entry | null }[] {
  return cell.history
    .map((entry, index) => ({ entry, index, previous: index > 0 ? cell.history[index - 1]! : null }))
    .filter((c) => !c.previous || c.previous.status !== c.entry.status);
}
