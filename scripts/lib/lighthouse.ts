import { median } from './measure';

export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** largest contentful paint, ms (simulated mobile) */
  lcp: number;
  /** total blocking time, ms (simulated mobile) */
  tbt: number;
}

const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Lighthouse with its mobile defaults, `runs` times in a fresh Chromium each, and the median of each figure. */
export async function lighthouseMedians(url: string, runs: number, chromePath: string): Promise<LighthouseFigures> {
  const { default: lighthouse } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const all: LighthouseFigures[] = [];
  for (let r = 0; r < runs; r++) {
    const chrome = await launch({ chromePath, chromeFlags: FLAGS });
    try {
      const res = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const lhr = res?.lhr;
      if (!lhr) throw new Error(`Lighthouse gave no result for ${url}`);
      const score = (k: string) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
      all.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
        tbt: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
      });
    } finally {
      chrome.kill();
    }
  }
  const m = (k: keyof LighthouseFigures) => median(all.map((x) => x[k]));
  return {
    performance: m('performance'),
    accessibility: m('accessibility'),
    bestPractices: m('bestPractices'),
    seo: m('seo'),
    lcp: Math.round(m('lcp')),
    tbt: Math.round(m('tbt')),
  };
}
