import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { open, url, useBrowser } from './browser';

/** Print and small-screen checks. Screenshots go to test-results/ for a person to look at. */
const OUT = path.resolve(__dirname, '../../test-results');
mkdirSync(OUT, { recursive: true });

const browserOf = useBrowser();

describe('small screens (360 px)', () => {
  it('keeps the row and column headings of the matrix in view while scrolling it', async () => {
    const { page } = await open(browserOf(), { viewport: { width: 360, height: 740 } });
    await page.goto(url('/matrise'), { waitUntil: 'networkidle' });
    const box = page.locator('.matrix-scroll');
    await box.scrollIntoViewIfNeeded();
    await box.evaluate((el) => {
      el.scrollLeft = 400;
      el.scrollTop = 600;
    });
    await page.waitForTimeout(200);
    const boxRect = (await box.boundingBox())!;
    const colHead = (await page.locator('thead th.matrix__col').nth(2).boundingBox())!;
    const rowHead = (await page.locator('tbody th.matrix__row').nth(4).boundingBox())!;
    // the headings sit at the top and left edges of the scrolled box (within its 1 px border)
    expect(Math.abs(colHead.y - boxRect.y)).toBeLessThanOrEqual(2);
    expect(Math.abs(rowHead.x - boxRect.x)).toBeLessThanOrEqual(2);
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(360);
    await page.screenshot({ path: path.join(OUT, 'matrix-360.png') });
  });

  it('city and theme pages do not scroll sideways', async () => {
    const { page } = await open(browserOf(), { viewport: { width: 360, height: 740 } });
    for (const p of ['/byer/oslo', '/tema/brukerrom', '/tall', '/sammenlign']) {
      await page.goto(url(p), { waitUntil: 'networkidle' });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), p).toBeLessThanOrEqual(360);
    }
    await page.screenshot({ path: path.join(OUT, 'compare-360.png') });
  });
});

describe('print', () => {
  it.each(['/matrise', '/tema/desentralisering', '/byer/bergen'])('%s prints on A4 with sources and data date, without navigation', async (p) => {
    const { page } = await open(browserOf());
    await page.goto(url(p), { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav.navbar').evaluate((el) => getComputedStyle(el).display)).toBe('none');
    expect(await page.locator('footer.footer').evaluate((el) => getComputedStyle(el).display)).toBe('none');
    expect(await page.locator('.print-header').evaluate((el) => getComputedStyle(el).display)).toBe('block');
    await expect(page.locator('.page-meta').innerText()).resolves.toMatch(/Data sist oppdatert/);
    await expect(page.locator('.page-meta__citation').isVisible()).resolves.toBe(true);
    if (p !== '/matrise') await expect(page.locator('.citations').first().isVisible()).resolves.toBe(true);
    // nothing is cut off at the right edge of an A4 page
    await page.setViewportSize({ width: 794, height: 1123 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(794);
    const name = p.replace(/\//g, '_').replace(/^_/, '');
    await page.pdf({ path: path.join(OUT, `print-${name}.pdf`), format: 'A4', printBackground: true });
    await page.screenshot({ path: path.join(OUT, `print-${name}.png`), fullPage: false });
  });
});
