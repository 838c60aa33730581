import { describe, expect, it } from 'vitest';
import { buildExports } from '../../src/core/export';
import { readSchemas } from '../../src/core/io';
import { LOCALES } from '../../src/core/i18n';
import { buildSite, type GeneratedPage, type SiteOptions } from '../../src/core/site/index';
import { ANCHOR, cellHref } from '../../src/core/site/paths';
import type { CityPageVM, FiguresPageVM, MatrixVM, SourcePageVM, ThemePageVM } from '../../src/core/site/types';
import type { Dataset } from '../../src/core/types.generated';
import { validateData } from '../../src/core/validate/index';
import { SCHEMA_DIR, validators, validFiles } from '../helpers/fixtures';
import { expectGolden } from '../helpers/golden';
import { cityText, matrixText, themeText } from '../helpers/render';

const OPTIONS: SiteOptions = { siteUrl: 'https://rusplaner.test' };

function fixture(): Dataset {
  const r = validateData(validFiles(), validators());
  if (!r.dataset) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.dataset;
}

function site(ds: Dataset, locale: 'nb' | 'en', options = OPTIONS): GeneratedPage[] {
  const files = buildExports(ds, readSchemas(SCHEMA_DIR)).map((f) => ({ path: f.path, bytes: f.content.length }));
  return buildSite(ds, locale, options, files).pages;
}

const page = <T>(pages: GeneratedPage[], path: string) => pages.find((p) => p.path === path)!.props as unknown as T;

describe.each(LOCALES)('generated pages (%s)', (locale) => {
  const pages = site(fixture(), locale);

  it('has every page of the site map, with the same paths in both languages', () => {
    expect(pages.map((p) => p.path)).toEqual([
      '/', '/matrise', '/sammenlign', '/tema', '/byer',
      '/tema/rooms', '/tema/housing', '/tema/centres', '/byer/alpha', '/byer/beta',
      '/tall', '/kilder', '/kilder/alpha-report', '/kilder/beta-note', '/ordliste', '/tidslinje', '/data',
    ]);
  });

  it('matrix matches its golden file', () => {
    expectGolden(`fixture/matrix.${locale}.txt`, matrixText(page<MatrixVM>(pages, '/matrise')));
  });

  it('theme and city pages match their golden files', () => {
    expectGolden(`fixture/theme-rooms.${locale}.txt`, themeText(page<ThemePageVM>(pages, '/tema/rooms')));
    expectGolden(`fixture/city-alpha.${locale}.txt`, cityText(page<CityPageVM>(pages, '/byer/alpha')));
  });

  it('keeps "not mentioned", "not now" and "does not apply" apart from each other and from yes', () => {
    const m = page<MatrixVM>(pages, '/matrise');
    const legend = new Map(m.legend.map((l) => [l.status, l]));
    const cells = new Map(m.rows.flatMap((r) => r.cells.map((c) => [ANCHOR.cell(c.cityId, c.themeId), { ...c, ...legend.get(c.status)! }])));
    expect(cells.get('alpha--centres')!.shape).toBe('question');
    expect(cells.get('beta--rooms')!.shape).toBe('cross');
    expect(cells.get('beta--housing')!.shape).toBe('slash');
    expect(new Set([...cells.values()].map((c) => c.label)).size).toBe(6);
    expect(new Set(m.legend.map((l) => l.shape)).size).toBe(7);
    expect(cells.get('alpha--centres')!.sourceCount).toBe(0);
  });

  it('every cell names its source count and links to its details on the theme page', () => {
    const m = page<MatrixVM>(pages, '/matrise');
    for (const row of m.rows) for (const cell of row.cells) {
      expect(cellHref(cell.cityId, cell.themeId)).toBe(`/tema/${cell.themeId}#${cell.cityId}`);
      if (cell.status !== 'not-mentioned') expect(cell.sourceCount).toBeGreaterThan(0);
    }
  });

  it('a source page lists every place that cites the source', () => {
    const sp = page<SourcePageVM>(pages, '/kilder/alpha-report');
    const hrefs = sp.uses.flatMap((g) => g.items.map((i) => i.href));
    expect(hrefs).toContain('/tema/rooms#alpha');
    expect(hrefs).toContain('/byer/alpha#alpha-users-2017');
    expect(hrefs).toContain('/byer/alpha#alpha-mayor-2023');
    expect(hrefs).toContain('/byer/alpha#alpha-plan-2020');
  });

  it('charts a series with a text alternative and marks worked-out values', () => {
    const f = page<FiguresPageVM>(pages, '/tall');
    expect(f.series).toHaveLength(1);
    expect(f.series[0]!.points.map((p) => [p.year, p.value, p.derived])).toEqual([
      ['2021', 200, false],
      ['2022', 1250, true],
    ]);
  });

  it('offers a ready citation with the data date and the address', () => {
    const m = page<MatrixVM>(pages, '/matrise');
    const prefix = locale === 'nb' ? '' : '/en';
    expect(m.meta.citation).toContain(`https://rusplaner.test${prefix}/matrise`);
    expect(m.meta.citation).toContain(locale === 'nb' ? '15. januar 2024' : '15 January 2024');
  });
});

describe('changing one data value', () => {
  it('changes exactly the expected matrix cell and nothing else', () => {
    const before = page<MatrixVM>(site(fixture(), 'nb'), '/matrise');
    const ds = fixture();
    ds.cities[1]!.positions.rooms!.history.at(-1)!.status = 'proposed';
    const after = page<MatrixVM>(site(ds, 'nb'), '/matrise');
    const diff = before.rows.flatMap((r, i) => r.cells.filter((c, j) => JSON.stringify(c) !== JSON.stringify(after.rows[i]!.cells[j])).map((c) => ANCHOR.cell(c.cityId, c.themeId)));
    expect(diff).toEqual(['beta--rooms']);
    expect(after.rows[0]!.cells[1]!.status).toBe('proposed');
  });
});

describe('scale', () => {
  it('splits the matrix into pages of at most citiesPerPage cities, and makes theme pages compact tables', () => {
    const ds = fixture();
    const pages = site(ds, 'nb', { ...OPTIONS, citiesPerPage: 1 });
    expect(pages.filter((p) => p.kind === 'matrix').map((p) => p.path)).toEqual(['/matrise', '/matrise/2']);
    const m2 = page<MatrixVM>(pages, '/matrise/2');
    expect(m2.columns.map((c) => c.id)).toEqual(['beta']);
    // matrix cells on page 2 still link to an anchor that exists: the theme page lists every city
    const theme = page<ThemePageVM>(pages, '/tema/rooms');
    expect(theme.compact).toBe(true);
    expect(theme.cities.map((c) => c.anchor)).toEqual(['alpha', 'beta']);
    expect(theme.cities.every((c) => c.detailsHtml === null)).toBe(true);
    expect(cellHref(m2.rows[0]!.cells[0]!.cityId, m2.rows[0]!.cells[0]!.themeId)).toBe('/tema/rooms#beta');
  });
});

describe('determinism', () => {
  it('two builds of the same data give identical pages and exports', () => {
    const a = JSON.stringify([site(fixture(), 'nb'), buildExports(fixture(), readSchemas(SCHEMA_DIR))]);
    const b = JSON.stringify([site(fixture(), 'nb'), buildExports(fixture(), readSchemas(SCHEMA_DIR))]);
    expect(a).toBe(b);
  });
});
