import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildExports, csvField, historyCsv, matrixCsv, toCsv } from '../../src/core/export';
import { readSchemas } from '../../src/core/io';
import { fixtureDataset, SCHEMA_DIR, validators } from '../helpers/fixtures';
import { expectGolden } from '../helpers/golden';

const fixture = fixtureDataset;

const exportsOf = () => Object.fromEntries(buildExports(fixture(), readSchemas(SCHEMA_DIR)).map((f) => [f.path, f.content]));

describe('open-data exports', () => {
  it('match their golden files', () => {
    const files = exportsOf();
    expectGolden('fixture/matrise.csv', files['/data/matrise.csv']!);
    expectGolden('fixture/matrise-historikk.csv', files['/data/matrise-historikk.csv']!);
    expectGolden('fixture/tall.csv', files['/data/tall.csv']!);
    expectGolden('fixture/kilder.csv', files['/data/kilder.csv']!);
    expectGolden('fixture/rusplaner.json', files['/data/rusplaner.json']!);
  });

  it('the JSON export validates against the published dataset schema', () => {
    const json = JSON.parse(exportsOf()['/data/rusplaner.json']!);
    expect(validators().validate('dataset', json)).toEqual([]);
  });

  it('publishes every JSON Schema', () => {
    expect(
      Object.keys(exportsOf())
        .filter((p) => p.startsWith('/data/schemas/'))
        .sort(),
    ).toEqual(
      Object.keys(readSchemas(SCHEMA_DIR))
        .map((n) => `/data/schemas/${n}`)
        .sort(),
    );
  });

  it('the history CSV has one row per cell entry with city, theme, status, from, to (empty for the current entry), basis and sources', () => {
    const rows: Record<string, string>[] = parse(historyCsv(fixture()), { bom: true, columns: true });
    expect(rows).toHaveLength(7);
    for (const col of ['city', 'theme', 'status', 'from', 'to', 'basis', 'sources']) expect(Object.keys(rows[0]!)).toContain(col);
    const rooms = rows.filter((r) => r.city === 'alpha' && r.theme === 'rooms');
    expect(rooms.map((r) => [r.status, r.from, r.to, r.basis, r.sources])).toEqual([
      ['adopted', '2004', '2005-02-01', 'council-decision', 'alpha-report'],
      ['in-operation', '2005-02-01', '', 'administration', 'alpha-report'],
    ]);
    const matrix: Record<string, string>[] = parse(matrixCsv(fixture()), { bom: true, columns: true });
    expect(matrix.find((r) => r.city_id === 'alpha' && r.theme_id === 'rooms')!.from).toBe('2005-02-01');
  });

  it('the matrix CSV opens as a spreadsheet: UTF-8 with BOM, header, one row per cell, text with commas and quotes intact', () => {
    const csv = matrixCsv(fixture());
    expect(csv.startsWith('\ufeffcity_id,city,theme_id')).toBe(true);
    const rows: Record<string, string>[] = parse(csv, { bom: true, columns: true });
    expect(rows).toHaveLength(6);
    const beta = rows.find((r) => r.city_id === 'beta' && r.theme_id === 'centres')!;
    expect(beta.summary_nb).toBe('Byen ønsker et senter, med komma, og "sitat".');
    expect(beta.status).toBe('wanted');
    expect(beta.sources).toBe('beta-note (*)');
    expect(beta.data_date).toBe('2024-01-15');
  });

  it('quotes commas, quotes, semicolons and line breaks', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('si "hei"')).toBe('"si ""hei"""');
    expect(csvField('linje\nto')).toBe('"linje\nto"');
    expect(csvField('plain')).toBe('plain');
    const round: string[][] = parse(toCsv(['x', 'y'], [['a,b\n"c"', 2]]), { bom: true });
    expect(round).toEqual([
      ['x', 'y'],
      ['a,b\n"c"', '2'],
    ]);
  });

  it('are byte-identical across two runs', () => {
    expect(JSON.stringify(exportsOf())).toBe(JSON.stringify(exportsOf()));
  });
});
