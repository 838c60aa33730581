import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadDataset, readDataDir, validatorsFor } from '../../src/core/io';
import type { Dataset } from '../../src/core/types.generated';
import { validateData, type ValidationResult } from '../../src/core/validate/index';

export const ROOT = path.resolve(__dirname, '../..');
export const SCHEMA_DIR = path.join(ROOT, 'data/schemas');
export const VALID_DIR = path.join(ROOT, 'tests/fixtures/valid/data');
export const BROKEN_DIR = path.join(ROOT, 'tests/fixtures/broken');
export const GOLDEN_DIR = path.join(ROOT, 'tests/golden');

export const validators = () => validatorsFor(SCHEMA_DIR);

/** The valid fixture files, keyed by path inside the data folder. */
export function validFiles(): Map<string, Uint8Array> {
  return readDataDir(VALID_DIR);
}

export function brokenCases(): string[] {
  return readdirSync(BROKEN_DIR)
    .filter((n) => existsSync(path.join(BROKEN_DIR, n, 'README.md')))
    .sort();
}

/** A broken case: the valid fixture with the case's files laid over it (and remove.txt's files deleted). */
export function brokenCaseFiles(name: string): Map<string, Uint8Array> {
  const files = validFiles();
  const dir = path.join(BROKEN_DIR, name);
  // a case that only deletes files has no data/ folder (git keeps no empty folders)
  if (existsSync(path.join(dir, 'data'))) for (const [rel, bytes] of readDataDir(path.join(dir, 'data'))) files.set(rel, bytes);
  const remove = path.join(dir, 'remove.txt');
  if (existsSync(remove)) {
    for (const rel of readFileSync(remove, 'utf8').split('\n').filter(Boolean)) files.delete(rel);
  }
  return files;
}

export function expectedReport(name: string): string | undefined {
  const p = path.join(BROKEN_DIR, name, 'expected.txt');
  return existsSync(p) ? readFileSync(p, 'utf8') : undefined;
}

/** The dataset of a validation, or a failure that lists the errors (a test never runs on an invalid dataset). */
export function datasetOf(result: ValidationResult): Dataset {
  if (!result.dataset) throw new Error(`the data does not validate:\n${result.errors.map((e) => `${e.file}:${e.line}:${e.col} ${e.message}`).join('\n')}`);
  return result.dataset;
}

/** The valid fixture's dataset. */
export const fixtureDataset = (): Dataset => datasetOf(validateData(validFiles(), validators()));

/** The real dataset in data/. */
export const realDataset = (): Dataset => datasetOf(loadDataset(path.join(ROOT, 'data'), { schemaDir: SCHEMA_DIR }));
