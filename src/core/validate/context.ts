import type { DataError } from '../errors';
import type { City, Codebook, Glossary, Meta, National, Source, Theme } from '../types.generated';
import { locate, type ParsedYaml, type PathSegment, type Target } from './yaml-file';

/** One data file that parsed and passed its schema. */
export interface Rec<T> {
  file: string;
  /** the strict parse with positions; a file read by the fast parser is parsed again when an error must be located */
  readonly parsed: ParsedYaml;
  data: T;
}

/** What every cross-file check sees: the schema-valid files, and the ids of all files (valid or not). */
export interface CheckContext {
  meta?: Rec<Meta>;
  national?: Rec<National>;
  glossary?: Rec<Glossary>;
  codebook?: Rec<Codebook>;
  sources: Rec<Source>[];
  themes: Rec<Theme>[];
  cities: Rec<City>[];
  /** ids that exist, including those of files that failed their schema (avoids cascades of "unknown id") */
  known: { sources: Set<string>; themes: Set<string>; cities: Set<string>; glossary: Set<string>; cited: Set<string> };
  /** today's date (YYYY-MM-DD), for "not in the future" checks; injectable so tests are deterministic */
  today: string;
  report(rec: Rec<unknown>, path: readonly PathSegment[], message: string, target?: Target): void;
}

/** A cross-file check with one job, in the manner of browser-compat-data's linters. */
export interface Check {
  name: string;
  description: string;
  run(ctx: CheckContext): void;
}

export function createReporter(errors: DataError[]) {
  return (rec: Rec<unknown>, path: readonly PathSegment[], message: string, target: Target = { kind: 'value' }) => {
    const { line, col } = locate(rec.parsed, path, target);
    errors.push({ file: rec.file, line, col, message });
  };
}

/** The keys under which a list of citations ({source, locator, …}) is stored: "sources" everywhere, "evidence" in cell history entries. */
export const CITING_KEYS = ['sources', 'evidence'] as const;

/** Calls `fn` for every value stored under `key` anywhere below `node`, with its path. */
export function eachKey(node: unknown, key: string, fn: (value: unknown, path: PathSegment[]) => void, path: PathSegment[] = []): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => eachKey(item, key, fn, [...path, i]));
  } else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === key) fn(v, [...path, k]);
      eachKey(v, key, fn, [...path, k]);
    }
  }
}

/** Calls `fn` for every {nb, en} text below `node`. */
export function eachLocalized(node: unknown, fn: (text: { nb: string; en: string }, path: PathSegment[]) => void, path: PathSegment[] = []): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => eachLocalized(item, fn, [...path, i]));
  } else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.nb === 'string' && typeof o.en === 'string' && Object.keys(o).length === 2) {
      fn(o as { nb: string; en: string }, path);
      return;
    }
    for (const [k, v] of Object.entries(o)) eachLocalized(v, fn, [...path, k]);
  }
}
