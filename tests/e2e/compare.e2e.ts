import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { open, url, useBrowser } from './browser';
import { hydrated } from './hydrated';

const browserOf = useBrowser();

const headings = (page: Page) => page.locator('table.matrix thead th.matrix__col').allInnerTexts();
const rows = (page: Page) => page.locator('table.matrix tbody th.matrix__row').count();

describe('the compare tool', () => {
  it('narrows the table and keeps the choice in a shareable URL', async () => {
    const { page, errors } = await open(browserOf());
    await page.goto(url('/sammenlign'));
    await hydrated(page);
    await expect.poll(() => headings(page)).toEqual(['Oslo', 'Bergen', 'Trondheim', 'Stavanger']);
    const themeCount = await rows(page);
    expect(themeCount).toBeGreaterThanOrEqual(18);

    await page.getByRole('checkbox', { name: 'Trondheim' }).uncheck();
    await page.getByRole('checkbox', { name: 'Stavanger' }).uncheck();
    await page.locator('fieldset', { hasText: 'Tema' }).getByRole('button', { name: 'Ingen' }).click();
    await page.getByRole('checkbox', { name: 'Brukerrom' }).check();
    await page.getByRole('checkbox', { name: 'Desentralisering' }).check();

    await expect.poll(() => headings(page)).toEqual(['Oslo', 'Bergen']);
    await expect.poll(() => rows(page)).toBe(2);
    await expect.poll(() => new URL(page.url()).search).toBe('?byer=oslo,bergen&tema=desentralisering,brukerrom');
    const share = await page.locator('.compare-controls__share').inputValue();
    expect(share).toContain('/sammenlign?byer=oslo,bergen&tema=desentralisering,brukerrom');

    // the shared link opens the same selection
    const other = await open(browserOf());
    await other.page.goto(share.replace(/^https?:\/\/[^/]+/, url('')));
    await hydrated(other.page);
    await expect.poll(() => headings(other.page)).toEqual(['Oslo', 'Bergen']);
    await expect.poll(() => rows(other.page)).toBe(2);
    await expect(other.page.getByRole('checkbox', { name: 'Trondheim' }).isChecked()).resolves.toBe(false);
    expect([...errors, ...other.errors]).toEqual([]);
  });

  it('works with the keyboard alone', async () => {
    const { page } = await open(browserOf());
    await page.goto(url('/sammenlign'));
    await hydrated(page);
    const oslo = page.getByRole('checkbox', { name: 'Oslo' });
    await oslo.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => headings(page)).toEqual(['Bergen', 'Trondheim', 'Stavanger']);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).value)).resolves.toBe('bergen');
    await page.keyboard.press('Space');
    await expect.poll(() => headings(page)).toEqual(['Trondheim', 'Stavanger']);
    await expect.poll(() => new URL(page.url()).search).toBe('?byer=trondheim,stavanger');
    // focus is visible on the checkbox the keyboard reached
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
  });

  it('ignores unknown ids in a shared URL', async () => {
    const { page } = await open(browserOf());
    await page.goto(url('/sammenlign?byer=oslo,narvik&tema=brukerrom'));
    await hydrated(page);
    await expect.poll(() => headings(page)).toEqual(['Oslo']);
    await expect.poll(() => rows(page)).toBe(1);
  });
});
