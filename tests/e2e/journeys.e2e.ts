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
    await expect(page.locator('#trondheim--brukerrom').innerText()).resolves.toContain('Nei eller ikke nå');

    await page.locator('#trondheim--brukerrom a', { hasText: 'Detaljer og kilder' }).click();
    await page.waitForURL(/\/tema\/brukerrom#trondheim$/);
    await expect(page.locator('#trondheim').innerText()).resolves.toContain('Nei eller ikke nå');

    await page.locator('#trondheim a', { hasText: 'Byside: Trondheim' }).click();
    await page.waitForURL(/\/byer\/trondheim#tema-brukerrom$/);
    await expect.poll(() => page.locator('h1').innerText()).toBe('Trondheim');

    const sourceLink = page.locator('#tema-brukerrom .citations a').first();
    const sourceTitle = await sourceLink.innerText();
    await sourceLink.click();
    await page.waitForURL(/\/kilder\/[a-z0-9-]+$/);
    await expect.poll(() => page.locator('h1').innerText()).toBe(sourceTitle);

    // and back: the source page links to the claim on the theme page
    await page.locator('main a[href$="/tema/brukerrom#trondheim"]').first().click();
    await page.waitForURL(/\/tema\/brukerrom#trondheim$/);
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
  it('finds a service named only in the data, by keyboard alone', async () => {
    const { page, errors } = await open(browserOf());
    await page.goto(url('/'));
    await hydrated(page);
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('placeholder'))).toBe('Søk');
    await page.keyboard.type('Gryta', { delay: 50 });
    const first = page.locator('[role=option]').first();
    await first.waitFor();
    expect(await first.getAttribute('aria-selected')).toBe('true');
    await expect(first.innerText()).resolves.toContain('Trondheim');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/byer\/trondheim/);
    // client-side navigation changes the address before the new page has rendered
    await expect.poll(() => page.locator('h1').first().innerText()).toBe('Trondheim');
    await expect(page.locator('main').innerText()).resolves.toContain('Gryta');
    expect(errors).toEqual([]);
  });

  it('finds names of people and places from the data on the results page, in both languages', async () => {
    const { page } = await open(browserOf());
    for (const [path, expected] of [
      ['/search?q=Mushtaq', 'Oslo'],
      ['/search?q=Gyldenpris', 'Bergen'],
      ['/en/search?q=Stenvig', 'Trondheim'],
    ] as const) {
      await page.goto(url(path), { waitUntil: 'networkidle' });
      const results = page.locator('.main-wrapper article h2');
      await results.first().waitFor();
      await expect(results.allInnerTexts()).resolves.toContain(expected);
    }
  });
});
