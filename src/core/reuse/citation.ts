import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { SITE_TITLE, type Locale } from '../i18n';
import { absoluteUrl } from './routes';

/**
 * A page's ready citation in the formats reference managers import (BibTeX,
 * BibLaTeX, RIS, CSL-JSON), produced by citation-js from one CSL item, and the
 * meta tags they read from the page itself (Highwire Press citation_* and
 * Dublin Core DC.*). Pure: the same page gives the same text; no access date.
 */

export interface CitationInput {
  /** the page title, e.g. "Brukerrom" */
  title: string;
  /** the site path without base path or locale prefix, e.g. /tema/brukerrom */
  path: string;
  /** the data date, "YYYY-MM-DD" (meta.updated) */
  dataDate: string;
  /** the published address, e.g. https://example.org */
  siteUrl: string;
  /** the base path the site is served under ("/repo/" on GitHub Pages); "" or "/" at the root */
  basePath?: string;
  /** the site title in the page's language */
  siteTitle: string;
  locale: Locale;
  /** the licence of the data, e.g. CC BY 4.0, given as DC.rights */
  licence?: string;
}

export interface MetaTag {
  name: string;
  content: string;
}

export interface PageCitation {
  /** the page's absolute address */
  url: string;
  bibtex: string;
  biblatex: string;
  ris: string;
  /** CSL-JSON: an array with one item, as text */
  cslJson: string;
  meta: MetaTag[];
}

/** The publisher and author: the project, as an entity (the same name in both languages). */
export const PUBLISHER = SITE_TITLE.nb;

const dateParts = (iso: string) => iso.split('-').map(Number);

/** A citation key that BibTeX and citation-js accept: letters, digits and underscores, e.g. rusplaner_2026_tema_brukerrom. */
export function citationKey(input: Pick<CitationInput, 'path' | 'dataDate' | 'locale'>): string {
  const slug = input.path
    .replace(/[#?].*$/, '')
    .replace(/[^a-z0-9]+/gi, '_')
    .replace(/^_+|_+$/g, '');
  return ['rusplaner', input.dataDate.slice(0, 4), slug, input.locale === 'nb' ? '' : input.locale].filter(Boolean).join('_');
}

/** The page as one CSL-JSON item (type webpage), the source of every format. */
export function cslItem(input: CitationInput): Record<string, unknown> {
  const key = citationKey(input);
  return {
    id: key,
    'citation-key': key,
    type: 'webpage',
    title: input.title,
    'container-title': input.siteTitle,
    author: [{ literal: PUBLISHER }],
    publisher: PUBLISHER,
    issued: { 'date-parts': [dateParts(input.dataDate)] },
    URL: absoluteUrl(input.siteUrl, input.basePath, input.path, input.locale),
    language: input.locale,
  };
}

/** The meta tags Zotero, Mendeley and Google Scholar read from a page. */
export function citationMetaTags(input: CitationInput): MetaTag[] {
  const url = absoluteUrl(input.siteUrl, input.basePath, input.path, input.locale);
  const tags: MetaTag[] = [
    { name: 'citation_title', content: input.title },
    { name: 'citation_author', content: PUBLISHER },
    { name: 'citation_publisher', content: PUBLISHER },
    { name: 'citation_date', content: input.dataDate.replace(/-/g, '/') },
    { name: 'citation_publication_date', content: input.dataDate.replace(/-/g, '/') },
    { name: 'citation_public_url', content: url },
    { name: 'citation_language', content: input.locale },
    { name: 'DC.title', content: input.title },
    { name: 'DC.creator', content: PUBLISHER },
    { name: 'DC.publisher', content: PUBLISHER },
    { name: 'DC.date', content: input.dataDate },
    { name: 'DC.identifier', content: url },
    { name: 'DC.language', content: input.locale },
    { name: 'DC.type', content: 'Text' },
    { name: 'DC.format', content: 'text/html' },
  ];
  if (input.licence) tags.push({ name: 'DC.rights', content: input.licence });
  return tags;
}

/** Every format of a page's citation. */
export function pageCitation(input: CitationInput): PageCitation {
  const cite = new Cite(cslItem(input));
  return {
    url: absoluteUrl(input.siteUrl, input.basePath, input.path, input.locale),
    bibtex: cite.format('bibtex').trimEnd() + '\n',
    biblatex: cite.format('biblatex').trimEnd() + '\n',
    // RIS ends on "ER  - ": its trailing space is part of the tag
    ris: cite.format('ris').replace(/\n*$/, '\n'),
    cslJson: JSON.stringify(cite.format('data', { format: 'object' }), null, 2) + '\n',
    meta: citationMetaTags(input),
  };
}
