import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** The data kinds, each with its schema file in data/schemas/. */
export const KINDS = ['meta', 'source', 'theme', 'city', 'national', 'glossary', 'codebook', 'dataset'] as const;
export type Kind = (typeof KINDS)[number];

export type SchemaSet = Record<string, object>;

export interface Validators {
  validate(kind: Kind, data: unknown): ErrorObject[];
  /** the raw schemas by file name, for error messages and publication */
  schemas: SchemaSet;
}

/**
 * Compiles the JSON Schemas (file name → parsed schema) with ajv: every error
 * collected (allErrors), strict mode so a schema typo is caught, and verbose
 * errors so messages can quote the schema's own description.
 */
export function compileSchemas(schemas: SchemaSet): Validators {
  const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true });
  addFormats(ajv);
  for (const schema of Object.values(schemas)) ajv.addSchema(schema);
  const compiled = new Map<Kind, ValidateFunction>();
  for (const kind of KINDS) {
    const fn = ajv.getSchema(`${kind}.schema.json`);
    if (!fn) throw new Error(`schema ${kind}.schema.json is missing from data/schemas/`);
    compiled.set(kind, fn);
  }
  return {
    schemas,
    validate(kind, data) {
      const fn = compiled.get(kind)!;
      return fn(data) ? [] : [...(fn.errors ?? [])];
    },
  };
}
