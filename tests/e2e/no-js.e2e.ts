import { describe, expect, it } from 'vitest';
import { open, url, useBrowser } from './browser';

const browserOf = useBrowser();

describe('with JavaScript turned off', () => {
  it('the matrix is complete: every city × theme cell with status and summary', async () => {
    const { page } = await open(browserOf(), { javaScriptEnabled: false });
    await page.goto(url('/matrise'));
    const cells = page.locator('td.matrix__cell');
    const themes = await page.locator('tbody th.matrix__row').count();
    expect(await cells.count()).toBe(themes * 4);
    await expect(page.locator('#oslo--brukerrom .status-marker').innerText()).resolves.toBe('I drift');
    await expect(page.locator('#stavanger--desentralisering .status-marker').innerText()).resolves.toBe('Ikke aktuelt');
    await expect(page.locator('#oslo--mo-sentre .status-marker').innerText()).resolves.toBe('Ikke omtalt i kildene');
  });

  it('the compare tool shows the full table and no dead controls', async () => {
    const { page } = await open(browserOf(), { javaScriptEnabled: false });
    await page.goto(url('/sammenlign?byer=oslo'));
    expect(await page.locator('thead th.matrix__col').count()).toBe(4);
    // the controls are in the HTML (so nothing shifts when JavaScript starts them) but not shown without it
    expect(await page.locator('input[type=checkbox]:visible').count()).toBe(0);
    expect(await page.locator('form.compare-controls').isVisible()).toBe(false);
  });

  it('the search page says search needs JavaScript, links to the ways in, and shows no dead search field', async () => {
    const { page } = await open(browserOf(), { javaScriptEnabled: false });
    await page.goto(url('/sok?q=brukerrom'));
    await expect(page.locator('.search-nojs').innerText()).resolves.toContain('Søket trenger JavaScript');
    expect(await page.locator('.search-nojs a[href$="/matrise"]').isVisible()).toBe(true);
    expect(await page.locator('input.search-page__input').isVisible()).toBe(false);
  });

  it('theme, city, figure and source pages are readable', async () => {
    const { page } = await open(browserOf(), { javaScriptEnabled: false });
    await page.goto(url('/tema/overdoseforebygging'));
    await expect(page.locator('#oslo').innerText()).resolves.toContain('49');
    await page.goto(url('/tall'));
    await expect(page.locator('#oslo-overdosedodsfall svg title').innerHTML()).resolves.toContain('dødsfall i Oslo');
    // 2020 has two published values (51, then 53): the chart shows the latest and says it was revised; the gaps stay gaps
    await expect(page.locator('#oslo-overdosedodsfall svg desc').textContent()).resolves.toMatch(/2020: 53[^;]*revidert.*2021: 39.*2022: 49/);
    await expect(page.locator('#oslo-overdosedodsfall table').innerText()).resolves.toContain('2020');
    await page.goto(url('/byer/stavanger'));
    // without JavaScript a far section is laid out when the reader nears it (content-visibility: auto), and innerText reads laid-out text
    await page.locator('#planer').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('#planer').innerText()).toContain('Erfaring og fag');
    // print lays out every section, also those a screen lays out only when the reader nears them
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#uttalelser').innerText()).resolves.toMatch(/\w{20}/);
  });
});
