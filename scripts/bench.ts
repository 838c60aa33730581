/**
 * `npm run bench`: how the cost grows from 4 cities to all 357 municipalities,
 * next to the obvious alternatives, measured in one run (the machine is noisy,
 * so ratios are taken within the run and every figure is a median of 3).
 *
 *   1. data pipeline: bare YAML parse vs load + validate + generate, at 4, 50, 357
 *   2. site build: time and peak memory at 4 (the real data) and 357 municipalities,
 *      beside a plain Docusaurus site with the same number of Markdown pages,
 *      and what Docusaurus Faster gives
 *   3. reader weight: gzip bytes of HTML, CSS and JS for the front page and the matrix
 *   4. Lighthouse (mobile defaults) on four pages and the plain site's front page
 *
 * Options: --runs N (default 3), --skip-lighthouse, --skip-build.
 * Needs Chromium at /usr/bin/chromium (or CHROMIUM_PATH) for parts 3 and 4.
 * Prints a table and writes bench-out/results.json; exits 0.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { buildExports } from '../src/core/export';
import { readDataDir, readSchemas, validatorsFor } from '../src/core/io';
import { buildSite } from '../src/core/site/index';
import { validateData } from '../src/core/validate/index';
import { measure, median, type RunResult } from './lib/measure';
import { writePlainSite } from './lib/plain-site';
import { serveStatic } from './lib/static-server';
import { writeSynthetic } from './lib/synthetic';

const ROOT = path.resolve(__dirname, '..');
const SCHEMAS = path.join(ROOT, 'data/schemas');
const OUT = path.join(ROOT, 'bench-out');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 3;
const skipLighthouse = args.includes('--skip-lighthouse');
const skipBuild = args.includes('--skip-build');

const results: Record<string, unknown> = { date: new Date().toISOString(), runs: RUNS, node: process.version };
const rows: string[][] = [];
const row = (...cells: (string | number)[]) => rows.push(cells.map(String));
const fmtMs = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const fmtMb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
const fmtKb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const log = (s: string) => process.stderr.write(`[bench] ${s}\n`);

const tmp = mkdtempSync(path.join(tmpdir(), 'rusplaner-bench-'));
const SIZES = [4, 50, 357];

// ---------------------------------------------------------------- 1. pipeline
function pipeline() {
  row('## 1. Data pipeline (synthetic, 20 themes, 3 plans each)', '', '', '', '');
  row('municipalities', 'YAML on disk', 'bare YAML parse', 'load + validate + generate', 'ratio (goal ≤ 3×, < 2 s at 357)');
  const out: Record<string, unknown> = {};
  for (const n of SIZES) {
    const dir = path.join(tmp, `data-${n}`);
    const { files, bytes } = writeSynthetic(dir, { municipalities: n });
    const data = readDataDir(dir);
    const validators = validatorsFor(SCHEMAS);
    const parseTimes: number[] = [];
    const fullTimes: number[] = [];
    const parts: Record<string, number[]> = { validate: [], exports: [], siteNb: [], siteEn: [] };
    for (let r = 0; r < RUNS; r++) {
      let t = performance.now();
      const decoder = new TextDecoder();
      for (const [, b] of data) parse(decoder.decode(b));
      parseTimes.push(performance.now() - t);

      t = performance.now();
      const res = validateData(data, validators);
      if (!res.dataset)
        throw new Error(
          `synthetic data is invalid:\n${res.errors
            .slice(0, 5)
            .map((e) => `${e.file}:${e.line}:${e.col} ${e.message}`)
            .join('\n')}`,
        );
      const t1 = performance.now();
      const exports = buildExports(res.dataset, readSchemas(SCHEMAS));
      const t2 = performance.now();
      const sizes = exports.map((f) => ({ path: f.path, bytes: f.content.length }));
      const opts = { siteUrl: 'http://localhost:3000' };
      buildSite(res.dataset, 'nb', opts, sizes);
      const t3 = performance.now();
      buildSite(res.dataset, 'en', opts, sizes);
      const t4 = performance.now();
      fullTimes.push(t4 - t);
      parts.validate!.push(t1 - t);
      parts.exports!.push(t2 - t1);
      parts.siteNb!.push(t3 - t2);
      parts.siteEn!.push(t4 - t3);
    }
    const p = median(parseTimes);
    const f = median(fullTimes);
    row(
      n,
      `${files} files, ${fmtMb(bytes)}`,
      fmtMs(p),
      `${fmtMs(f)} (validate ${fmtMs(median(parts.validate!))}, exports ${fmtMs(median(parts.exports!))}, pages nb ${fmtMs(median(parts.siteNb!))} + en ${fmtMs(median(parts.siteEn!))})`,
      `${(f / p).toFixed(2)}×`,
    );
    out[n] = { files, bytes, parseMs: p, fullMs: f, parts: Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, median(v)])) };
    log(`pipeline ${n}: parse ${fmtMs(p)}, full ${fmtMs(f)}`);
  }
  results.pipeline = out;
}

// ---------------------------------------------------------------- 2. builds
const docusaurus = path.join(ROOT, 'node_modules/.bin/docusaurus');

function htmlCount(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) n += htmlCount(path.join(dir, e.name));
    else if (e.name.endsWith('.html')) n++;
  }
  return n;
}

function dirSize(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    n += e.isDirectory() ? dirSize(p) : statSync(p).size;
  }
  return n;
}

function largestHtml(dir: string): number {
  let max = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) max = Math.max(max, largestHtml(p));
    else if (e.name.endsWith('.html')) max = Math.max(max, statSync(p).size);
  }
  return max;
}

async function build(cwd: string, out: string, env: NodeJS.ProcessEnv, extra: string[] = []): Promise<RunResult> {
  rmSync(out, { recursive: true, force: true });
  // every build starts cold: no webpack or Rspack cache from an earlier run (the plain site shares node_modules)
  rmSync(path.join(ROOT, 'node_modules/.cache'), { recursive: true, force: true });
  rmSync(path.join(cwd, '.docusaurus'), { recursive: true, force: true });
  const r = await measure(docusaurus, ['build', ...extra, '--out-dir', out], { cwd, env: { ...env, NODE_OPTIONS: '--max-old-space-size=6144' } });
  if (r.code !== 0) throw new Error(`build failed in ${cwd}:\n${r.output.slice(-3000)}`);
  return r;
}

interface BuildSet {
  ours: RunResult[];
  plain: RunResult[];
  pages: number;
  outDir: string;
  plainOut: string;
}

async function builds(): Promise<Record<string, BuildSet>> {
  row('', '', '', '', '');
  row('## 2. Site build (bokmål locale)', '', '', '', '');
  row('municipalities', 'pages', 'this site: time / peak memory', 'plain Docusaurus, same page count', 'time ratio (goal ≤ 1.3×, memory < 3 GB)');
  const sets: Record<string, BuildSet> = {};
  for (const n of [4, 357]) {
    const dataDir = n === 4 ? path.join(ROOT, 'data') : path.join(tmp, `data-${n}`);
    if (!existsSync(dataDir)) writeSynthetic(dataDir, { municipalities: n });
    const outDir = path.join(tmp, `build-${n}`);
    const env = { RUSPLANER_DATA_DIR: dataDir };
    // one build first to count the pages the plain site must match
    const first = await build(ROOT, outDir, env, ['--locale', 'nb']);
    const pages = htmlCount(outDir);
    const plainDir = path.join(tmp, `plain-${n}`);
    writePlainSite(plainDir, pages, path.join(ROOT, 'node_modules'), { faster: true });
    const plainOut = path.join(tmp, `plain-build-${n}`);
    const set: BuildSet = { ours: [first], plain: [], pages, outDir, plainOut };
    for (let r = 0; r < RUNS; r++) {
      set.plain.push(await build(plainDir, plainOut, {}));
      if (r > 0) set.ours.push(await build(ROOT, outDir, env, ['--locale', 'nb']));
      log(`build ${n} run ${r + 1}: ours ${fmtMs(set.ours.at(-1)!.ms)}, plain ${fmtMs(set.plain.at(-1)!.ms)}`);
    }
    const ot = median(set.ours.map((x) => x.ms));
    const om = median(set.ours.map((x) => x.peakBytes));
    const pt = median(set.plain.map((x) => x.ms));
    const pm = median(set.plain.map((x) => x.peakBytes));
    row(n === 4 ? '4 (real data)' : `${n} (synthetic)`, pages, `${fmtMs(ot)} / ${fmtMb(om)}`, `${fmtMs(pt)} / ${fmtMb(pm)}`, `${(ot / pt).toFixed(2)}×`);
    row('', '', `build output ${fmtMb(dirSize(outDir))}, largest page ${fmtKb(largestHtml(outDir))}`, `output ${fmtMb(dirSize(plainOut))}`, '');
    results[`build${n}`] = { pages, oursMs: ot, oursPeak: om, plainMs: pt, plainPeak: pm, outputBytes: dirSize(outDir), largestHtml: largestHtml(outDir) };
    sets[n] = set;
  }
  // what Docusaurus Faster gives: the real site without it
  const slower: RunResult[] = [];
  for (let r = 0; r < RUNS; r++) slower.push(await build(ROOT, path.join(tmp, 'build-slower'), { DOCUSAURUS_SLOWER: '1' }, ['--locale', 'nb']));
  const fast = median(sets[4]!.ours.map((x) => x.ms));
  const slow = median(slower.map((x) => x.ms));
  row(
    '4 without Docusaurus Faster',
    sets[4]!.pages,
    `${fmtMs(slow)} / ${fmtMb(median(slower.map((x) => x.peakBytes)))}`,
    '',
    `with Faster: ${(slow / fast).toFixed(1)}× quicker`,
  );
  results.withoutFaster = { ms: slow, peak: median(slower.map((x) => x.peakBytes)) };
  return sets;
}

// ---------------------------------------------------------------- 3. weight
async function readerWeight(ours: string, plain: string) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const a = await serveStatic(ours, { gzip: true });
  const b = await serveStatic(plain, { gzip: true });
  const weigh = async (url: string) => {
    const page = await browser.newPage();
    const sizes = { html: 0, css: 0, js: 0 };
    const pending: Promise<void>[] = [];
    page.on('requestfinished', (req) => {
      pending.push(
        req.sizes().then((s) => {
          const type = req.resourceType();
          const key = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : null;
          if (key) sizes[key] += s.responseBodySize;
        }),
      );
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    await Promise.all(pending);
    await page.close();
    return sizes;
  };
  row('', '', '', '', '');
  row('## 3. Reader weight (gzip, loaded on first visit)', '', '', '', '');
  row('page', 'HTML', 'CSS', 'JS', 'total (goal: matrix ≤ plain + 30 KB)');
  const plainHome = await weigh(`${b.url}/`);
  const home = await weigh(`${a.url}/`);
  const matrix = await weigh(`${a.url}/matrise`);
  const total = (s: { html: number; css: number; js: number }) => s.html + s.css + s.js;
  for (const [name, s] of [
    ['plain Docusaurus front page', plainHome],
    ['front page', home],
    ['matrix', matrix],
  ] as const) {
    row(
      name,
      fmtKb(s.html),
      fmtKb(s.css),
      fmtKb(s.js),
      `${fmtKb(total(s))}${name === 'matrix' ? ` (${total(s) - total(plainHome) >= 0 ? '+' : ''}${fmtKb(total(s) - total(plainHome))})` : ''}`,
    );
  }
  results.weight = { plainHome, home, matrix };
  await browser.close();
  await a.close();
  await b.close();
}

// ---------------------------------------------------------------- 4. lighthouse
async function lighthouseScores(ours: string, plain: string) {
  const { default: lighthouse } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const a = await serveStatic(ours, { gzip: true });
  const b = await serveStatic(plain, { gzip: true });
  const pages: [string, string][] = [
    ['plain Docusaurus front page', `${b.url}/`],
    ['front page', `${a.url}/`],
    ['matrix', `${a.url}/matrise`],
    ['theme page', `${a.url}/tema/brukerrom`],
    ['city page', `${a.url}/byer/oslo`],
  ];
  row('', '', '', '', '');
  row('## 4. Lighthouse, mobile defaults (median of runs)', '', '', '', '');
  row('page', 'performance (goal ≥ 98)', 'accessibility (100)', 'best practices (100)', 'SEO (100)');
  const out: Record<string, Record<string, number>> = {};
  for (const [name, url] of pages) {
    const scores: Record<string, number[]> = { performance: [], accessibility: [], 'best-practices': [], seo: [] };
    for (let r = 0; r < RUNS; r++) {
      const chrome = await launch({
        chromePath: CHROMIUM,
        chromeFlags: [
          '--headless=new',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      });
      try {
        const res = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(scores) });
        for (const k of Object.keys(scores)) scores[k]!.push(Math.round((res?.lhr.categories[k]?.score ?? 0) * 100));
      } finally {
        chrome.kill();
      }
    }
    out[name] = Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, median(v)]));
    row(name, out[name].performance!, out[name].accessibility!, out[name]['best-practices']!, out[name].seo!);
    log(`lighthouse ${name}: ${JSON.stringify(out[name])}`);
  }
  results.lighthouse = out;
  await a.close();
  await b.close();
}

async function main() {
  const started = performance.now();
  try {
    pipeline();
    if (!skipBuild) {
      const sets = await builds();
      if (existsSync(CHROMIUM)) {
        await readerWeight(sets[4]!.outDir, sets[4]!.plainOut);
        if (!skipLighthouse) await lighthouseScores(sets[4]!.outDir, sets[4]!.plainOut);
      } else {
        row('(reader weight and Lighthouse skipped: no Chromium at ' + CHROMIUM + ')', '', '', '', '');
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  results.totalMs = performance.now() - started;
  const widths = rows[1]!.map((_, i) => Math.min(60, Math.max(...rows.map((r) => (r[i] ?? '').length))));
  console.log(rows.map((r) => (r[0]!.startsWith('##') ? `\n${r[0]}` : r.map((c, i) => c.padEnd(widths[i]!)).join(' | '))).join('\n'));
  console.log(`\nbench took ${fmtMs(results.totalMs as number)}`);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(path.join(OUT, 'results.json'), JSON.stringify(results, null, 2));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
