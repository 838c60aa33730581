import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExports, toCsv } from '../../src/core/export';
import { buildDataPackage, dataPackageDescriptor } from '../../src/core/reuse/datapackage';
import { packagePaths } from '../../src/core/reuse/routes';
import type { Dataset } from '../../src/core/types.generated';
import { fixtureDataset, realDataset } from '../helpers/fixtures';

/*
 * The Frictionless JavaScript libraries, as published on npm: `datapackage`
 * validates the descriptor against the Tabular Data Package profile it bundles
 * (src/profiles/), `tableschema` casts every CSV through its Table Schema and
 * checks primary and foreign keys. They only go to the network for a profile,
 * descriptor or file given by URL; the descriptor names its profiles and uses
 * relative paths, and the guard below makes any request fail the test.
 */
const require = createRequire(import.meta.url);
const { Package, Profile } = require('datapackage');
const { Schema, Table } = require('tableschema');
const axios = createRequire(require.resolve('datapackage'))('axios');
const attempts: string[] = [];
axios.defaults.adapter = (config: { url: string }) => {
  attempts.push(config.url);
  return Promise.reject(new Error(`network request in a test: ${config.url}`));
};

const fixture = fixtureDataset;
const realData = realDataset;

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** Writes every CSV download and the data package into a fresh folder laid out like the site; returns the descriptor's path. */
function publish(ds: Dataset, change?: (files: Map<string, string>) => void): string {
  const files = new Map([...buildExports(ds, {}), ...buildDataPackage(ds)].map((f) => [f.path, f.content]));
  change?.(files);
  const dir = mkdtempSync(path.join(tmpdir(), 'rusplaner-datapackage-'));
  folders.push(dir);
  for (const [p, content] of files) {
    const target = path.join(dir, p);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return path.join(dir, packagePaths.descriptor);
}

/** Rewrites one CSV of the published files through csv-parse and export.ts's own writer. */
function editCsv(files: Map<string, string>, p: string, edit: (rows: string[][]) => string[][]) {
  const rows: string[][] = edit(parse(files.get(p)!, { bom: true }));
  files.set(p, toCsv(rows[0]!, rows.slice(1)));
}

/* eslint-disable @typescript-eslint/no-explicit-any -- the Frictionless libraries ship no types */
/** Reads a resource through tableschema: BOM skipped, the dialect's delimiter, the resource's Table Schema, keyed rows. */
async function readResource(resource: any, relations: Record<string, unknown[]> | false = false): Promise<Record<string, unknown>[]> {
  const table = await Table.load(resource.source, { schema: resource.descriptor.schema, bom: true, delimiter: resource.descriptor.dialect.delimiter });
  return table.read({ keyed: true, relations });
}

/** Reads a resource with every table its foreign keys point to, so each key is checked (tableschema resolves each row's reference). */
async function readChecked(pkg: any, name: string): Promise<Record<string, unknown>[]> {
  const resource = pkg.getResource(name);
  const relations: Record<string, unknown[]> = {};
  for (const key of resource.descriptor.schema.foreignKeys ?? []) {
    const target = pkg.getResource(key.reference.resource);
    expect(target, `${name} refers to a resource the package lacks: ${key.reference.resource}`).toBeTruthy();
    relations[key.reference.resource] = await readResource(target);
  }
  return readResource(resource, relations);
}

const load = (descriptorPath: string) => Package.load(descriptorPath, undefined, true);

describe('the network guard', () => {
  it('fails any request the libraries make', async () => {
    await expect(Profile.load('https://example.test/profile.json')).rejects.toThrow(/remote profile/);
    expect(attempts.splice(0)).toEqual(['https://example.test/profile.json']);
  });
});

describe.each([
  ['the test fixture', fixture],
  ['the real data', realData],
])('the data package of %s', (_name, loadData) => {
  const ds = loadData();
  let pkg: any;
  beforeAll(async () => {
    pkg = await load(publish(ds));
  });
  afterAll(() => expect(attempts, 'the libraries went to the network').toEqual([]));

  it('is a valid Tabular Data Package (the profile bundled with datapackage), each table schema valid (tableschema)', async () => {
    expect(pkg.errors.map((e: Error) => e.message)).toEqual([]);
    expect(pkg.valid).toBe(true);
    expect(pkg.profile.jsonschema.title).toBe('Tabular Data Package');
    const profile = await Profile.load('tabular-data-package');
    expect(profile.validate(dataPackageDescriptor(ds))).toEqual({ valid: true, errors: [] });
    for (const r of pkg.resources) {
      expect(r.tabular, r.name).toBe(true);
      const schema = await Schema.load(r.descriptor.schema, { strict: false });
      expect(
        schema.errors.map((e: Error) => e.message),
        r.name,
      ).toEqual([]);
      expect(schema.valid, r.name).toBe(true);
    }
  });

  it('describes every CSV the site publishes, with its exact size and hash, and the columns in order', () => {
    const csvs = [...buildExports(ds, {}), ...buildDataPackage(ds)].filter((f) => f.path.endsWith('.csv'));
    expect(pkg.resources.map((r: any) => `/data/${r.descriptor.path}`).sort()).toEqual(csvs.map((f) => f.path).sort());
    for (const r of pkg.resources) {
      const bytes = readFileSync(r.source);
      expect(r.descriptor.bytes, r.name).toBe(bytes.length);
      expect(r.descriptor.hash, r.name).toMatch(/^sha256:[0-9a-f]{64}$/);
      const rows: string[][] = parse(bytes, { bom: true, toLine: 1 });
      expect(rows[0], r.name).toEqual(r.descriptor.schema.fields.map((f: { name: string }) => f.name));
    }
  });

  it('every CSV reads through its Table Schema, with every primary and foreign key holding', async () => {
    const entries = ds.cities.flatMap((c) => ds.themes.flatMap((t) => c.positions[t.id]!.history));
    const expected: Record<string, number> = {
      byer: ds.cities.length,
      tema: ds.themes.length,
      matrise: ds.cities.length * ds.themes.length,
      'matrise-historikk': entries.length,
      'kilde-bruk': entries.flatMap((e) => e.evidence ?? []).length,
      tall: ds.cities.flatMap((c) => c.figures).length + ds.national.figures.length,
      kilder: ds.sources.length,
    };
    for (const r of pkg.resources) expect((await readChecked(pkg, r.name)).length, r.name).toBe(expected[r.name]);
    // a checked foreign key is resolved to the row it points to
    const [raw] = await readResource(pkg.getResource('kilde-bruk'));
    const [checked] = await readChecked(pkg, 'kilde-bruk');
    expect(checked!.source).toMatchObject({ source_id: raw!.source });
    const figures = await readResource(pkg.getResource('tall'));
    expect(figures.every((f) => typeof f.value === 'number' && typeof f.approximate === 'boolean')).toBe(true);
  });

  it('declares a foreign key from the evidence to the sources, the history and the cities and themes', () => {
    const keys = (name: string) => pkg.getResource(name).descriptor.schema.foreignKeys.map((k: any) => `${k.fields.join('+')}→${k.reference.resource}`);
    expect(keys('kilde-bruk')).toEqual(['city+theme+entry→matrise-historikk', 'source→kilder']);
    expect(keys('matrise-historikk')).toEqual(['city+theme→matrise']);
    expect(keys('matrise')).toEqual(['city_id→byer', 'theme_id→tema']);
  });

  it('is byte-identical across two runs', () => {
    expect(buildDataPackage(loadData())).toEqual(buildDataPackage(ds));
  });
});

describe('the data package catches broken data', () => {
  const ds = fixture();
  const readBroken = async (name: string, change: (files: Map<string, string>) => void) => readChecked(await load(publish(ds, change)), name);
  /** The messages of a failed read: tableschema gathers cast errors in error.errors. */
  const messages = (promise: Promise<unknown>) =>
    promise.then(
      () => [] as string[],
      (e: { message: string; errors?: { message: string }[] }) => [e.message, ...(e.errors ?? []).map((x) => x.message)],
    );

  it('a dangling foreign key: evidence citing a source that kilder.csv lacks', async () => {
    const broken = readBroken('kilde-bruk', (files) =>
      editCsv(files, packagePaths.sourceUseCsv, (rows) => rows.map((r, i) => (i === 1 ? r.map((v, j) => (j === 4 ? 'no-such-source' : v)) : r))),
    );
    await expect(broken).rejects.toThrow(/Foreign key "source" violation in row 2/);
  });

  it('a history entry of a cell the matrix lacks', async () => {
    const broken = readBroken('matrise-historikk', (files) =>
      editCsv(files, '/data/matrise-historikk.csv', (rows) => rows.map((r, i) => (i === 1 ? ['nowhere', ...r.slice(1)] : r))),
    );
    await expect(broken).rejects.toThrow(/Foreign key "city,theme" violation/);
  });

  it('a wrong type: a figure whose value is not a number', async () => {
    const broken = readBroken('tall', (files) =>
      editCsv(files, '/data/tall.csv', (rows) => rows.map((r, i) => (i === 1 ? r.map((v, j) => (j === 5 ? 'many' : v)) : r))),
    );
    expect(await messages(broken)).toContainEqual(expect.stringMatching(/"many" in column "value" is not type "number"/));
  });

  it('a missing column', async () => {
    const broken = readBroken('matrise', (files) => editCsv(files, '/data/matrise.csv', (rows) => rows.map((r) => r.filter((_v, j) => j !== 5))));
    await expect(broken).rejects.toThrow(/header names do not match/);
  });

  it('a status outside the vocabulary', async () => {
    const broken = readBroken('matrise', (files) =>
      editCsv(files, '/data/matrise.csv', (rows) => rows.map((r, i) => (i === 1 ? r.map((v, j) => (j === 5 ? 'maybe' : v)) : r))),
    );
    expect(await messages(broken)).toContainEqual(expect.stringMatching(/"maybe" does not conform to the "enum" constraint for column "status"/));
  });
});
