import { describe, expect, it } from 'vitest';
import { buildExports } from '../../src/core/export';
import { readSchemas } from '../../src/core/io';
import { LOCALES } from '../../src/core/i18n';
import { ANCHOR, cellHref } from '../../src/core/paths';
import { buildSite, type GeneratedPage, type PageKind, type PageVM, type SiteOptions } from '../../src/core/site/index';
import type { Dataset } from '../../src/core/types.generated';
import { SCHEMA_DIR, fixtureDataset } from '../helpers/fixtures';
import { expectGolden } from '../helpers/golden';
import { changesText, cityText, glanceText, matrixText, themeText } from '../helpers/render';

const OPTIONS: SiteOptions = { siteUrl: 'https://rusplaner.test' };

const fixture = fixtureDataset;

function site(ds: Dataset, locale: 'nb' | 'en', options = OPTIONS): GeneratedPage[] {
  const files = buildExports(ds, readSchemas(SCHEMA_DIR)).map((f) => ({ path: f.path, bytes: f.content.length }));
  return buildSite(ds, locale, options, files).pages;
}

/** The view model of the page at a path, typed by its kind (the test fails if the kind is not the expected one). */
function page<K extends PageKind>(pages: GeneratedPage[], kind: K, path: string): PageVM<K> {
  const p = pages.find((x) => x.path === path);
  expect(p?.kind, path).toBe(kind);
  return p!.props;
}

const YEARS = Array.from({ length: 9 }, (_, i) => `/matrise/ar/${2016 + i}`);

describe.each(LOCALES)('generated pages (%s)', (locale) => {
  const pages = site(fixture(), locale);

  it('has every page of the site map, with the same paths in both languages', () => {
    expect(pages.map((p) => p.path)).toEqual([
      '/',
      '/matrise',
      '/matrise/kompakt',
      ...YEARS,
      '/sammenlign',
      '/endringer',
      '/tema',
      '/byer',
      '/tema/rooms',
      '/tema/housing',
      '/tema/centres',
      '/byer/alpha',
      '/byer/beta',
      '/tall',
      '/kilder',
      '/kilder/alpha-report',
      '/kilder/beta-note',
      '/ordliste',
      '/tidslinje',
      '/om/kodebok',
      '/data',
      '/sok',
    ]);
  });

  it('matrix, theme, city and change pages match their golden files', () => {
    expectGolden(`fixture/matrix.${locale}.txt`, matrixText(page(pages, 'matrix', '/matrise')));
    expectGolden(`fixture/theme-rooms.${locale}.txt`, themeText(page(pages, 'theme', '/tema/rooms')));
    expectGolden(`fixture/city-alpha.${locale}.txt`, cityText(page(pages, 'city', '/byer/alpha')));
    expectGolden(`fixture/changes.${locale}.txt`, changesText(page(pages, 'changes', '/endringer')));
    expectGolden(`fixture/glance.${locale}.txt`, glanceText(page(pages, 'glance', '/matrise/kompakt')));
  });

  it('keeps "not mentioned", "not now" and "does not apply" apart from each other and from yes', () => {
    const m = page(pages, 'matrix', '/matrise');
    const legend = new Map(m.legend.map((l) => [l.status, l]));
    const cells = new Map(m.rows.flatMap((r) => r.cells.map((c) => [ANCHOR.cell(c.cityId, c.themeId), { ...c, ...legend.get(c.status)! }])));
    expect(cells.get('alpha--centres')!.shape).toBe('question');
    expect(cells.get('beta--rooms')!.shape).toBe('cross');
    expect(cells.get('beta--housing')!.shape).toBe('slash');
    expect(new Set([...cells.values()].map((c) => c.label)).size).toBe(6);
    expect(new Set(m.legend.map((l) => l.shape)).size).toBe(7);
    expect(cells.get('alpha--centres')!.sourceCount).toBe(0);
  });

  it('every cell names its source count, the year its status took effect, and links to its details on the theme page', () => {
    const m = page(pages, 'matrix', '/matrise');
    for (const row of m.rows) {
      for (const cell of row.cells) {
        expect(cellHref(cell.cityId, cell.themeId)).toBe(`/tema/${cell.themeId}#${cell.cityId}`);
        if (cell.status !== 'not-mentioned') expect(cell.sourceCount).toBeGreaterThan(0);
      }
    }
    const rooms = m.rows.find((r) => r.themeId === 'rooms')!.cells.find((c) => c.cityId === 'alpha')!;
    expect([rooms.status, rooms.since, rooms.changed]).toEqual(['in-operation', '2005', true]);
    const centres = m.rows.find((r) => r.themeId === 'centres')!.cells.find((c) => c.cityId === 'alpha')!;
    expect([centres.since, centres.changed]).toEqual([null, false]);
  });

  it('shows each cell’s history with its dates, ends, evidence and the day it was checked', () => {
    const alpha = page(pages, 'theme', '/tema/rooms').cities.find((c) => c.cityId === 'alpha')!;
    const h = alpha.history!;
    expect(h.entries.map((e) => [e.dateIso, e.status.status, e.current])).toEqual([
      ['2004', 'adopted', false],
      ['2005-02-01', 'in-operation', true],
    ]);
    expect(h.entries[0]!.until).toBe(locale === 'nb' ? '1. februar 2005' : '1 February 2005');
    expect(h.entries[0]!.evidence[0]!.basis).toBe(locale === 'nb' ? 'Bystyrevedtak' : 'Council decision');
    expect(h.checkedIso).toBe('2024-01-15');
    expect(h.entries.map((e) => e.anchor)).toEqual(['alpha--rooms--1', 'alpha--rooms--2']);
  });

  it('the year pages show each cell as it stood at the end of the year; before the first dated entry, nothing', () => {
    const y2019 = page(pages, 'matrixYear', '/matrise/ar/2019');
    const y2020 = page(pages, 'matrixYear', '/matrise/ar/2020');
    const at = (vm: PageVM<'matrixYear'>, theme: string, city: number) => vm.rows.find((r) => r.themeId === theme)!.cells[city];
    expect(at(y2019, 'rooms', 0)).toEqual({ status: 'in-operation', since: '2005', changed: true });
    expect(at(y2019, 'housing', 0)).toBeNull();
    expect(at(y2020, 'housing', 0)).toEqual({ status: 'adopted', since: '2020', changed: false });
    expect(at(y2019, 'centres', 0)).toEqual({ status: 'not-mentioned', since: null, changed: false });
  });

  it('lists every change of status newest first, each linking to its entry', () => {
    const c = page(pages, 'changes', '/endringer');
    expect(c.changes.map((x) => `${x.dateIso} ${x.id}`)).toEqual([
      '2020-06-17 alpha--housing--1',
      '2020-06-17 beta--centres--1',
      '2020-06-17 beta--housing--1',
      '2020-06-17 beta--rooms--1',
      '2005-02-01 alpha--rooms--2',
      '2004 alpha--rooms--1',
    ]);
    expect(c.changes.find((x) => x.id === 'alpha--rooms--2')!.href).toBe('/byer/alpha#alpha--rooms--2');
    expect(c.changes.find((x) => x.id === 'alpha--rooms--2')!.previous!.status).toBe('adopted');
  });

  it('the codebook page shows every status with its permitted bases and real examples, and marks the enforced rules', () => {
    const cb = page(pages, 'codebook', '/om/kodebok');
    expect(cb.statuses).toHaveLength(7);
    const adopted = cb.statuses.find((s) => s.status === 'adopted')!;
    expect(adopted.bases.map((b) => b.href)).toEqual(['#grunnlag-council-decision', '#grunnlag-adopted-plan', '#grunnlag-budget']);
    expect(adopted.examples.map((e) => e.href)).toEqual(['/tema/housing#alpha']);
    expect(cb.rules.filter((r) => r.enforced).map((r) => r.id)).toContain('status-basis');
    expect(cb.matrix.find((r) => r.basis.href === '#grunnlag-party')!.allowed.every((x) => !x)).toBe(true);
    expect(cb.themes.map((t) => t.id)).toEqual(['rooms', 'housing', 'centres']);
  });

  it('a source page lists every place that cites the source', () => {
    const sp = page(pages, 'source', '/kilder/alpha-report');
    const hrefs = sp.uses.flatMap((g) => g.items.map((i) => i.href));
    expect(hrefs).toContain('/byer/alpha#alpha--rooms--2');
    expect(hrefs).toContain('/byer/alpha#alpha-users-2017');
    expect(hrefs).toContain('/byer/alpha#alpha-mayor-2023');
    expect(hrefs).toContain('/byer/alpha#alpha-plan-2020');
  });

  it('charts a series with a text alternative and marks worked-out values', () => {
    const f = page(pages, 'figures', '/tall');
    expect(f.series).toHaveLength(1);
    expect(f.series[0]!.points.map((p) => [p.year, p.value, p.derived])).toEqual([
      ['2021', 200, false],
      ['2022', 1250, true],
    ]);
  });

  it('offers a ready citation with the data date and the address', () => {
    const m = page(pages, 'matrix', '/matrise');
    const prefix = locale === 'nb' ? '' : '/en';
    expect(m.meta.citation).toContain(`https://rusplaner.test${prefix}/matrise`);
    expect(m.meta.citation).toContain(locale === 'nb' ? '15. januar 2024' : '15 January 2024');
  });
});

describe('figure series', () => {
  it('shows a year without a figure as a gap, and a revised year with its latest value, marked', () => {
    const ds = fixture();
    const nat = ds.national.figures;
    const base = nat.find((f) => f.series)!;
    nat.push({ ...base, id: 'norge-test-2024', value: 10, period: { from: '2024', to: '2024' } });
    nat.push({ ...base, id: 'norge-test-2024-rev', value: 12, period: { from: '2024', to: '2024' }, reported: '2025-06', derivation: undefined });
    const f = page(site(ds, 'nb'), 'figures', '/tall');
    const pts = f.series[0]!.points.map((p) => [p.year, p.value, p.revised]);
    expect(pts).toEqual([
      ['2021', 200, false],
      ['2022', 1250, false],
      ['2023', null, false],
      ['2024', 12, true],
    ]);
    const older = f.groups.flatMap((g) => g.figures).find((x) => x.id === 'norge-test-2024')!;
    expect(older.revised).toBe(true);
  });
});

describe('changing one data value', () => {
  it('changes exactly the expected matrix cell and nothing else', () => {
    const before = page(site(fixture(), 'nb'), 'matrix', '/matrise');
    const ds = fixture();
    ds.cities[1]!.positions.rooms!.history.at(-1)!.status = 'proposed';
    const after = page(site(ds, 'nb'), 'matrix', '/matrise');
    const diff = before.rows.flatMap((r, i) =>
      r.cells.filter((c, j) => JSON.stringify(c) !== JSON.stringify(after.rows[i]!.cells[j])).map((c) => ANCHOR.cell(c.cityId, c.themeId)),
    );
    expect(diff).toEqual(['beta--rooms']);
    expect(after.rows[0]!.cells[1]!.status).toBe('proposed');
  });
});

describe('scale', () => {
  it('splits the matrix into pages of at most citiesPerPage cities, and makes theme pages compact tables', () => {
    const pages = site(fixture(), 'nb', { ...OPTIONS, citiesPerPage: 1 });
    expect(pages.filter((p) => p.kind === 'matrix').map((p) => p.path)).toEqual(['/matrise', '/matrise/2']);
    expect(pages.filter((p) => p.kind === 'glance').map((p) => p.path)).toEqual(['/matrise/kompakt', '/matrise/kompakt/2']);
    const m2 = page(pages, 'matrix', '/matrise/2');
    expect(m2.columns.map((c) => c.id)).toEqual(['beta']);
    // matrix cells on page 2 still link to an anchor that exists: the theme page lists every city
    const theme = page(pages, 'theme', '/tema/rooms');
    expect(theme.compact).toBe(true);
    expect(theme.cities.map((c) => c.anchor)).toEqual(['alpha', 'beta']);
    expect(theme.cities.every((c) => c.history === null)).toBe(true);
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
