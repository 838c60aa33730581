import { describe, expect, it } from 'vitest';
import { open, PAGE_TYPES, url, useBrowser } from './browser';
import { hydrated } from './hydrated';

const browserOf = useBrowser();

describe('a reader’s journey', () => {
  it('goes from the front page to the matrix, a theme, a city and a source, and back', async () => {
    const { page, errors } = await open(browserOf());
    await page.goto(url('/'));
    await expect(page.locator('h1').innerText()).resolves.toBe('Rusplaner i storbyene');
    await expect(page.locator('main').innerText()).resolves.toContain('Oslo');

    await page.locator('main a', { hasText: 'Se hele oversikten' }).click();
    await page.waitForURL(/\/matrise$/);
    await expect(page.locator('#oslo--brukerrom').innerText()).resolves.toContain('I drift');
    // the council adopted a consumption room in 2021; the cell says since when, and that the status changed
    await expect(page.locator('#trondheim--brukerrom').innerText()).resolves.toMatch(/Vedtatt\s+fra 2021[\s\S]*↻/);

    await page.locator('#trondheim--brukerrom a', { hasText: 'Detaljer og kilder' }).click();
    await page.waitForURL(/\/tema\/brukerrom#trondheim$/);
    // the history shows the kommunalsjef's «not now» of 2019 as his view, then the council's decision
    const history = page.locator('#trondheim .cell-history');
    await expect(history.innerText()).resolves.toMatch(/Nei eller ikke nå[\s\S]*Stenvig[\s\S]*Vedtatt/);
    await expect(history.innerText()).resolves.toContain('Sist kontrollert mot kildene');

    await page.locator('#trondheim a', { hasText: 'Byside: Trondheim' }).click();
    await page.waitForURL(/\/byer\/trondheim#tema-brukerrom$/);
    await expect.poll(() => page.locator('h1').innerText()).toBe('Trondheim');

    // the cell's history (with its sources) is folded on the city page
    await page.locator('#tema-brukerrom details summary').first().click();
    const sourceLink = page.locator('#tema-brukerrom .citations a').first();
    const sourceTitle = await sourceLink.innerText();
    await sourceLink.click();
    await page.waitForURL(/\/kilder\/[a-z0-9-]+$/);
    await expect.poll(() => page.locator('h1').innerText()).toBe(sourceTitle);

    // and back: the source page links to the dated claim it supports, in the city's history, which opens at that entry
    await page.locator('main a[href$="/byer/trondheim#trondheim--brukerrom--1"]').first().click();
    await page.waitForURL(/\/byer\/trondheim#trondheim--brukerrom--1$/);
    await expect.poll(() => page.locator('[id="trondheim--brukerrom--1"]').isVisible()).toBe(true);
    await page.goBack();
    await page.waitForURL(/\/kilder\//);
    expect(errors).toEqual([]);
  });

  it('switches language and keeps the reader on the same page', async () => {
    const { page, errors } = await open(browserOf());
    await page.goto(url('/tema/brukerrom'));
    expect(await page.locator('html').getAttribute('lang')).toBe('nb-NO');
    const alternates = await page
      .locator('link[rel=alternate][hreflang]')
      .evaluateAll((els) => els.map((e) => `${e.getAttribute('hreflang')} ${new URL(e.getAttribute('href')!).pathname}`));
    expect(alternates).toEqual(expect.arrayContaining(['nb-NO /tema/brukerrom', 'en-GB /en/tema/brukerrom']));
    await page.locator('.navbar__items--right .dropdown').hover();
    await page.locator('.dropdown__menu a', { hasText: 'English' }).click();
    await page.waitForURL(/\/en\/tema\/brukerrom$/);
    await expect.poll(() => page.locator('h1').innerText()).toBe('Drug consumption rooms');
    expect(await page.locator('html').getAttribute('lang')).toBe('en-GB');
    await expect(page.locator('#oslo').innerText()).resolves.toContain('In operation');
    expect(errors).toEqual([]);
  });

  it.each(['', '/en'])('shows every page type without console errors (%s)', async (prefix) => {
    const { page, errors } = await open(browserOf());
    for (const [kind, path] of Object.entries(PAGE_TYPES)) {
      const res = await page.goto(url(`${prefix}${path}`), { waitUntil: 'networkidle' });
      expect(res?.status(), kind).toBe(200);
      expect((await page.locator('h1').first().innerText()).length, kind).toBeGreaterThan(0);
    }
    expect(errors).toEqual([]);
  });

  it('shows the data date and a ready citation on every generated page', async () => {
    const { page } = await open(browserOf());
    for (const path of ['/matrise', '/tema/bolig', '/byer/bergen', '/tall', '/kilder']) {
      await page.goto(url(path));
      await expect(page.locator('.page-meta').innerText()).resolves.toMatch(/Data sist oppdatert: \d{1,2}\. \w+ \d{4}/);
      await expect(page.locator('.page-meta__citation').innerText()).resolves.toContain(path);
    }
  });

  it('shows "last updated" on the hand-written pages', async () => {
    const { page } = await open(browserOf());
    await page.goto(url('/om/metode'));
    await expect(page.locator('.theme-last-updated').innerText()).resolves.toMatch(/\d{4}/);
  });
});

describe('search', () => {
  it('loads nothing until the search box is focused, then finds a service named only in the data, by keyboard alone', async () => {
    const { page, errors } = await open(browserOf());
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(url('/'));
    await hydrated(page);
    expect(fetched.filter((p) => p.includes('/pagefind/'))).toEqual([]);
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('q');
    await page.keyboard.type('Gryta', { delay: 30 });
    const options = page.locator('.site-search [role=option]');
    await options.first().waitFor();
    await expect(options.allInnerTexts()).resolves.toEqual(expect.arrayContaining([expect.stringContaining('Trondheim')]));
    expect(fetched.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
    // arrow down to the Trondheim result, Enter opens it
    const texts = await options.allInnerTexts();
    const target = texts.findIndex((x) => x.startsWith('Trondheim'));
    for (let i = 0; i <= target; i++) await page.keyboard.press('ArrowDown');
    expect(await options.nth(target).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/byer\/trondheim/);
    await expect.poll(() => page.locator('h1').first().innerText()).toBe('Trondheim');
    await expect(page.locator('main').innerText()).resolves.toContain('Gryta');
    expect(errors).toEqual([]);
  });

  it('finds people, places and inflected words on the shareable search page, in both languages', async () => {
    const { page } = await open(browserOf());
    for (const [path, expected] of [
      ['/sok?q=Mushtaq', 'Oslo'],
      ['/sok?q=Vågsbunnen', 'Bergen'],
      ['/sok?q=erfaringskonsulent', 'Brukermedvirkning og erfaringskonsulenter'],
      // a Norwegian inflected form finds its base form
      ['/sok?q=brukerrommet', 'Brukerrom'],
      ['/en/sok?q=Stenvig', 'Trondheim'],
    ] as const) {
      await page.goto(url(path), { waitUntil: 'networkidle' });
      const results = page.locator('.search-page__results li a');
      await results.first().waitFor();
      await expect(results.allInnerTexts(), path).resolves.toContain(expected);
    }
  });

  it('shows ten results at a time, fetching more only when asked', async () => {
    const { page } = await open(browserOf());
    const fragments: string[] = [];
    page.on('request', (r) => r.url().includes('/fragment/') && fragments.push(r.url()));
    await page.goto(url('/sok?q=brukerrom'), { waitUntil: 'networkidle' });
    const items = page.locator('.search-page__results li');
    await items.first().waitFor();
    expect(await items.count()).toBe(10);
    expect(fragments).toHaveLength(10);
    await page.getByRole('button', { name: 'Vis flere treff' }).click();
    await expect.poll(() => items.count()).toBeGreaterThan(10);
    expect(fragments.length).toBe(await items.count());
  });

  it('a page of results that arrives after the query changed is not added to the new results', async () => {
    const { page } = await open(browserOf());
    await page.goto(url('/sok?q=brukerrom'), { waitUntil: 'networkidle' });
    const links = page.locator('.search-page__results li a');
    await links.first().waitFor();
    // the next page of «brukerrom» is slow to come; the reader types a new query meanwhile
    let slow = true;
    await page.route('**/pagefind/fragment/**', async (route) => {
      if (slow) await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await page.getByRole('button', { name: 'Vis flere treff' }).click();
    slow = false;
    await page.locator('.search-page__input').fill('Vågsbunnen');
    await expect.poll(() => links.allInnerTexts(), { timeout: 5000 }).toContain('Bergen');
    const fresh = await links.allInnerTexts();
    // the slow page has arrived by now, and is dropped
    await page.waitForTimeout(2000);
    expect(await links.allInnerTexts()).toEqual(fresh);
    expect(fresh.length).toBeLessThanOrEqual(10);
  });

  it('narrows results by city, theme or kind of page', async () => {
    const { page } = await open(browserOf());
    await page.goto(url('/sok?q=brukerrom'), { waitUntil: 'networkidle' });
    await page.locator('.search-page__results li').first().waitFor();
    const before = await page.locator('.search-page__results li').count();
    // the filters are folded (they arrive with the index, and would push the page down)
    await page.locator('.search-page__filters summary', { hasText: 'Avgrens treffene' }).click();
    await page
      .locator('.search-page__filter', { hasText: 'Slags side' })
      .locator('label', { hasText: /^\s*By \(/ })
      .locator('input')
      .check();
    await expect.poll(() => page.locator('.search-page__results li').count()).toBeLessThan(before);
    const titles = await page.locator('.search-page__results li a').allInnerTexts();
    for (const t of titles) expect(['Oslo', 'Bergen', 'Trondheim', 'Stavanger']).toContain(t);
  });
});
