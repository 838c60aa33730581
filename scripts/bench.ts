/**
 * `npm run bench`: speed and size, side by side with the plain Docusaurus
 * classic template in one run (the machine is noisy, so ratios are taken
 * within the run and every timed figure is a median of --runs, default 3).
 *
 *   pipeline    bare YAML parse (the `yaml` package, and js-yaml) vs load + validate + generate, at 4, 50, 357
 *   build       build time and peak memory at 4 (the real data) and 357 municipalities beside a plain
 *               Docusaurus site with the same page count; the main bundle and what the route table adds to it
 *   search      at 357: the search index on disk per locale, the time to build it, and the bytes a reader
 *               downloads for the results of typical queries
 *   weight      per page type, the gzip bytes a first visit loads (HTML, CSS, JS of the main bundle and of the page)
 *   lighthouse  mobile defaults: the template's front page and a docs page; this site's front, matrix,
 *               compare, theme and city pages
 *
 * Options: --only pipeline,build,search,weight,lighthouse (default all), --runs N.
 * Needs Chromium at /usr/bin/chromium (or CHROMIUM_PATH) for search, weight and lighthouse.
 * Prints the tables as Markdown (README's "Performance" section) and writes bench-out/results.json.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import jsYaml from 'js-yaml';
import { parse } from 'yaml';
import { buildExports } from '../src/core/export';
import { readDataDir, readSchemas, validatorsFor } from '../src/core/io';
import { cityPath, PATHS, sourcePath, themePath } from '../src/core/paths';
import { buildSite } from '../src/core/site/index';
import { validateData } from '../src/core/validate/index';
import { lighthouseMedians } from './lib/lighthouse';
import { measure, median, type RunResult } from './lib/measure';
import { writePlainSite } from './lib/plain-site';
import { serveStatic } from './lib/static-server';
import { writeSynthetic } from './lib/synthetic';

const ROOT = path.resolve(__dirname, '..');
const SCHEMAS = path.join(ROOT, 'data/schemas');
const OUT = path.join(ROOT, 'bench-out');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = process.argv.slice(2);
const argOf = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const RUNS = Number(argOf('--runs')) || 3;
const SECTIONS = ['pipeline', 'build', 'search', 'weight', 'lighthouse'] as const;
type Section = (typeof SECTIONS)[number];
const only = new Set((argOf('--only')?.split(',') ?? SECTIONS) as Section[]);
for (const s of only) if (!SECTIONS.includes(s)) throw new Error(`unknown section ${s}; one of ${SECTIONS.join(', ')}`);

const results: Record<string, unknown> = { date: new Date().toISOString(), runs: RUNS, node: process.version };
const out: string[] = [];
const table = (title: string, head: string[], body: (string | number)[][]) => {
  out.push(`\n#### ${title}\n`, `| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`);
  for (const r of body) out.push(`| ${r.join(' | ')} |`);
};
const fmtMs = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const fmtMb = (b: number) => `${(b / 1024 / 1024).toFixed(b < 10 * 1024 * 1024 ? 1 : 0)} MB`;
const fmtKb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const log = (s: string) => process.stderr.write(`[bench] ${s}\n`);
const gzipSize = (file: string) => zlib.gzipSync(readFileSync(file), { level: 9 }).length;

const tmp = mkdtempSync(path.join(tmpdir(), 'rusplaner-bench-'));
const dataDirOf = (n: number) => {
  if (n === 4) return path.join(ROOT, 'data');
  const dir = path.join(tmp, `data-${n}`);
  if (!existsSync(dir)) writeSynthetic(dir, { municipalities: n });
  return dir;
};

// ---------------------------------------------------------------- pipeline
function pipeline() {
  const body: (string | number)[][] = [];
  const res: Record<string, unknown> = {};
  for (const n of [4, 50, 357]) {
    const dir = path.join(tmp, `data-${n}`);
    const { files, bytes } = writeSynthetic(dir, { municipalities: n });
    const data = readDataDir(dir);
    const decoder = new TextDecoder();
    const texts = () => [...data.values()].map((b) => decoder.decode(b));
    const times: Record<'yaml' | 'jsYaml' | 'full' | 'validate' | 'exports' | 'pages', number[]> = {
      yaml: [],
      jsYaml: [],
      full: [],
      validate: [],
      exports: [],
      pages: [],
    };
    for (let r = 0; r < RUNS; r++) {
      let t = performance.now();
      for (const s of texts()) parse(s);
      times.yaml.push(performance.now() - t);
      t = performance.now();
      for (const s of texts()) jsYaml.load(s, { schema: jsYaml.CORE_SCHEMA });
      times.jsYaml.push(performance.now() - t);

      t = performance.now();
      const validated = validateData(readDataDir(dir), validatorsFor(SCHEMAS));
      if (!validated.dataset)
        throw new Error(
          `synthetic data is invalid: ${validated.errors
            .slice(0, 3)
            .map((e) => `${e.file}:${e.line}:${e.col} ${e.message}`)
            .join('; ')}`,
        );
      const t1 = performance.now();
      const exports = buildExports(validated.dataset, readSchemas(SCHEMAS));
      const t2 = performance.now();
      const sizes = exports.map((f) => ({ path: f.path, bytes: f.content.length }));
      for (const locale of ['nb', 'en'] as const) buildSite(validated.dataset, locale, { siteUrl: 'http://localhost:3000' }, sizes);
      const t3 = performance.now();
      times.full.push(t3 - t);
      times.validate.push(t1 - t);
      times.exports.push(t2 - t1);
      times.pages.push(t3 - t2);
    }
    const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)])) as Record<keyof typeof times, number>;
    body.push([
      n,
      `${files} files, ${fmtMb(bytes)}`,
      fmtMs(m.yaml),
      fmtMs(m.jsYaml),
      `${fmtMs(m.full)} (validate ${fmtMs(m.validate)}, exports ${fmtMs(m.exports)}, pages ${fmtMs(m.pages)})`,
      ratio(m.full, m.yaml),
      ratio(m.full, m.jsYaml),
    ]);
    res[n] = { files, bytes, ...m };
    log(`pipeline ${n}: ${JSON.stringify(m)}`);
  }
  table(
    'Data pipeline (synthetic data, 20 themes, 3 plans per municipality)',
    [
      'municipalities',
      'YAML on disk',
      'bare parse: yaml',
      'bare parse: js-yaml',
      'read + validate + generate (nb and en)',
      'vs yaml (goal ≤ 2×)',
      'vs js-yaml',
    ],
    body,
  );
  results.pipeline = res;
}

// ---------------------------------------------------------------- builds
const docusaurus = path.join(ROOT, 'node_modules/.bin/docusaurus');

function walk(dir: string, visit: (file: string) => void) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, visit);
    else visit(p);
  }
}
const htmlCount = (dir: string) => {
  let n = 0;
  walk(dir, (f) => (n += f.endsWith('.html') ? 1 : 0));
  return n;
};
const dirSize = (dir: string) => {
  let n = 0;
  walk(dir, (f) => (n += statSync(f).size));
  return n;
};

/** The JavaScript every page loads: the runtime (which maps every chunk) and the main bundle (which holds the route table). */
function mainBundle(outDir: string): { files: string[]; gzip: number } {
  const js = path.join(outDir, 'assets/js');
  const files = readdirSync(js).filter((f) => /^(main|runtime~main)\.[0-9a-f]+\.js$/.test(f));
  return { files, gzip: files.reduce((s, f) => s + gzipSize(path.join(js, f)), 0) };
}

async function build(cwd: string, outDir: string, env: NodeJS.ProcessEnv, extra: string[] = []): Promise<RunResult> {
  rmSync(outDir, { recursive: true, force: true });
  // every build starts cold: no webpack or Rspack cache from an earlier run (the plain site shares node_modules)
  rmSync(path.join(ROOT, 'node_modules/.cache'), { recursive: true, force: true });
  rmSync(path.join(cwd, '.docusaurus'), { recursive: true, force: true });
  const r = await measure(docusaurus, ['build', ...extra, '--out-dir', outDir], { cwd, env: { ...env, NODE_OPTIONS: '--max-old-space-size=6144' } });
  if (r.code !== 0) throw new Error(`build failed in ${cwd}:\n${r.output.slice(-3000)}`);
  return r;
}

/** Builds (once) this site at n municipalities, bokmål only, and the plain site with the same page count. */
const built = new Map<number, { outDir: string; plainDir: string; plainOut: string; pages: number; first: RunResult; plainFirst: RunResult }>();
async function ensureBuilt(n: number) {
  if (!built.has(n)) {
    const outDir = path.join(tmp, `build-${n}`);
    const first = await build(ROOT, outDir, { RUSPLANER_DATA_DIR: dataDirOf(n) }, ['--locale', 'nb']);
    const pages = htmlCount(outDir);
    const plainDir = path.join(tmp, `plain-${n}`);
    writePlainSite(plainDir, pages, path.join(ROOT, 'node_modules'), { faster: true });
    const plainOut = path.join(tmp, `plain-build-${n}`);
    const plainFirst = await build(plainDir, plainOut, {});
    built.set(n, { outDir, plainDir, plainOut, pages, first, plainFirst });
  }
  return built.get(n)!;
}

async function builds() {
  const body: (string | number)[][] = [];
  const bundles: (string | number)[][] = [];
  const res: Record<string, unknown> = {};
  for (const n of [4, 357]) {
    const b = await ensureBuilt(n);
    const env = { RUSPLANER_DATA_DIR: dataDirOf(n) };
    const ours: RunResult[] = [b.first];
    // the first build of each counts as its first run (at 357 the plain site takes about 20 minutes a build)
    const plain: RunResult[] = [b.plainFirst];
    for (let r = 1; r < RUNS; r++) {
      plain.push(await build(b.plainDir, b.plainOut, {}));
      ours.push(await build(ROOT, b.outDir, env, ['--locale', 'nb']));
      log(`build ${n} run ${r + 1}: ours ${fmtMs(ours.at(-1)!.ms)}, plain ${fmtMs(plain.at(-1)!.ms)}`);
    }
    const ot = median(ours.map((x) => x.ms));
    const om = Math.max(...ours.map((x) => x.peakBytes));
    const pt = median(plain.map((x) => x.ms));
    const pm = Math.max(...plain.map((x) => x.peakBytes));
    body.push([
      n === 4 ? '4 (real data)' : `${n} (synthetic)`,
      b.pages,
      `${fmtMs(ot)} / ${fmtMb(om)}`,
      `${fmtMs(pt)} / ${fmtMb(pm)}`,
      ratio(ot, pt),
      fmtMb(dirSize(b.outDir)),
    ]);
    const mine = mainBundle(b.outDir);
    const theirs = mainBundle(b.plainOut);
    bundles.push([n === 4 ? '4' : `${n}`, b.pages, fmtKb(mine.gzip), fmtKb(theirs.gzip)]);
    res[n] = { pages: b.pages, oursMs: ot, oursPeak: om, plainMs: pt, plainPeak: pm, mainGzip: mine.gzip, plainMainGzip: theirs.gzip };
  }
  table(
    'Site build (bokmål locale), beside a plain Docusaurus site with the same number of pages',
    ['municipalities', 'pages', 'this site: time / peak memory', 'plain site: time / peak memory', 'time ratio (goal ≤ 1.3×; memory < 3 GB)', 'output'],
    body,
  );
  const [small, large] = [res[4] as { mainGzip: number; plainMainGzip: number }, res[357] as { mainGzip: number; plainMainGzip: number }];
  bundles.push(['route table growth, 4 → 357', '', `+${fmtKb(large.mainGzip - small.mainGzip)}`, `+${fmtKb(large.plainMainGzip - small.plainMainGzip)}`]);
  table(
    'Main bundle (runtime + main, gzip), which every page loads and which holds the route table',
    ['municipalities', 'pages', 'this site', 'plain site'],
    bundles,
  );
  results.build = res;
}

// ---------------------------------------------------------------- search
async function search() {
  const n = 357;
  const outDir = path.join(tmp, `build-${n}-all`);
  // both locales: each has its own index with its own stemming
  const r = await build(ROOT, outDir, { RUSPLANER_DATA_DIR: dataDirOf(n) });
  const indexMs = [...r.output.matchAll(/search index \((\w+)\): (\d+) pages, (\d+) files in (\d+) ms/g)].map((m) => ({
    locale: m[1]!,
    pages: Number(m[2]),
    files: Number(m[3]),
    ms: Number(m[4]),
  }));
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  const server = await serveStatic(outDir, { gzip: true });
  const queries = ['/sok?q=brukerrom', '/sok?q=overdoser%20bydelene', '/sok?q=Kommune%20212', '/en/sok?q=consumption%20rooms'];
  const downloads: (string | number)[][] = [];
  for (const q of queries) {
    const page = await browser.newPage();
    let bytes = 0;
    const pending: Promise<void>[] = [];
    page.on('requestfinished', (req) => {
      if (req.url().includes('/pagefind/')) pending.push(req.sizes().then((s) => void (bytes += s.responseBodySize + s.responseHeadersSize)));
    });
    await page.goto(`${server.url}${q}`, { waitUntil: 'networkidle' });
    const hits = await page.locator('.search-page__results li').count();
    await Promise.all(pending);
    await page.close();
    downloads.push([decodeURIComponent(q), hits, fmtKb(bytes)]);
  }
  await browser.close();
  await server.close();
  const perLocale = indexMs.map((x) => {
    const dir = path.join(outDir, x.locale === 'nb' ? '' : x.locale, 'pagefind');
    const index = ['index', 'fragment', 'filter'].reduce((s, d) => s + dirSize(path.join(dir, d)), 0);
    return [x.locale, x.pages, fmtMb(dirSize(dir)), fmtMb(index), fmtMs(x.ms)];
  });
  table(
    `Search at ${n} municipalities: the index per locale`,
    ['locale', 'pages indexed', 'on disk (all files)', 'index, fragments, filters', 'time to index'],
    perLocale,
  );
  table(
    `Search at ${n} municipalities: what a reader downloads for a query (goal ≤ 300 KB)`,
    ['query (search page)', 'results shown', 'bytes (Pagefind script, wasm, index chunks, fragments)'],
    downloads,
  );
  results.search = { index: indexMs, downloads };
}

// ---------------------------------------------------------------- weight
/** The page types measured, the template's two first: [name, address]. */
const pageTypes = (plain: string, ours: string): [string, string][] => [
  ['plain template: front page', `${plain}/`],
  ['plain template: docs page', `${plain}/docs/page-0002`],
  ['front page', `${ours}${PATHS.home}`],
  ['matrix', `${ours}${PATHS.matrix}`],
  ['matrix at a glance', `${ours}${PATHS.glance}`],
  ['compare tool', `${ours}${PATHS.compare}`],
  ['theme page (brukerrom)', `${ours}${themePath('brukerrom')}`],
  ['city page (Oslo)', `${ours}${cityPath('oslo')}`],
  ['source page', `${ours}${sourcePath('abcnyheter-2023-borgerlig-byrad-oslo')}`],
];
async function weight() {
  const b = await ensureBuilt(4);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  const ours = await serveStatic(b.outDir, { gzip: true });
  const plain = await serveStatic(b.plainOut, { gzip: true });
  const weigh = async (url: string) => {
    const page = await browser.newPage();
    const s = { html: 0, css: 0, mainJs: 0, pageJs: 0, other: 0 };
    const pending: Promise<void>[] = [];
    page.on('requestfinished', (req) =>
      pending.push(
        req.sizes().then(({ responseBodySize: n }) => {
          const type = req.resourceType();
          if (type === 'document') s.html += n;
          else if (type === 'stylesheet') s.css += n;
          else if (type === 'script') s[/\/(main|runtime~main)\.[0-9a-f]+\.js$/.test(req.url()) ? 'mainJs' : 'pageJs'] += n;
          else s.other += n;
        }),
      ),
    );
    await page.goto(url, { waitUntil: 'networkidle' });
    await Promise.all(pending);
    await page.close();
    return s;
  };
  const pages = pageTypes(plain.url, ours.url);
  const body: (string | number)[][] = [];
  const res: Record<string, unknown> = {};
  for (const [name, url] of pages) {
    const s = await weigh(url);
    res[name] = s;
    body.push([name, fmtKb(s.html), fmtKb(s.css), fmtKb(s.mainJs), fmtKb(s.pageJs), fmtKb(s.html + s.css + s.mainJs + s.pageJs), fmtKb(s.other)]);
  }
  table('What a first visit loads (gzip, on loopback)', ['page', 'HTML', 'CSS', 'JS: main bundle', 'JS: page chunks', 'total', 'fonts, images'], body);
  results.weight = res;
  await browser.close();
  await ours.close();
  await plain.close();
}

// ---------------------------------------------------------------- lighthouse
async function lighthouse() {
  const b = await ensureBuilt(4);
  const ours = await serveStatic(b.outDir, { gzip: true });
  const plain = await serveStatic(b.plainOut, { gzip: true });
  // the page types the issue names (the glance and source pages are weighed, not scored)
  const pages = pageTypes(plain.url, ours.url).filter(([name]) => !['matrix at a glance', 'source page'].includes(name));
  const body: (string | number)[][] = [];
  const res: Record<string, unknown> = {};
  for (const [name, url] of pages) {
    const f = await lighthouseMedians(url, RUNS, CHROMIUM);
    res[name] = f;
    body.push([name, f.performance, fmtMs(f.lcp), fmtMs(f.tbt), f.accessibility, f.bestPractices, f.seo]);
    log(`lighthouse ${name}: ${JSON.stringify(f)}`);
  }
  table(`Lighthouse, mobile defaults (median of ${RUNS})`, ['page', 'performance', 'LCP', 'TBT', 'accessibility', 'best practices', 'SEO'], body);
  results.lighthouse = res;
  await ours.close();
  await plain.close();
}

async function main() {
  const started = performance.now();
  const needsBrowser = (['search', 'weight', 'lighthouse'] as const).some((s) => only.has(s));
  if (needsBrowser && !existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: set CHROMIUM_PATH, or --only pipeline,build`);
  try {
    const run: Record<Section, () => unknown> = { pipeline, build: builds, search, weight, lighthouse };
    for (const section of SECTIONS) {
      if (!only.has(section)) continue;
      // a section that fails is reported and the others still run
      try {
        await run[section]();
      } catch (e) {
        out.push(`\n#### ${section}: failed\n\n${String(e).slice(0, 2000)}`);
        results[`${section}Error`] = String(e);
        process.exitCode = 1;
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  results.totalMs = performance.now() - started;
  console.log(
    `${out.join('\n')}\n\n_${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${RUNS} runs, bench took ${fmtMs(results.totalMs as number)}_`,
  );
  mkdirSync(OUT, { recursive: true });
  writeFileSync(path.join(OUT, 'results.json'), JSON.stringify(results, null, 2));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
