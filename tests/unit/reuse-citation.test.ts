import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { citationKey, pageCitation, type CitationInput } from '../../src/core/reuse/citation';

const PAGE: CitationInput = {
  title: 'Brukerrom & sprøyterom: «Ærlig» {test} 100% på Åsane',
  path: '/tema/brukerrom',
  dataDate: '2026-11-27',
  siteUrl: 'https://example.org',
  basePath: '/rusplaner/',
  siteTitle: 'Rusplaner i storbyene',
  locale: 'nb',
  licence: 'CC BY 4.0',
};
const URL_NB = 'https://example.org/rusplaner/tema/brukerrom';

/** What citation-js reads back from a citation text: title, address, date and author. */
function readBack(text: string) {
  const [item] = new Cite(text).data;
  const author = (item!.author as { literal?: string; family?: string }[])[0]!;
  return {
    title: item!.title,
    url: item!.URL,
    issued: (item!.issued as { 'date-parts': number[][] })['date-parts'][0],
    author: author.literal ?? author.family,
  };
}

const EXPECTED = { title: PAGE.title, url: URL_NB, issued: [2026, 11, 27], author: 'Rusplaner i storbyene' };

describe('page citations', () => {
  const c = pageCitation(PAGE);

  it('BibTeX and BibLaTeX parse back (citation-js) to the title, address, data date and author', () => {
    expect(c.bibtex).toMatch(/^@misc\{rusplaner_2026_tema_brukerrom,/);
    expect(readBack(c.bibtex)).toEqual(EXPECTED);
    expect(c.biblatex).toMatch(/^@online\{rusplaner_2026_tema_brukerrom,/);
    expect(readBack(c.biblatex)).toEqual(EXPECTED);
  });

  it('RIS parses back (citation-js) to the same', () => {
    expect(c.ris).toMatch(/^TY {2}- ELEC$/m);
    expect(c.ris).toMatch(/^ER {2}- ?$/m);
    expect(readBack(c.ris)).toEqual(EXPECTED);
  });

  it('CSL-JSON is an array with one webpage item that citation-js accepts', () => {
    const items = JSON.parse(c.cslJson);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ type: 'webpage', title: PAGE.title, URL: URL_NB, 'container-title': PAGE.siteTitle, language: 'nb' });
    expect(readBack(c.cslJson)).toEqual(EXPECTED);
  });

  it('gives the meta tags reference managers read', () => {
    const meta = Object.fromEntries(c.meta.map((m) => [m.name, m.content]));
    expect(meta).toMatchObject({
      citation_title: PAGE.title,
      citation_date: '2026/11/27',
      citation_publisher: 'Rusplaner i storbyene',
      citation_public_url: URL_NB,
      'DC.title': PAGE.title,
      'DC.date': '2026-11-27',
      'DC.publisher': 'Rusplaner i storbyene',
      'DC.identifier': URL_NB,
      'DC.language': 'nb',
      'DC.rights': 'CC BY 4.0',
    });
    expect(c.meta.every((m) => m.content.length > 0)).toBe(true);
  });

  it('addresses the English page under /en/ and the site root without a base path', () => {
    const en = pageCitation({ ...PAGE, locale: 'en', siteTitle: "Drug policy plans in Norway's largest cities", basePath: undefined });
    expect(en.url).toBe('https://example.org/en/tema/brukerrom');
    expect(readBack(en.ris).url).toBe(en.url);
    expect(en.bibtex).toMatch(/^@misc\{rusplaner_2026_tema_brukerrom_en,/);
    expect(pageCitation({ ...PAGE, path: '/', basePath: '/' }).url).toBe('https://example.org/');
    expect(citationKey({ path: '/', dataDate: '2026-11-27', locale: 'nb' })).toBe('rusplaner_2026');
  });

  it('is the same text for the same page (no access date, no clock)', () => {
    expect(pageCitation(PAGE)).toEqual(c);
    expect(pageCitation({ ...PAGE, dataDate: '2027-01-02' }).bibtex).not.toEqual(c.bibtex);
  });
});
