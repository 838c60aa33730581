import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import type { PageKind } from '../../src/core/site/index';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, headless, with the flags this sandbox needs (no background network traffic). */
export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** Launches one browser for the test file (closed after it); call at the top of a file. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

export const url = (path: string) => `${inject('baseUrl')}${path}`;

export interface TrackedPage {
  page: Page;
  /** console errors and uncaught exceptions seen so far */
  errors: string[];
}

/** A page in a fresh context that records console errors and page errors. */
export async function open(browser: Browser, options: BrowserContextOptions = {}): Promise<TrackedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { page, errors };
}

/**
 * One page of each kind the site has, used by the accessibility and console
 * checks. Typed by the page registry: a new page kind without an entry here
 * does not compile, so no kind escapes the checks.
 */
export const PAGE_TYPES = {
  home: '/',
  matrix: '/matrise',
  glance: '/matrise/kompakt',
  matrixYear: '/matrise/ar/2019',
  compare: '/sammenlign',
  changes: '/endringer',
  themes: '/tema',
  theme: '/tema/brukerrom',
  cities: '/byer',
  city: '/byer/oslo',
  figures: '/tall',
  sources: '/kilder',
  source: '/kilder/dagsavisen-2023-ruspolitikk-oslo',
  glossary: '/ordliste',
  timeline: '/tidslinje',
  codebook: '/om/kodebok',
  data: '/data',
  search: '/sok?q=brukerrom',
  docs: '/om/metode',
} as const satisfies Record<PageKind | 'docs', string>;
