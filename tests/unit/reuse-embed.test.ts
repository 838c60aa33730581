import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentEntry } from '../../src/core/history';
import { embedPaths, htmlFile } from '../../src/core/paths';
import { buildEmbeds } from '../../src/core/reuse/embed';
import { pageReuse } from '../../src/core/reuse/page-reuse';
import { STATUS_COLOUR } from '../../src/core/status-shapes';
import { buildSite } from '../../src/core/site/index';
import { ROOT, realDataset } from '../helpers/fixtures';

const ds = realDataset;
const ROOT_URL = 'https://example.org/rusplaner';

describe('the embeds', () => {
  const data = ds();
  const files = buildEmbeds(data, { siteRoot: ROOT_URL, locale: 'nb' });
  const byPath = new Map(files.map((f) => [f.path, f.content]));

  it('has one per cell, per city row and per theme column', () => {
    expect(files).toHaveLength(data.cities.length * data.themes.length + data.cities.length + data.themes.length);
  });

  it('shows a cell’s current status, the year it took effect, the data date and a link back that leaves the iframe', () => {
    const html = byPath.get(htmlFile(embedPaths.cell('trondheim', 'brukerrom')))!;
    expect(html).toContain('<html lang="nb-NO">');
    expect(html).toContain(`>${data.codebook.statuses[currentEntry(data.cities.find((c) => c.id === 'trondheim')!.positions.brukerrom!).status].label.nb}<`);
    expect(html).toMatch(/fra 2021/);
    expect(html).toContain('Data per 27. november 2026');
    expect(html).toContain(`<a href="${ROOT_URL}/tema/brukerrom#trondheim" target="_top">`);
    // no navigation and nothing that needs JavaScript
    expect(html).not.toMatch(/<script|<nav|onclick=/i);
  });

  it('a city’s row and a theme’s column list every theme and every city', () => {
    const row = byPath.get(htmlFile(embedPaths.city('bergen')))!;
    expect(row.match(/<tr>/g)).toHaveLength(data.themes.length);
    const col = byPath.get(htmlFile(embedPaths.theme('brukerrom')))!;
    expect(col.match(/<tr>/g)).toHaveLength(data.cities.length);
  });

  it('is in English for the English site', () => {
    const en = buildEmbeds(data, { siteRoot: `${ROOT_URL}/en`, locale: 'en' });
    expect(en[0]!.content).toContain('<html lang="en-GB">');
    expect(en[0]!.content).toContain('Data as of 27 November 2026');
  });
});

describe('what each page offers for reuse', () => {
  const data = ds();
  const reuse = pageReuse(data, { siteUrl: 'https://example.org', basePath: '/rusplaner/', locale: 'en' });
  const site = buildSite(data, 'en', { siteUrl: ROOT_URL }, [], (meta) =>
    reuse.forPage({ path: meta.path, title: meta.title, kind: '', cityId: meta.subject?.cityId, themeId: meta.subject?.themeId }),
  );

  it('every page has a share image, the changes feed, citation files and reference-manager tags', () => {
    for (const p of site.pages) {
      const r = p.props.meta.reuse!;
      expect(r.og.src, p.path).toMatch(/^https:\/\/example\.org\/rusplaner\/en\/img\/og\/.+\.png$/);
      expect(r.feeds[0]!.href).toBe('/endringer.atom');
      expect(r.metaTags.map((m) => m.name)).toEqual(expect.arrayContaining(['citation_title', 'citation_date', 'citation_publisher', 'DC.title', 'DC.date']));
    }
    const files = reuse.files();
    expect(files).toHaveLength(site.pages.length * 3);
    expect(new Set(files.map((f) => f.path)).size).toBe(files.length);
  });

  it('a city page has its own share image and its own feed', () => {
    const oslo = site.pages.find((p) => p.path === '/byer/oslo')!.props.meta.reuse!;
    expect(oslo.og.src).toBe('https://example.org/rusplaner/en/img/og/byer/oslo.png');
    expect(oslo.feeds.map((f) => f.href)).toEqual(['/endringer.atom', '/byer/oslo.atom']);
    const tag = (n: string) => oslo.metaTags.find((m) => m.name === n)!.content;
    expect(tag('citation_title')).toBe('Oslo');
    expect(tag('citation_public_url')).toBe('https://example.org/rusplaner/en/byer/oslo');
  });
});

describe('the status colours outside the site', () => {
  it('are the light theme’s colours, so an embed or a share image shows a status as the site does', () => {
    const css = readFileSync(path.join(ROOT, 'src/css/custom.css'), 'utf8');
    const light = css.slice(0, css.indexOf("[data-theme='dark']"));
    for (const [status, colour] of Object.entries(STATUS_COLOUR)) {
      expect(light, status).toMatch(new RegExp(`--st-${status}:\\s*${colour};`, 'i'));
    }
  });
});
