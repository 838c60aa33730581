import type { Page } from 'playwright-core';

/**
 * Waits until React has hydrated the page: the navbar's search box marks
 * itself in an effect, which runs only after hydration.
 */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForSelector('form.site-search[data-hydrated]', { state: 'attached' });
}
