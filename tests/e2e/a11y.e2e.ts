import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { open, PAGE_TYPES, url, useBrowser } from './browser';
import { sectionsShown } from './hydrated';

const browserOf = useBrowser();

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const CONCURRENCY = 3;

/** Runs axe on one page and returns its violations as readable lines. */
async function violations(path: string, scheme: 'light' | 'dark'): Promise<string[]> {
  const { page } = await open(browserOf(), { colorScheme: scheme });
  try {
    const res = await page.goto(url(path), { waitUntil: 'load' });
    // a page that is missing would pass axe trivially
    expect(res?.status(), path).toBe(200);
    expect(await page.locator('main h1').count(), path).toBeGreaterThan(0);
    expect(await page.locator('html').getAttribute('data-theme'), path).toBe(scheme);
    // far sections are laid out only when the reader nears them until the page has loaded and the browser is idle
    // (src/client/reveal.ts); axe reads colours and positions from layout, as a reader's tools do, so wait for them
    await sectionsShown(page);
    // legacy mode runs axe.run in the page itself; the pages have no iframes, and it
    // halves the time (the default mode opens an extra blank page to merge frame results)
    const result = await new AxeBuilder({ page }).withTags(TAGS).setLegacyMode(true).analyze();
    return result.violations.map((v) => `${path} [${scheme}] ${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${v.nodes[0]?.target.join(' ')})`);
  } finally {
    await page.context().close();
  }
}

describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  const groups = (['', '/en'] as const).flatMap((prefix) =>
    (['light', 'dark'] as const).map((scheme) => ({ language: prefix ? 'English' : 'bokmål', prefix, scheme })),
  );

  it.each(groups)('every page type in $language, $scheme mode, has no violations', async ({ prefix, scheme }) => {
    const paths = Object.values(PAGE_TYPES).map((p) => `${prefix}${p}`);
    const found: string[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < paths.length) found.push(...(await violations(paths[next++]!, scheme)));
      }),
    );
    expect(found.sort()).toEqual([]);
  });
});
