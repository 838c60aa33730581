import { SITE_TITLE } from '../i18n';
import { currentEntry } from '../history';
import { downloads } from '../paths';
import type { City, Dataset, Source, Theme } from '../types.generated';
import { apiPaths, relativeHref, type ExportFile } from './routes';
import allSchema from './schemas/alle.schema.json';
import commonSchema from './schemas/api-common.schema.json';
import citySchema from './schemas/by.schema.json';
import indexSchema from './schemas/index.schema.json';
import themeSchema from './schemas/tema.schema.json';

/**
 * The static JSON API (api/v1/): one file per city and theme, the whole data
 * set, and an index. Pure functions of the dataset: no timestamps but the
 * data date, fixed key and item order, so two builds give identical bytes.
 * Every response names its schema in "$schema", relative to the response;
 * the response schemas are published beside the files and reference the data
 * schemas (data/schemas/, published at /data/schemas/) by $ref.
 */

/** The response schemas, by file name (published at api/v1/schema/<name>). */
export const API_SCHEMAS: Readonly<Record<string, object>> = {
  'alle.schema.json': allSchema,
  'api-common.schema.json': commonSchema,
  'by.schema.json': citySchema,
  'index.schema.json': indexSchema,
  'tema.schema.json': themeSchema,
};

const SCHEMA_OF = {
  index: apiPaths.schema('index.schema.json'),
  city: apiPaths.schema('by.schema.json'),
  theme: apiPaths.schema('tema.schema.json'),
  all: apiPaths.schema('alle.schema.json'),
};

type Json = Record<string, unknown>;

/** The fields every response starts with. */
function envelope(ds: Dataset, path: string, schemaPath: string): Json {
  return { $schema: relativeHref(path, schemaPath), dataDate: ds.meta.updated, licence: ds.meta.dataLicence };
}

const cityLink = (c: City, from: string) => ({ id: c.id, name: c.name, href: relativeHref(from, apiPaths.city(c.id)) });
const themeLink = (th: Theme, from: string) => ({ id: th.id, name: th.name, href: relativeHref(from, apiPaths.theme(th.id)) });

/** Every source id cited anywhere in a value: each object with a string `source` and `locator` is a citation. */
export function citedSourceIds(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) citedSourceIds(v, into);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.source === 'string' && typeof o.locator === 'string') into.add(o.source);
    for (const v of Object.values(o)) citedSourceIds(v, into);
  }
  return into;
}

function sourcesOf(ds: Dataset, value: unknown): Source[] {
  const ids = citedSourceIds(value);
  return ds.sources.filter((s) => ids.has(s.id)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A city with its positions keyed in theme order. */
function orderedCity(ds: Dataset, c: City): City {
  return { ...c, positions: Object.fromEntries(ds.themes.map((th) => [th.id, c.positions[th.id]!])) };
}

export function apiCity(ds: Dataset, cityId: string): Json {
  const c = ds.cities.find((x) => x.id === cityId);
  if (!c) throw new Error(`no city "${cityId}"`);
  const path = apiPaths.city(c.id);
  const city = orderedCity(ds, c);
  const current = ds.themes.map((th) => {
    const cell = c.positions[th.id]!;
    const e = currentEntry(cell);
    return { theme: themeLink(th, path), status: e.status, from: e.from, checked: cell.checked };
  });
  return { ...envelope(ds, path, SCHEMA_OF.city), city, current, sources: sourcesOf(ds, city) };
}

export function apiTheme(ds: Dataset, themeId: string): Json {
  const th = ds.themes.find((x) => x.id === themeId);
  if (!th) throw new Error(`no theme "${themeId}"`);
  const path = apiPaths.theme(th.id);
  const cells = ds.cities.map((c) => ({ city: cityLink(c, path), cell: c.positions[th.id]! }));
  return { ...envelope(ds, path, SCHEMA_OF.theme), theme: th, cells, sources: sourcesOf(ds, cells) };
}

export function apiAll(ds: Dataset): Json {
  return { ...envelope(ds, apiPaths.all, SCHEMA_OF.all), dataset: ds };
}

/** Every response file's path with the path of its schema, the index first. */
function responseFiles(ds: Dataset): { path: string; schema: string }[] {
  return [
    { path: apiPaths.index, schema: SCHEMA_OF.index },
    { path: apiPaths.all, schema: SCHEMA_OF.all },
    ...ds.cities.map((c) => ({ path: apiPaths.city(c.id), schema: SCHEMA_OF.city })),
    ...ds.themes.map((th) => ({ path: apiPaths.theme(th.id), schema: SCHEMA_OF.theme })),
  ];
}

/**
 * The index: what the API holds. `dataSchemaNames` are the file names of the
 * data schemas the site publishes at /data/schemas/ (the keys of readSchemas()).
 */
export function apiIndex(ds: Dataset, dataSchemaNames: readonly string[]): Json {
  const from = apiPaths.index;
  const schemas = [
    ...Object.keys(API_SCHEMAS)
      .sort()
      .map((name) => ({ name, kind: 'response', href: relativeHref(from, apiPaths.schema(name)) })),
    ...[...dataSchemaNames].sort().map((name) => ({ name, kind: 'data', href: relativeHref(from, downloads.schemas(name)) })),
  ];
  return {
    ...envelope(ds, from, SCHEMA_OF.index),
    title: SITE_TITLE,
    version: 'v1',
    all: relativeHref(from, apiPaths.all),
    cities: ds.cities.map((c) => cityLink(c, from)),
    themes: ds.themes.map((th) => themeLink(th, from)),
    schemas,
    files: responseFiles(ds).map((f) => ({ href: relativeHref(from, f.path), schema: relativeHref(from, f.schema) })),
  };
}

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

/** Every file of the API: the responses and the response schemas. */
export function buildApi(ds: Dataset, dataSchemaNames: readonly string[]): ExportFile[] {
  const files: ExportFile[] = [
    { path: apiPaths.index, content: json(apiIndex(ds, dataSchemaNames)) },
    { path: apiPaths.all, content: json(apiAll(ds)) },
    ...ds.cities.map((c) => ({ path: apiPaths.city(c.id), content: json(apiCity(ds, c.id)) })),
    ...ds.themes.map((th) => ({ path: apiPaths.theme(th.id), content: json(apiTheme(ds, th.id)) })),
  ];
  for (const name of Object.keys(API_SCHEMAS).sort()) files.push({ path: apiPaths.schema(name), content: json(API_SCHEMAS[name]) });
  return files;
}
