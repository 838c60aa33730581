import type { Page } from 'playwright-core';
import { ALL_SHOWN } from '../../src/client/reveal';

/**
 * Waits until React has hydrated the page: the navbar's search box marks
 * itself in an effect, which runs only after hydration.
 */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForSelector('form.site-search[data-hydrated]', { state: 'attached' });
}

/**
 * Waits until every far section of the page is laid out: src/client/reveal.ts
 * marks <html> once the last one is shown, after load, while the browser is idle.
 */
export async function sectionsShown(page: Page): Promise<void> {
  await page.waitForSelector(`html[${ALL_SHOWN}]`, { state: 'attached', timeout: 10_000 });
}
