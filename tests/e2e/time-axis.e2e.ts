import { describe, expect, it } from 'vitest';
import { open, url, useBrowser } from './browser';
import { hydrated } from './hydrated';

const browserOf = useBrowser();

describe('the time axis', () => {
  it('the matrix at a glance shows every theme × city on one screen at 1366×768', async () => {
    const { page, errors } = await open(browserOf(), { viewport: { width: 1366, height: 768 } });
    await page.goto(url('/matrise/kompakt'));
    const themes = await page.locator('.glance tbody tr').count();
    expect(themes).toBeGreaterThanOrEqual(24);
    expect(await page.locator('.glance tbody td').count()).toBe(themes * 4);
    const box = await page.locator('.glance-grid').boundingBox();
    expect(box!.y + box!.height, 'the grid ends above the fold').toBeLessThanOrEqual(768);
    expect(box!.width).toBeLessThanOrEqual(1366);
    expect(errors).toEqual([]);
  });

  it('is readable at 360 px: the page does not scroll sideways, and each cell links to its details', async () => {
    const { page } = await open(browserOf(), { viewport: { width: 360, height: 740 } });
    await page.goto(url('/matrise/kompakt'));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const link = page.locator('.glance tbody td a').first();
    expect(await link.getAttribute('href')).toMatch(/\/tema\/[a-z-]+#[a-z]+$/);
    // the status is in the link text for screen readers
    await expect(link.innerText()).resolves.toMatch(/\d{4}|I drift|Vedtatt|Ikke/);
  });

  it('each year has a static matrix: Trondheim’s consumption room is «not now» at the end of 2020 and adopted at the end of 2021', async () => {
    const { page } = await open(browserOf(), { javaScriptEnabled: false });
    const cell = (y: number) =>
      page.goto(url(`/matrise/ar/${y}`)).then(() =>
        page
          .locator('.glance tr', { has: page.locator('th a[href$="/tema/brukerrom"]') })
          .locator('td')
          .nth(2)
          .innerText(),
      );
    await expect(cell(2020)).resolves.toMatch(/Nei eller ikke nå/);
    await expect(cell(2021)).resolves.toMatch(/Vedtatt/);
    // the year control links every year from 2016 to the data year
    const years = await page.locator('.year-nav li').allInnerTexts();
    expect(years[0]).toBe('2016');
    expect(Number(years.at(-1))).toBeGreaterThanOrEqual(2025);
  });

  it('the change log lists status changes newest first, each linking to its entry and its sources (without JavaScript)', async () => {
    const { page } = await open(browserOf(), { javaScriptEnabled: false });
    await page.goto(url('/endringer'));
    const dates = await page.locator('.change__when time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
    expect(dates.length).toBeGreaterThan(20);
    expect([...dates].sort().reverse()).toEqual(dates);
    const trondheim = page.locator('.change', { hasText: 'Trondheim: Brukerrom' }).first();
    await expect(trondheim.innerText()).resolves.toMatch(/Nei eller ikke nå[\s\S]*→[\s\S]*Vedtatt/);
    expect(await trondheim.locator('a').first().getAttribute('href')).toMatch(/\/byer\/trondheim#trondheim--brukerrom--\d+$/);
    expect(await trondheim.locator('.citations li').count()).toBeGreaterThan(0);
  });

  it('the codebook reads fully without JavaScript, in both languages', async () => {
    const { page } = await open(browserOf(), { javaScriptEnabled: false });
    await page.goto(url('/om/kodebok'));
    expect(await page.locator('.codebook-status').count()).toBe(7);
    await expect(page.locator('#status-adopted').innerText()).resolves.toContain('Bystyrevedtak');
    expect(await page.locator('.codebook-theme').count()).toBeGreaterThanOrEqual(24);
    await page.goto(url('/en/om/kodebok'));
    await expect(page.locator('h1').innerText()).resolves.toBe('Codebook: how a status is set');
    // the legend on every status page links here
    await page.goto(url('/matrise'));
    expect(await page.locator('.legend a[href$="/om/kodebok"]').count()).toBe(1);
  });

  it('the compare tool compares one city with itself at two dates, in a shareable URL', async () => {
    const { page, errors } = await open(browserOf());
    await page.goto(url('/sammenlign?by=trondheim&fra=2019&til=2025'));
    await hydrated(page);
    const row = page.locator('.time-table tbody tr', { has: page.locator('a[href$="/tema/brukerrom#trondheim"]') });
    await expect(row.innerText()).resolves.toMatch(/Nei eller ikke nå[\s\S]*Vedtatt/);
    expect(await row.getAttribute('class')).toContain('time-table__changed');
    await page.locator('select').nth(1).selectOption('2020');
    await expect.poll(() => page.url()).toContain('fra=2020');
    expect(errors).toEqual([]);
  });
});
