import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { compileSchemas, type SchemaSet, type Validators } from './validate/schemas';
import { validateData, type DataFiles, type ValidationResult } from './validate/index';

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
    if (name.endsWith('.schema.json')) out[name] = JSON.parse(readFileSync(path.join(schemaDir, name), 'utf8'));
  }
  return out;
}

const cache = new Map<string, Validators>();

/** Compiled validators for a schema folder (compiled once per process). */
export function validatorsFor(schemaDir: string): Validators {
  let v = cache.get(schemaDir);
  if (!v) {
    v = compileSchemas(readSchemas(schemaDir));
    cache.set(schemaDir, v);
  }
  return v;
}

/** Reads and validates a data folder; `displayDir` is how its files are named in errors. */
export function loadDataset(dataDir: string, options: { schemaDir?: string; displayDir?: string } = {}): ValidationResult {
  const schemaDir = options.schemaDir ?? path.join(dataDir, 'schemas');
  return validateData(readDataDir(dataDir) as DataFiles, validatorsFor(schemaDir), options.displayDir ?? 'data');
}
