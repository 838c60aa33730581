import type { DataError } from '../errors';
import { sortErrors } from '../errors';
import type { City, Codebook, Dataset, Glossary, Meta, National, Source, Theme } from '../types.generated';
import { CHECKS } from './checks/index';
import { CITING_KEYS, createReporter, eachKey, type CheckContext, type Rec } from './context';
import { explainSchemaErrors } from './messages';
import type { Kind, Validators } from './schemas';
import { parseYamlFast } from './yaml-fast';
import { decodeDataFile, locate, parseYamlText, pointerToPath, type ParsedYaml } from './yaml-file';

/** Data files keyed by their path inside the data folder, e.g. "cities/oslo.yml". */
export type DataFiles = ReadonlyMap<string, Uint8Array>;

export interface ValidationResult {
  /** present only when there are no errors at all: nothing is ever half-published */
  dataset?: Dataset;
  errors: DataError[];
}

const SINGLE: Record<string, Kind> = { 'meta.yml': 'meta', 'national.yml': 'national', 'glossary.yml': 'glossary', 'codebook.yml': 'codebook' };
const FOLDERS: Record<string, Kind> = { sources: 'source', themes: 'theme', cities: 'city' };
const IGNORED = /^(schemas\/|README\.md$|\.)/;

/** Which kind of data a path in the data folder holds, or why it does not belong there. */
export function classify(rel: string): { kind: Kind } | { problem: string } | { ignore: true } {
  if (IGNORED.test(rel)) return { ignore: true };
  if (SINGLE[rel]) return { kind: SINGLE[rel] };
  const m = /^([^/]+)\/([^/]+)$/.exec(rel);
  if (m && FOLDERS[m[1]!]) {
    if (m[2]!.endsWith('.yml')) return { kind: FOLDERS[m[1]!]! };
    if (m[2]!.endsWith('.yaml')) return { problem: 'data files end in .yml; rename the file' };
  }
  return {
    problem: 'unexpected file in data/: data files are meta.yml, national.yml, glossary.yml, codebook.yml, sources/*.yml, themes/*.yml and cities/*.yml',
  };
}

/** The strict parse of a file the fast parser read without error (it must agree; if not, that is a bug to report, not a data error). */
function strictParse(file: string, text: string): ParsedYaml {
  const r = parseYamlText(file, text);
  if (!r.parsed) throw new Error(`${file}: the fast YAML parser accepted the file, the strict one did not:\n${r.errors.map((e) => e.message).join('\n')}`);
  return r.parsed;
}

/** A file that passed its schema; its strict parse (for locating a later error) is made when first needed. */
function record(file: string, text: string, data: unknown, strict: ParsedYaml | undefined): Rec<unknown> {
  let parsed = strict;
  return {
    file,
    data,
    get parsed() {
      return (parsed ??= strictParse(file, text));
    },
  };
}

/**
 * Validates the whole data folder: parses every file, checks it against its
 * JSON Schema, then runs the cross-file checks. Every error of every file is
 * returned at once, sorted; the dataset is returned only when there are none.
 */
export function validateData(
  files: DataFiles,
  validators: Validators,
  displayDir = 'data',
  today: string = new Date().toISOString().slice(0, 10),
): ValidationResult {
  const errors: DataError[] = [];
  const display = (rel: string) => `${displayDir}/${rel}`;
  const report = createReporter(errors);
  const recs: { [K in Kind]?: Rec<unknown>[] } = {};
  const known = { sources: new Set<string>(), themes: new Set<string>(), cities: new Set<string>(), glossary: new Set<string>(), cited: new Set<string>() };

  for (const rel of [...files.keys()].sort()) {
    const file = display(rel);
    const c = classify(rel);
    if ('ignore' in c) continue;
    if ('problem' in c) {
      errors.push({ file, line: 1, col: 1, message: c.problem });
      continue;
    }
    // a file's id is known from its name even when the file does not parse, so references to it don't cascade
    const nameId = rel
      .split('/')
      .pop()!
      .replace(/\.yml$/, '');
    if (c.kind === 'source') known.sources.add(nameId);
    if (c.kind === 'theme') known.themes.add(nameId);
    if (c.kind === 'city') known.cities.add(nameId);
    const decoded = decodeDataFile(file, files.get(rel)!);
    if (decoded.errors) {
      errors.push(...decoded.errors);
      continue;
    }
    const text = decoded.text;
    // the happy path reads fast; the strict parser (with positions) reads a file the fast one cannot vouch for, or one with errors to locate
    let strict: ParsedYaml | undefined;
    let data = parseYamlFast(text);
    if (!data) {
      const r = parseYamlText(file, text);
      errors.push(...r.errors);
      if (!r.parsed) continue;
      strict = r.parsed;
      data = strict.data as Record<string, unknown>;
    }
    // ids are known even when the file fails its schema, so references to it don't cascade
    if (typeof data.id === 'string') {
      if (c.kind === 'source') known.sources.add(data.id);
      if (c.kind === 'theme') known.themes.add(data.id);
    }
    if (c.kind === 'glossary' && Array.isArray(data.terms)) {
      for (const t of data.terms as { id?: unknown }[]) if (t && typeof t.id === 'string') known.glossary.add(t.id);
    }
    // citations count even in a file that fails its schema, so its sources are not reported as never cited
    for (const key of CITING_KEYS) {
      eachKey(data, key, (list) => {
        if (Array.isArray(list)) for (const c of list as { source?: unknown }[]) if (c && typeof c.source === 'string') known.cited.add(c.source);
      });
    }
    let problems = explainSchemaErrors(validators.validate(c.kind, data));
    if (problems.length > 0 && !strict) {
      // the strict parse locates the problems, and its data has the last word
      strict = strictParse(file, text);
      data = strict.data as Record<string, unknown>;
      problems = explainSchemaErrors(validators.validate(c.kind, data));
    }
    for (const p of problems) {
      const { line, col } = locate(strict!, pointerToPath(p.pointer), p.target);
      errors.push({ file, line, col, message: p.message });
    }
    if (problems.length === 0) (recs[c.kind] ??= []).push(record(file, text, data, strict));
  }

  for (const name of Object.keys(SINGLE)) {
    if (!files.has(name)) errors.push({ file: display(name), line: 1, col: 1, message: `file is missing; data/${name} is required` });
  }

  const ctx: CheckContext = {
    meta: recs.meta?.[0] as Rec<Meta> | undefined,
    national: recs.national?.[0] as Rec<National> | undefined,
    glossary: recs.glossary?.[0] as Rec<Glossary> | undefined,
    codebook: recs.codebook?.[0] as Rec<Codebook> | undefined,
    sources: (recs.source ?? []) as Rec<Source>[],
    themes: (recs.theme ?? []) as Rec<Theme>[],
    cities: (recs.city ?? []) as Rec<City>[],
    known,
    today,
    report,
  };
  for (const check of CHECKS) check.run(ctx);

  if (errors.length > 0) return { errors: sortErrors(errors) };
  const dataset: Dataset = {
    meta: ctx.meta!.data,
    sources: ctx.sources.map((r) => r.data).sort((a, b) => (a.id < b.id ? -1 : 1)),
    themes: ctx.themes.map((r) => r.data).sort((a, b) => a.order - b.order),
    cities: ctx.cities.map((r) => r.data).sort((a, b) => a.order - b.order),
    national: ctx.national!.data,
    glossary: ctx.glossary!.data,
    codebook: ctx.codebook!.data,
  };
  return { dataset, errors: [] };
}
