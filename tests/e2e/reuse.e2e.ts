import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server';
import { open, url, useBrowser } from './browser';
import { hydrated } from './hydrated';

const ROOT = path.resolve(__dirname, '../..');
const BUILD = path.join(ROOT, 'build');
const browserOf = useBrowser();

describe('reuse files in the production build', () => {
  it('writes the API, the data package, the feeds, the share images, the embeds and the citation files', () => {
    const index = JSON.parse(readFileSync(path.join(BUILD, 'api/v1/index.json'), 'utf8')) as { dataDate: string };
    expect(index.dataDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const pkg = JSON.parse(readFileSync(path.join(BUILD, 'data/datapackage.json'), 'utf8')) as { resources: { path: string }[] };
    for (const r of pkg.resources) expect(readFileSync(path.join(BUILD, 'data', r.path)).length, r.path).toBeGreaterThan(0);
    const feed = parseFeed(readFileSync(path.join(BUILD, 'endringer.atom'), 'utf8'));
    expect(feed.items.length).toBeGreaterThan(20);
    expect(readFileSync(path.join(BUILD, 'img/og/byer/oslo.png')).subarray(1, 4).toString()).toBe('PNG');
    expect(readFileSync(path.join(BUILD, 'embed/celle/oslo/brukerrom.html'), 'utf8')).toContain('Oslo: Brukerrom');
    expect(readFileSync(path.join(BUILD, 'sitering/tema--brukerrom.bib'), 'utf8')).toContain('title = {Brukerrom}');
  });

  it('every page has the tags reference managers and link previews read', async () => {
    const { page } = await open(browserOf(), { javaScriptEnabled: false });
    await page.goto(url('/byer/oslo'));
    const meta = (name: string) => page.locator(`meta[name="${name}"], meta[property="${name}"]`).first().getAttribute('content');
    await expect(meta('citation_title')).resolves.toBe('Oslo');
    await expect(meta('citation_publisher')).resolves.toBe('Rusplaner i storbyene');
    await expect(meta('citation_date')).resolves.toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
    await expect(meta('DC.identifier')).resolves.toMatch(/\/byer\/oslo$/);
    await expect(meta('og:image')).resolves.toMatch(/\/img\/og\/byer\/oslo\.png$/);
    await expect(meta('twitter:card')).resolves.toBe('summary_large_image');
    const feeds = await page.locator('link[rel=alternate][type="application/atom+xml"]').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(feeds).toEqual(['/endringer.atom', '/byer/oslo.atom']);
    // the citation downloads
    const bib = await page.locator('.page-meta__formats a', { hasText: 'BibTeX' }).getAttribute('href');
    const res = await page.request.get(url(bib!));
    expect(await res.text()).toContain('title = {Oslo}');
  });

  it('an embed works inside an iframe on a page of another origin, without JavaScript', async () => {
    const embed = url('/embed/celle/trondheim/brukerrom');
    const host = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><html lang="en"><head><title>Another site</title></head><body><h1>Another site</h1><iframe src="${embed}" title="Trondheim: Brukerrom" width="600" height="200"></iframe></body></html>`,
      );
    });
    await new Promise<void>((ok) => host.listen(0, 'localhost', ok));
    try {
      const other = `http://localhost:${(host.address() as AddressInfo).port}/`;
      expect(new URL(other).origin).not.toBe(new URL(embed).origin);
      const { page } = await open(browserOf(), { javaScriptEnabled: false });
      await page.goto(other);
      const frame = page.frameLocator('iframe');
      await expect(frame.locator('h1').innerText()).resolves.toBe('Trondheim: Brukerrom');
      await expect(frame.locator('.st').innerText()).resolves.toBe('Vedtatt');
      await expect(frame.locator('a[target=_top]').getAttribute('href')).resolves.toMatch(/\/tema\/brukerrom#trondheim$/);
    } finally {
      await new Promise((done) => host.close(done));
    }
  });

  it('the theme page offers the embed code beside each cell', async () => {
    const { page } = await open(browserOf(), { javaScriptEnabled: false });
    await page.goto(url('/tema/brukerrom'));
    const code = await page.locator('#trondheim .embed-code textarea').inputValue();
    expect(code).toMatch(/^<iframe src="[^"]+\/embed\/celle\/trondheim\/brukerrom" title="Trondheim: Brukerrom"/);
  });
});

/** The site built for a non-root base URL (/rusplaner/), with two cities per page so the compare tool fetches the others. */
describe('under a non-root base URL', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'rusplaner-base-'));
  let base = '';
  let close: () => Promise<void> = () => Promise.resolve();

  beforeAll(async () => {
    const res = spawnSync(path.join(ROOT, 'node_modules/.bin/docusaurus'), ['build', '--locale', 'nb', '--out-dir', out], {
      cwd: ROOT,
      env: { ...process.env, BASE_URL: '/rusplaner/', RUSPLANER_CITIES_PER_PAGE: '2' },
      encoding: 'utf8',
      timeout: 300_000,
    });
    if (res.status !== 0) throw new Error(`build for /rusplaner/ failed:\n${res.stdout}\n${res.stderr}`);
    const server = await serveStatic(out, { basePath: '/rusplaner' });
    base = `${server.url}/rusplaner`;
    close = server.close;
  }, 320_000);
  afterAll(async () => {
    await close();
    rmSync(out, { recursive: true, force: true });
  });

  it('serves pages, styles and scripts from under the base path without errors', async () => {
    const { page, errors } = await open(browserOf());
    const failed: string[] = [];
    page.on('response', (r) => r.status() >= 400 && failed.push(r.url()));
    for (const p of ['/', '/matrise', '/matrise/2', '/tema/brukerrom', '/byer/oslo', '/data', '/om/metode']) {
      const res = await page.goto(`${base}${p}`, { waitUntil: 'networkidle' });
      expect(res?.status(), p).toBe(200);
      expect(await page.locator('link[rel=stylesheet]').first().getAttribute('href'), p).toMatch(/^\/rusplaner\//);
    }
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('downloads, the API and the feed resolve under the base path', async () => {
    const { page } = await open(browserOf());
    await page.goto(`${base}/data`);
    const csv = await page.locator('a[download]', { hasText: 'matrise.csv' }).getAttribute('href');
    expect(csv).toBe('/rusplaner/data/matrise.csv');
    const api = await page.request.get(`${base}/api/v1/index.json`);
    const index = (await api.json()) as { files?: { href: string }[] } & Record<string, unknown>;
    expect(api.status()).toBe(200);
    // every address in the API index is relative, so it resolves under the base path
    const hrefs = JSON.stringify(index)
      .match(/"href":"([^"]+)"/g)!
      .map((m) => m.slice(8, -1));
    for (const h of hrefs.slice(0, 12)) expect((await page.request.get(new URL(h, `${base}/api/v1/index.json`).href)).status(), h).toBe(200);
    expect((await page.request.get(`${base}/endringer.atom`)).status()).toBe(200);
  });

  it('search finds pages and links them under the base path', async () => {
    const { page } = await open(browserOf());
    await page.goto(`${base}/sok?q=Gryta`, { waitUntil: 'networkidle' });
    const first = page.locator('.search-page__results li a').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(/^\/rusplaner\//);
  });

  it('the compare tool fetches the cities not on its page, and says so when a file fails', async () => {
    const { page, errors } = await open(browserOf());
    await page.route('**/data/sammenlign/stavanger.json', (r) => r.abort());
    await page.goto(`${base}/sammenlign?byer=oslo,trondheim,stavanger`);
    await hydrated(page);
    // trondheim is fetched (not on the first page of two cities) and shown
    await expect.poll(() => page.locator('table.matrix thead th.matrix__col').allInnerTexts()).toEqual(['Oslo', 'Trondheim']);
    // stavanger's file is blocked: a visible, translated message
    await expect.poll(() => page.locator('.compare-error').innerText()).toContain('Klarte ikke å hente dataene for Stavanger');
    expect(errors.filter((e) => !/stavanger\.json|ERR_FAILED/.test(e))).toEqual([]);
  });
});
