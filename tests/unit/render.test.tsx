import React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { load, type CheerioAPI } from 'cheerio';
import { beforeEach, describe, expect, it } from 'vitest';
import { PAGE_COMPONENTS } from '../../src/components/pages/registry';
import { buildExports } from '../../src/core/export';
import { LOCALES, type Locale } from '../../src/core/i18n';
import { readSchemas } from '../../src/core/io';
import { ANCHOR, cellHref, entryHref, PATHS } from '../../src/core/paths';
import { buildSite, clientProps, COMPONENT_FILE, LIVE_KINDS, type GeneratedPage, type PageKind } from '../../src/core/site/index';
import type { Dataset } from '../../src/core/types.generated';
import { SCHEMA_DIR, fixtureDataset } from '../helpers/fixtures';
import { collectedAnchors } from '../helpers/docusaurus/useBrokenLinks';

/**
 * Render tests: every page kind drawn by its component from the view model the
 * fixture data gives (server render, as a reader without JavaScript sees it),
 * and read back as HTML.
 */

const DS = fixtureDataset();
const FILES = buildExports(DS, readSchemas(SCHEMA_DIR)).map((f) => ({ path: f.path, bytes: f.content.length }));
const pagesOf = (locale: Locale, ds = DS) => buildSite(ds, locale, { siteUrl: 'https://rusplaner.test' }, FILES).pages;

/** A page's HTML as the server renders it, drawn by the page kind's component. */
function markupOf(page: GeneratedPage): string {
  const Component = PAGE_COMPONENTS[page.kind] as React.ComponentType<{ data: GeneratedPage['props'] }>;
  return renderToStaticMarkup(<Component data={page.props} />);
}

function pageAt(locale: Locale, path: string, ds = DS): GeneratedPage {
  const page = pagesOf(locale, ds).find((p) => p.path === path);
  if (!page) throw new Error(`no page at ${path}`);
  return page;
}

function render(page: GeneratedPage): CheerioAPI {
  const $ = load(markupOf(page));
  // block elements read as separate words, as on screen
  $('p, div, li, dt, dd, td, th, h1, h2, h3, h4, summary, caption').append(' ');
  return $;
}

function renderAt(locale: Locale, path: string): CheerioAPI {
  return render(pageAt(locale, path));
}

const text = ($: CheerioAPI, selector: string) => $(selector).text().replace(/\s+/g, ' ').trim();

beforeEach(() => collectedAnchors.clear());

describe('the page registry', () => {
  it('names, for each page kind, the module whose component the render tests draw', async () => {
    for (const kind of Object.keys(COMPONENT_FILE) as PageKind[]) {
      const mod = (await import(`../../src/components/pages/${COMPONENT_FILE[kind]}.tsx`)) as { default: unknown };
      expect(mod.default, kind).toBe(PAGE_COMPONENTS[kind]);
    }
  });
});

describe('what the browser loads of a page', () => {
  const pages = pagesOf('nb');

  it('is the whole view model for the interactive pages, whose components the browser renders', () => {
    for (const kind of LIVE_KINDS) {
      const page = pages.find((p) => p.kind === kind)!;
      expect(clientProps(page), kind).toBe(page.props);
      expect(PAGE_COMPONENTS[kind].name, kind).toBe('LivePage');
    }
  });

  it('is only the head’s meta for every other page, whose body stays the server’s HTML', () => {
    for (const page of pages.filter((p) => !LIVE_KINDS.includes(p.kind))) {
      const client = clientProps(page);
      expect(Object.keys(client), page.path).toEqual(['meta']);
      expect(client.meta, page.path).not.toHaveProperty('sources');
      expect(PAGE_COMPONENTS[page.kind].name, page.kind).toBe('StaticPage');
    }
    // the matrix's cells are not in what the browser loads
    const matrix = pages.find((p) => p.path === PATHS.matrix)!;
    expect(JSON.stringify(clientProps(matrix))).not.toContain('Alfaby har et rom');
  });
});

describe.each(LOCALES)('every generated page (%s)', (locale) => {
  const pages = pagesOf(locale);

  it.each(pages.map((p) => [p.path, p] as const))('%s: one heading, the data date, a citation, no empty or unfilled text, working in-page links', (_, page) => {
    collectedAnchors.clear();
    const $ = render(page);
    $('template').remove();
    const meta = page.props.meta;
    expect($('h1')).toHaveLength(1);
    expect(text($, 'main .page-meta__updated')).toContain(meta.updated);
    expect(text($, 'main .page-meta__citation')).toBe(meta.citation.replace(/\s+/g, ' '));
    const body = text($, 'main');
    for (const bad of ['undefined', 'null', 'NaN', '[object Object]', '{cities}', '{count}', '{year}']) expect(body, bad).not.toContain(bad);
    // an empty paragraph or heading is a label the page was never given
    // (a live region stays empty until it has something to announce)
    const empty = $('main :is(p, h2, h3, li, th, dt, dd, summary):not([role="alert"], [aria-live])').filter(
      (_i, el) => $(el).text().trim() === '' && $(el).find('svg, img, iframe').length === 0,
    );
    expect(empty.map((_i, el) => $.html(el)).get()).toEqual([]);
    const ids = $('[id]')
      .map((_i, el) => $(el).attr('id'))
      .get();
    expect(new Set(ids).size, 'ids are unique').toBe(ids.length);
    const targets = $('a[href^="#"]')
      .map((_i, el) => $(el).attr('href')!.slice(1))
      .get();
    expect(
      targets.filter((id) => !ids.includes(id)),
      'in-page links whose target is missing',
    ).toEqual([]);
    // the anchors given to Docusaurus' link checker are anchors that exist
    expect(
      [...collectedAnchors].filter((id) => !ids.includes(id)),
      'registered anchors not on the page',
    ).toEqual([]);
  });
});

describe('what the search index reads of a page', () => {
  /** The text Pagefind indexes: the marked body without the parts marked to ignore. */
  const indexed = ($: CheerioAPI) => {
    $('[data-pagefind-ignore]').remove();
    return $('[data-pagefind-body]').text().replace(/\s+/g, ' ');
  };

  it('reads each summary once on a city page, and no citation, legend, embed code or «last checked» line', () => {
    const $ = renderAt('nb', '/byer/alpha');
    const index = indexed($);
    expect(index).toContain('Alfaby har et rom'); // the current summary, in its row
    expect(index.split('Alfaby har et rom').length - 1).toBe(1); // not again in the history's current entry
    expect(index).toContain('Bystyret vedtok'); // an older entry's summary stays findable
    expect(index).not.toContain('Sist kontrollert mot kildene');
    expect(index).not.toContain('Bystyrevedtak –'); // a citation's basis
    expect(index).not.toContain('Forklaring av status');
    expect(index).not.toContain('<iframe');
  });

  it('still reads the source page’s own title, where a citation’s words are found', () => {
    const source = DS.sources[0]!;
    const $ = renderAt('nb', `/kilder/${source.id}`);
    expect(indexed($)).toContain(source.title);
  });
});

describe('what a reader sees (bokmål)', () => {
  it('a city introduction of two paragraphs is not nested inside a paragraph on the front page', () => {
    const ds = structuredClone(DS);
    ds.cities[0]!.intro.nb = 'Første avsnitt.\n\nAndre avsnitt.';
    const html = markupOf(pageAt('nb', PATHS.home, ds));
    expect(html).toContain('<div><p>Første avsnitt.</p>');
    expect(html).not.toMatch(/<p>(?:(?!<\/p>).)*<p>/s);
  });

  it('the matrix cell gives the status, since when, that it changed, the summary and the way to the details', () => {
    const $ = renderAt('nb', PATHS.matrix);
    const cell = text($, `#${ANCHOR.cell('alpha', 'rooms')}`);
    expect(cell).toMatch(/^I drift fra 2005 ↻/);
    expect(cell).toContain('Alfaby har et rom, åpnet i 2005, med «egne ord».');
    expect($(`#${ANCHOR.cell('alpha', 'rooms')} a.matrix__more`).attr('href')).toBe(cellHref('alpha', 'rooms'));
    expect(text($, `#${ANCHOR.cell('alpha', 'rooms')} a.matrix__more`)).toBe('Detaljer og kilder: Rom, Alfaby');
  });

  it('«not mentioned» and «the city says no» look different: another label, shape and class', () => {
    const $ = renderAt('nb', PATHS.matrix);
    const silent = $(`#${ANCHOR.cell('alpha', 'centres')}`);
    const no = $(`#${ANCHOR.cell('beta', 'rooms')}`);
    expect(text($, `#${ANCHOR.cell('alpha', 'centres')} .status-marker__label`)).toBe('Ikke omtalt i kildene');
    expect(text($, `#${ANCHOR.cell('beta', 'rooms')} .status-marker__label`)).toBe('Nei eller ikke nå');
    expect(silent.find('.sm').attr('class')).toBe('sm sm--question');
    expect(no.find('.sm').attr('class')).toBe('sm sm--cross');
    expect(silent.attr('class')).toContain('matrix__cell--not-mentioned');
    expect(no.attr('class')).toContain('matrix__cell--not-now');
    // silence has no year: nothing says since when the sources are silent
    expect(text($, `#${ANCHOR.cell('alpha', 'centres')} .since`)).toBe('');
  });

  it('the compact matrix links every cell and names its status for screen readers', () => {
    const $ = renderAt('nb', PATHS.glance);
    const link = $(`a[href="${cellHref('beta', 'rooms')}"]`);
    expect(link.attr('title')).toBe('Rom, Betaby: Nei eller ikke nå');
    expect(link.find('.visually-hidden').text()).toContain('Betaby');
    expect($('table.glance tbody tr')).toHaveLength(DS.themes.length);
  });

  it('the theme page tells the history oldest first, with the inferred date marked, whose word each source is, and when it was checked', () => {
    const $ = renderAt('nb', '/tema/rooms');
    const history = text($, '#alpha .cell-history');
    expect(history).toMatch(
      /Fra 2004 \(datoen er utledet: Året før åpningen, ut fra rapporten\.\) til 1\. februar 2005 Vedtatt ?Bystyret vedtok.*Bystyrevedtak .*Fra 1\. februar 2005 \(gjelder nå\) I drift ?Alfaby har et rom/,
    );
    expect(history).toContain('Sist kontrollert mot kildene: 15. januar 2024');
    // the statement is the office-holder's, not the city's
    expect(text($, '#alpha-mayor-2023')).toMatch(/Ada Testesen \(X\), Byråd for testing \(Én navngitt leder\)/);
  });

  it('the city page lists each theme with its status and folds its history', () => {
    const $ = renderAt('nb', '/byer/alpha');
    expect(text($, 'h1')).toBe('Alfaby');
    for (const th of DS.themes) expect($(`#${ANCHOR.cityTheme(th.id)}`).length, th.id).toBe(1);
    expect(text($, `#${ANCHOR.cityTheme('rooms')}`)).toMatch(/I drift fra 2005/);
    expect(
      $(`#${ANCHOR.cityTheme('rooms')} details summary`)
        .first()
        .text(),
    ).toContain('Historikk (2)');
    expect($(`[id="alpha--rooms--1"]`).closest('details').length).toBe(1);
  });

  it('the source page lists every claim it supports, each linked to its dated entry', () => {
    const $ = renderAt('nb', '/kilder/alpha-report');
    expect(text($, 'h1')).toBe('Alpha report on the fixture towns');
    expect(text($, 'main')).toContain('Fixture Press');
    const hrefs = $('main a')
      .map((_i, a) => $(a).attr('href'))
      .get();
    expect(hrefs).toContain(entryHref('alpha', 'rooms', 0));
    expect(hrefs).toContain(entryHref('alpha', 'rooms', 1));
    expect(hrefs).toContain('https://example.org/alpha');
  });

  it('without JavaScript, the compare tool shows the whole table and says so', () => {
    const $ = renderAt('nb', PATHS.compare);
    expect(text($, 'main')).toContain('Uten JavaScript vises hele tabellen');
    expect($('table.matrix td.matrix__cell')).toHaveLength(DS.cities.length * DS.themes.length);
  });

  it('without JavaScript, the search page offers the ways to browse instead, and hides its field', () => {
    // read as a browser with scripting off reads it: the <noscript> content is markup
    const $ = load(markupOf(pageAt('nb', PATHS.search)), { scriptingEnabled: false });
    expect(text($, 'main noscript .search-nojs')).toContain('Søket trenger JavaScript');
    expect($('main noscript style').text()).toContain('.search-page__live{display:none}');
    expect($('.search-page__live input.search-page__input')).toHaveLength(1);
    const hrefs = $('main a')
      .map((_i, a) => $(a).attr('href'))
      .get();
    expect(hrefs).toEqual(expect.arrayContaining([PATHS.matrix, PATHS.themes, PATHS.cities, PATHS.sources]));
  });

  it('the home page renders a city’s introduction as text, not as Markdown', () => {
    const $ = renderAt('nb', PATHS.home);
    const intro = $('.card-list--cities .card-list__item').first();
    expect(intro.text()).toContain('Alfaby er en testby med alt på plass.');
    expect(intro.find('em').text()).toBe('alt');
  });

  it('the figures page shows a value with its unit, period and source', () => {
    const $ = renderAt('nb', PATHS.figures);
    expect(text($, 'main')).toContain('3 924 personer');
  });

  it('the data page offers every download with its size', () => {
    const $ = renderAt('nb', PATHS.data);
    const hrefs = $('main a')
      .map((_i, a) => $(a).attr('href'))
      .get();
    for (const f of FILES.filter((x) => /^data\/[^/]+\.(csv|json)$/.test(x.path))) expect(hrefs, f.path).toContain(`/${f.path}`);
    expect(text($, 'main')).toMatch(/rusplaner\.json JSON \d+ kB/);
  });

  it('the codebook shows each status with its rule and what is not enough', () => {
    const $ = renderAt('nb', PATHS.codebook);
    const body = text($, 'main');
    for (const s of Object.values(DS.codebook.statuses)) expect(body).toContain(s.label.nb);
    expect(body).toContain('Ikke nok');
  });

  it('a timeline with no events says so, instead of an empty list', () => {
    const bare: Dataset = { ...DS, cities: DS.cities.map((c) => ({ ...c, events: [] })), national: { ...DS.national, events: [] } };
    const page = pagesOf('nb', bare).find((p) => p.path === PATHS.timeline)!;
    const $ = render(page);
    expect($('ol.timeline')).toHaveLength(0);
    expect(text($, 'main')).toContain('Ingen daterte hendelser i kildene.');
  });
});

describe('what a reader sees (English)', () => {
  it('the matrix speaks English, city names included', () => {
    const $ = renderAt('en', PATHS.matrix);
    expect(text($, `#${ANCHOR.cell('alpha', 'rooms')}`)).toMatch(/^In operation since 2005 ↻/);
    expect(text($, 'thead')).toContain('Alpha Town');
    expect(text($, 'main')).not.toContain('Detaljer og kilder');
  });
});
