import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { compileSchemas, type SchemaSet, type Validators } from './validate/schemas';
import { validateData, type ValidationResult } from './validate/index';

/** Reads every file below the data folder (except the schemas) into memory, keyed by relative path. */
export function readDataDir(dataDir: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      const rel = path.relative(dataDir, full).split(path.sep).join('/');
      if (rel === 'schemas') continue;
      if (statSync(full).isDirectory()) walk(full);
      else files.set(rel, readFileSync(full));
    }
  };
  walk(dataDir);
  return files;
}

/** Reads the JSON Schemas (file name → schema). */
export function readSchemas(schemaDir: string): SchemaSet {
  const out: SchemaSet = {};
  for (const name of readdirSync(schemaDir).sort()) {
    if (name.endsWith('.schema.json')) out[name] = JSON.parse(readFileSync(path.join(schemaDir, name), 'utf8')) as object;
  }
  return out;
}

/** Compiled validators by the exact text of the schemas they were compiled from. */
const cache = new Map<string, Validators>();

/**
 * Compiled validators for a schema folder. The schemas are read every time
 * (cheap) and compiled only when their text has changed (costly), so under
 * `npm start` an edited schema takes effect on the next reload.
 */
export function validatorsFor(schemaDir: string): Validators {
  const schemas = readSchemas(schemaDir);
  const key = JSON.stringify(schemas);
  let v = cache.get(key);
  if (!v) {
    v = compileSchemas(schemas);
    cache.clear();
    cache.set(key, v);
  }
  return v;
}

/** Reads and validates a data folder; `displayDir` is how its files are named in errors. */
export function loadDataset(dataDir: string, options: { schemaDir?: string; displayDir?: string } = {}): ValidationResult {
  const schemaDir = options.schemaDir ?? path.join(dataDir, 'schemas');
  return validateData(readDataDir(dataDir), validatorsFor(schemaDir), options.displayDir ?? 'data');
}
