import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { open, PAGE_TYPES, url, useBrowser } from './browser';
import { sectionsShown } from './hydrated';

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

describe('long pages', () => {
  it.each(['/byer/oslo#tema-brukerrom', '/byer/oslo#oslo-handlingsplan-2025-27', '/tema/brukerrom#stavanger'])(
    'a link to %s lands on its target, and the target is shown',
    async (address) => {
      const { page } = await open(browserOf(), { viewport: { width: 360, height: 740 } });
      await page.goto(url(address), { waitUntil: 'networkidle' });
      const target = page.locator(`[id="${address.split('#')[1]}"]`);
      const box = (await target.boundingBox())!;
      // at the top of the window, just below the sticky navigation bar, not under it or far below
      const bar = (await page.locator('nav.navbar').boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(bar.y + bar.height - 1);
      expect(box.y).toBeLessThan(bar.y + bar.height + 40);
      expect((await target.innerText()).length).toBeGreaterThan(20);
    },
  );

  const screens = { phone: { width: 412, height: 823 }, desktop: { width: 1366, height: 768 } };
  it.each(Object.entries(PAGE_TYPES).flatMap(([kind, address]) => (['phone', 'desktop'] as const).map((screen) => [kind, address, screen] as const)))(
    '%s (%s): nothing on the %s screen jumps while the page loads and its far sections are laid out',
    async (_kind, address, screen) => {
      const { page } = await open(browserOf(), { viewport: screens[screen] });
      await page.goto(url(address), { waitUntil: 'load' });
      await sectionsShown(page);
      // the layout shifts since the page started loading, as the browser reports them (the sum is the cumulative layout shift)
      const shifts = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let sum = 0;
            new PerformanceObserver((list) => {
              for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) sum += e.value;
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(sum), 300);
          }),
      );
      // Lighthouse counts a page as good below 0.1; a section laid out with its placeholder height on the first screen gave 0.2.
      // Under load (CI) a table's columns may still settle by a few pixels as its rows arrive: 0.02 at 6× CPU on the compact matrix
      expect(shifts).toBeLessThan(0.05);
    },
  );

  it('lays out every far section once the page has loaded, without the reader scrolling to it', async () => {
    const { page } = await open(browserOf(), { viewport: { width: 360, height: 740 } });
    await page.goto(url('/byer/oslo'), { waitUntil: 'load' });
    await sectionsShown(page);
    const sections = page.locator('main.page > section');
    expect(await sections.count()).toBeGreaterThan(5);
    expect(await page.locator('main.page > section:not([data-shown])').count()).toBe(0);
    // innerText reads laid-out text only: the last section's text is there without scrolling
    await expect(page.locator('#uttalelser').innerText()).resolves.toMatch(/\w{20}/);
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
    // every section is printed, the last one too
    if (p.startsWith('/byer/')) await expect(page.locator('#uttalelser').innerText()).resolves.toMatch(/\w{20}/);
    // nothing is cut off at the right edge of an A4 page
    await page.setViewportSize({ width: 794, height: 1123 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(794);
    const name = p.replace(/\//g, '_').replace(/^_/, '');
    await page.pdf({ path: path.join(OUT, `print-${name}.pdf`), format: 'A4', printBackground: true });
    await page.screenshot({ path: path.join(OUT, `print-${name}.png`), fullPage: false });
  });
});

/**
 * How many pixels of a status marker's shape are painted in the marker's text
 * colour: the browser's own screenshot of the shape, decoded on a canvas.
 */
async function shapePixels(page: Page, marker: Locator): Promise<number> {
  const png = (await marker.locator('.sm').screenshot()).toString('base64');
  return page.evaluate(
    async ([data, colour]) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const px = ctx.getImageData(0, 0, img.width, img.height).data;
      const [r, g, b] = colour.match(/\d+/g)!.map(Number) as [number, number, number];
      let n = 0;
      for (let i = 0; i < px.length; i += 4) if (Math.abs(px[i]! - r) + Math.abs(px[i + 1]! - g) + Math.abs(px[i + 2]! - b) < 40) n++;
      return n;
    },
    [png, await marker.evaluate((el) => getComputedStyle(el).color)] as const,
  );
}

describe('status markers', () => {
  it.each([
    ['on screen', {}],
    ['in print', { media: 'print' }],
    ['with forced colours', { forcedColors: 'active' }],
  ] as const)('draw each status’s own shape in the status colour %s', async (_name, media) => {
    const { page } = await open(browserOf());
    await page.goto(url('/matrise'), { waitUntil: 'networkidle' });
    await page.emulateMedia(media);
    const filled = await shapePixels(page, page.locator('#oslo--brukerrom .status-marker')); // in operation: a filled circle
    const question = await shapePixels(page, page.locator('#oslo--mo-sentre .status-marker')); // not mentioned: a dashed ring with a question mark
    const slash = await shapePixels(page, page.locator('#stavanger--desentralisering .status-marker')); // not relevant: a ring with a slash
    // a 16 px box: the filled circle covers about 100 pixels, the outlines far fewer, and each is drawn
    expect(filled).toBeGreaterThan(80);
    expect(question).toBeGreaterThan(8);
    expect(slash).toBeGreaterThan(8);
    expect(question).toBeLessThan(filled);
    expect(slash).toBeLessThan(filled);
  });
});
