import type { Page } from 'playwright-core';

/**
 * Waits until React has hydrated the page: the search bar wrapper sets the
 * translated aria-label in an effect, which runs only after hydration.
 */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForSelector('input.navbar__search-input:not([aria-label="Search"])', { state: 'attached' });
}
