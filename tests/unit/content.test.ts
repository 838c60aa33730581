import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { matrixCsv } from '../../src/core/export';
import { loadDataset } from '../../src/core/io';
import { currentEntry } from '../../src/core/history';
import type { Dataset } from '../../src/core/types.generated';
import { ROOT, SCHEMA_DIR, datasetOf } from '../helpers/fixtures';
import { expectGolden } from '../helpers/golden';

/** Checks of the real content in data/: complete, sourced, in our own words. */

const result = loadDataset(path.join(ROOT, 'data'), { schemaDir: SCHEMA_DIR });
const ds = datasetOf(result);
const SHARED = path.resolve(ROOT, '../shared/sources');
const haveShared = existsSync(SHARED);

describe('the data in data/', () => {
  it('validates', () => {
    expect(result.errors.map((e) => `${e.file}:${e.line}:${e.col} ${e.message}`)).toEqual([]);
  });

  it('covers the four cities and at least the themes the brief names', () => {
    expect(ds.cities.map((c) => c.id)).toEqual(['oslo', 'bergen', 'trondheim', 'stavanger']);
    const themes = ds.themes.map((t) => t.id);
    for (const id of [
      'desentralisering',
      'mo-sentre',
      'brukerrom',
      'recovery',
      'bolig',
      'institusjonsplasser',
      'overdoseforebygging',
      'apne-russcener',
      'lavterskeltilbud',
      'heroinassistert-behandling',
      'aktivitet-arbeid',
      'brukermedvirkning',
      'barn-unge',
      'rop',
      'koordinering',
      'frivillige-ideelle',
      'familie-parorende',
      'finansiering',
    ]) {
      expect(themes).toContain(id);
    }
  });

  it('records what the cities explicitly reject or find irrelevant', () => {
    const cell = (city: string, theme: string) => ds.cities.find((c) => c.id === city)!.positions[theme]!;
    const status = (city: string, theme: string) => currentEntry(cell(city, theme)).status;
    expect(cell('trondheim', 'brukerrom').history.map((e) => e.status)).toContain('not-now');
    expect(status('stavanger', 'desentralisering')).toBe('not-relevant');
    expect(status('oslo', 'brukerrom')).toBe('in-operation');
    expect(status('oslo', 'mo-sentre')).toBe('not-mentioned');
  });

  it('keeps overdose deaths as series by year, with every revision as its own dated value', () => {
    const byYear = (figs: Dataset['national']['figures']) => {
      const out: Record<string, [number, string][]> = {};
      for (const f of figs) (out[f.period.from] ??= []).push([f.value, f.reported ?? '']);
      for (const v of Object.values(out)) v.sort((a, b) => (a[1] < b[1] ? -1 : 1));
      return out;
    };
    const national = byYear(ds.national.figures.filter((f) => f.series === 'norge-overdosedodsfall'));
    expect(Object.keys(national).sort()).toEqual(['2017', '2018', '2019', '2020', '2021', '2022', '2023']);
    // 2020: first published 324, later 331; 2021: first 241, later 247 (worked out from the 2023 article)
    expect(national['2020']!.map((v) => v[0])).toEqual(expect.arrayContaining([324, 331]));
    expect(national['2020']![0]![0]).toBe(324);
    expect(national['2021']!.map((v) => v[0])).toEqual([241, 247]);
    const oslo = byYear(ds.cities.find((c) => c.id === 'oslo')!.figures.filter((f) => f.series === 'oslo-overdosedodsfall'));
    // Oslo 2020: 51 as reported in 2021, 53 in the 2023 article
    expect(oslo['2020']!.map((v) => v[0])).toEqual([51, 53]);
    expect(national['2023']!.at(-1)![0]).toBe(363);
  });

  it('matrix CSV matches its golden file (review the diff when content changes: npm run golden:update)', () => {
    expectGolden('data/matrise.csv', matrixCsv(ds));
  });
});

/** Every string in the data set with its path, skipping titles (which may quote a document's own title). */
function strings(node: unknown, p = ''): { path: string; text: string }[] {
  if (typeof node === 'string') return [{ path: p, text: node }];
  if (Array.isArray(node)) return node.flatMap((v, i) => strings(v, `${p}[${i}]`));
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([k, v]) => (k === 'title' || k === 'url' || k === 'file' || k === 'locator' ? [] : strings(v, `${p}.${k}`)));
  }
  return [];
}

const words = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFC')
    .match(/[\p{L}\p{N}]+/gu) ?? [];
const N = 8;

describe.skipIf(!haveShared && !process.env.CI)('own words (against ../shared/sources)', () => {
  it('the source texts are beside the project', () => {
    expect(haveShared).toBe(true);
  });

  // every source text beside the project (the five articles and any added later), and the proof snippets of the further-sources notes
  const texts = haveShared
    ? readdirSync(SHARED)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => readFileSync(path.join(SHARED, f), 'utf8'))
    : [];
  const notes = haveShared
    ? readdirSync(SHARED)
        .filter((f) => /^FURTHER.*\.md$/.test(f))
        .map((f) => readFileSync(path.join(SHARED, f), 'utf8'))
    : [];
  const snippets = notes.flatMap((n) => [...n.matchAll(/«([^»]{12,})»/g)].map((m) => m[1]!));
  const gramsOf = (list: string[], n: number) => {
    const out = new Set<string>();
    for (const t of list) {
      const w = words(t);
      for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
    }
    return out;
  };
  const grams = gramsOf(texts, N);
  /** the snippets are short proof quotes (at most 12 words): seven words in a row outside «» is a copy (six catch common phrases such as «at ingen skal dø av overdose») */
  const SNIPPET_N = 7;
  const snippetGrams = gramsOf(snippets, SNIPPET_N);

  const copiedRuns = (set: Set<string>, n: number) => {
    const copied: string[] = [];
    for (const { path: p, text } of strings(ds)) {
      const unquoted = text.replace(/«[^»]*»/g, ' | ');
      for (const part of unquoted.split('|')) {
        const w = words(part);
        for (let i = 0; i + n <= w.length; i++) {
          const g = w.slice(i, i + n).join(' ');
          if (set.has(g)) copied.push(`${p}: "${g}"`);
        }
      }
    }
    return copied;
  };

  it('copies no run of 8 or more words from a source text (quotations in «» aside)', () => {
    expect(texts.length).toBeGreaterThanOrEqual(5);
    expect(copiedRuns(grams, N)).toEqual([]);
  });

  it('copies no run of 7 or more words from a proof snippet of the further-sources notes (quotations in «» aside)', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(100);
    expect(copiedRuns(snippetGrams, SNIPPET_N)).toEqual([]);
  });

  it('quotes only a few words at a time', () => {
    const long: string[] = [];
    for (const { path: p, text } of strings(ds)) {
      for (const m of text.matchAll(/«([^»]*)»/g)) if (words(m[1]!).length > 10) long.push(`${p}: «${m[1]}»`);
    }
    expect(long).toEqual([]);
  });

  it('invents no address: every source URL is one the further-sources notes give', () => {
    const all = notes.join('\n');
    for (const s of ds.sources) if (s.url !== 'unknown') expect(all, s.id).toContain(s.url);
  });
});

describe('number style', () => {
  it('writes nb numbers as 3 924 and en numbers as 3,924', () => {
    const bad: string[] = [];
    const walk = (node: unknown, p: string) => {
      if (Array.isArray(node)) node.forEach((v, i) => walk(v, `${p}[${i}]`));
      else if (node && typeof node === 'object') {
        const o = node as Record<string, unknown>;
        if (typeof o.nb === 'string' && typeof o.en === 'string') {
          if (/\d,\d{3}\b/.test(o.nb)) bad.push(`${p}.nb: ${o.nb}`);
          if (/\b\d{1,3} \d{3}\b/.test(o.en)) bad.push(`${p}.en: ${o.en}`);
        } else for (const [k, v] of Object.entries(o)) walk(v, `${p}.${k}`);
      }
    };
    walk(ds, '');
    expect(bad).toEqual([]);
  });
});
