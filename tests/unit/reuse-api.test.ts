import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { buildExports } from '../../src/core/export';
import { readSchemas } from '../../src/core/io';
import { API_SCHEMAS, apiCity, buildApi } from '../../src/core/reuse/api';
import { apiPaths, relativeHref } from '../../src/core/reuse/routes';
import type { Dataset } from '../../src/core/types.generated';
import { SCHEMA_DIR, fixtureDataset, realDataset } from '../helpers/fixtures';

/** Where the files would be served: every relative address is resolved against it, as a client would. */
const ORIGIN = 'https://example.test';

const fixture = fixtureDataset;
const realData = realDataset;

/** Every file the site publishes for the API: the API itself and the data schemas it references. */
function published(ds: Dataset): Map<string, string> {
  const schemas = readSchemas(SCHEMA_DIR);
  const files = new Map<string, string>();
  for (const f of buildExports(ds, schemas)) if (f.path.startsWith('/data/schemas/')) files.set(f.path, f.content);
  for (const f of buildApi(ds, Object.keys(schemas))) files.set(f.path, f.content);
  return files;
}

/**
 * ajv (draft 2020-12) loaded with every published schema, each identified by
 * the address it is served at (a relative $id resolves against it, as the spec says).
 */
function ajvFor(files: Map<string, string>) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  for (const [p, content] of files) {
    if (!p.endsWith('.schema.json')) continue;
    const schema = JSON.parse(content);
    ajv.addSchema({ ...schema, $id: new URL(schema.$id ?? '', ORIGIN + p).href });
  }
  return ajv;
}

const resolve = (from: string, href: string) => new URL(href, ORIGIN + from).pathname;

describe.each([
  ['the test fixture', fixture],
  ['the real data', realData],
])('static JSON API on %s', (_name, load) => {
  const ds = load();
  const files = published(ds);
  const responses = [...files.keys()].filter((p) => p.startsWith('/api/v1/') && !p.includes('/schema/'));

  it('has an index, the whole data set, one file per city and per theme', () => {
    expect(responses.sort()).toEqual(
      [apiPaths.index, apiPaths.all, ...ds.cities.map((c) => apiPaths.city(c.id)), ...ds.themes.map((t) => apiPaths.theme(t.id))].sort(),
    );
  });

  it('every response validates against the schema it names, as published (ajv 2020, strict)', () => {
    const ajv = ajvFor(files);
    for (const p of responses) {
      const data = JSON.parse(files.get(p)!);
      expect(data.dataDate, p).toBe(ds.meta.updated);
      expect(data.licence, p).toBe(ds.meta.dataLicence);
      const validate = ajv.getSchema(new URL(data.$schema, ORIGIN + p).href);
      expect(validate, `${p}: schema ${data.$schema} is not published`).toBeDefined();
      const ok = validate!(data);
      expect(ok ? [] : validate!.errors, p).toEqual([]);
    }
  });

  it('the index lists every response file with its schema, and every schema', () => {
    const index = JSON.parse(files.get(apiPaths.index)!);
    const listed = index.files.map((f: { href: string }) => resolve(apiPaths.index, f.href));
    expect([...listed].sort()).toEqual([...responses].sort());
    for (const f of index.files) {
      const target = resolve(apiPaths.index, f.href);
      expect(JSON.parse(files.get(target)!).$schema, target).toBe(relativeHref(target, resolve(apiPaths.index, f.schema)));
    }
    const schemaTargets = index.schemas.map((s: { href: string }) => resolve(apiPaths.index, s.href));
    expect([...schemaTargets].sort()).toEqual([...files.keys()].filter((p) => p.endsWith('.schema.json')).sort());
    for (const link of [...index.cities, ...index.themes]) expect(files.has(resolve(apiPaths.index, link.href)), link.href).toBe(true);
    expect(files.has(resolve(apiPaths.index, index.all))).toBe(true);
  });

  it('a city file holds every cell with its full history, and the sources it cites', () => {
    const city = ds.cities[0]!;
    const data = JSON.parse(files.get(apiPaths.city(city.id))!);
    expect(Object.keys(data.city.positions)).toEqual(ds.themes.map((t) => t.id));
    for (const th of ds.themes) expect(data.city.positions[th.id].history).toEqual(city.positions[th.id]!.history);
    const cited = new Set(
      JSON.stringify(data.city)
        .match(/"source": ?"[a-z0-9-]+"/g)!
        .map((s) => s.split('"')[3]),
    );
    expect(data.sources.map((s: { id: string }) => s.id).sort()).toEqual([...cited].sort());
  });

  it('is byte-identical across two runs', () => {
    const again = published(load());
    expect([...again.entries()]).toEqual([...files.entries()]);
  });
});

describe('static JSON API schemas', () => {
  it('reject a response that breaks the data schema they reference', () => {
    const ds = fixture();
    const files = published(ds);
    const ajv = ajvFor(files);
    const data = apiCity(ds, ds.cities[0]!.id) as { city: { positions: Record<string, { history: { status: string }[] }> } };
    Object.values(data.city.positions)[0]!.history[0]!.status = 'maybe';
    const validate = ajv.getSchema(`${ORIGIN}${apiPaths.schema('by.schema.json')}`)!;
    expect(validate(data)).toBe(false);
    expect(validate.errors!.some((e) => e.instancePath.endsWith('/status'))).toBe(true);
  });

  it('are published beside the responses', () => {
    const paths = buildApi(fixture(), []).map((f) => f.path);
    for (const name of Object.keys(API_SCHEMAS)) expect(paths).toContain(apiPaths.schema(name));
  });
});
