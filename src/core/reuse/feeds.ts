import { statusChanges } from '../history';
import { SITE_TITLE, t, type Locale } from '../i18n';
import { toPlainText } from '../markdown';
import { cityPath, entryHref, PATHS, sourcePath } from '../paths';
import type { Dataset } from '../types.generated';
import { citedSourceIds } from './api';
import { absoluteUrl, feedPaths, type ExportFile } from './routes';

/**
 * Atom 1.0 feeds (RFC 4287): /endringer.atom with every change of status and
 * every new source, and /byer/<id>.atom per city. Pure: the same data and
 * options give the same bytes. Entry ids are tag: URIs (RFC 4151) built from
 * what the entry is (city, theme, status, date; or source id), so they stay the
 * same when the site moves or history is added before them.
 */

export interface FeedOptions {
  /** the published address, e.g. https://example.org (no trailing slash needed) */
  siteUrl: string;
  /** the base path the site is served under, e.g. "/rusplaner/" on GitHub Pages; "" or "/" at the root */
  basePath?: string;
  locale?: Locale;
  /** the tag: authority of the entry ids, a domain the publisher controls; defaults to the host of siteUrl. Keep it fixed once published. */
  tagAuthority?: string;
  /** the year in the tag: ids (RFC 4151 date); keep it fixed once published */
  tagYear?: string;
}

/** One feed entry, before it is written as XML. */
export interface FeedItem {
  id: string;
  /** RFC 3339, e.g. 2018-11-01T00:00:00Z */
  updated: string;
  title: string;
  summary: string;
  /** a site path with an anchor, e.g. /tema/brukerrom#oslo--brukerrom--2 */
  href: string;
  category: { term: string; label: string };
}

/** A partial date ("2018", "2018-11", "2018-11-21") as the first instant of its first day. */
export function atomDate(date: string): string {
  const [y, m = '01', d = '01'] = date.split('-');
  return `${y}-${m}-${d}T00:00:00Z`;
}

const tag = (o: Required<Pick<FeedOptions, 'tagAuthority' | 'tagYear'>>, specific: string) => `tag:${o.tagAuthority},${o.tagYear}:${specific}`;

function resolved(options: FeedOptions) {
  return {
    locale: options.locale ?? 'nb',
    tagAuthority: options.tagAuthority ?? new URL(options.siteUrl).hostname,
    tagYear: options.tagYear ?? '2026',
  } as const;
}

/**
 * The status changes of the cells (of one city, or all): every history entry
 * whose status differs from the entry before, and every first entry that is
 * not "not-mentioned". An entry whose date is unknown carries the day its cell
 * was last checked, and says so.
 */
export function statusChangeItems(ds: Dataset, options: FeedOptions, cityId?: string): FeedItem[] {
  const o = resolved(options);
  const label = (s: keyof Dataset['codebook']['statuses']) => ds.codebook.statuses[s].label[o.locale];
  return ds.cities
    .filter((c) => cityId === undefined || c.id === cityId)
    .flatMap((c) =>
      ds.themes.flatMap((th) => {
        const cell = c.positions[th.id]!;
        return statusChanges(cell)
          .filter((ch) => ch.previous || ch.entry.status !== 'not-mentioned')
          .map(({ entry, index, previous }): FeedItem => {
            const known = entry.from !== 'unknown';
            const before = previous ? `${t(o.locale, 'changeFrom')}: ${label(previous.status)}` : t(o.locale, 'changeFirst');
            const note = known ? '' : ` (${t(o.locale, 'feedDateUnknown')})`;
            return {
              id: tag(o, `endring/${c.id}/${th.id}/${entry.status}/${entry.from}`),
              updated: atomDate(known ? entry.from : cell.checked),
              title: `${c.name[o.locale]} – ${th.name[o.locale]}: ${label(entry.status)}`,
              summary: `${toPlainText(entry.summary[o.locale])} (${before})${note}`,
              href: entryHref(c.id, th.id, index),
              category: { term: entry.status, label: label(entry.status) },
            };
          });
      }),
    );
}

/** One entry per source with a known date (of the given ids, or all), dated by the source. */
export function newSourceItems(ds: Dataset, options: FeedOptions, ids?: ReadonlySet<string>): FeedItem[] {
  const o = resolved(options);
  return ds.sources
    .filter((s) => s.date !== 'unknown' && (!ids || ids.has(s.id)))
    .map((s) => ({
      id: tag(o, `kilde/${s.id}`),
      updated: atomDate(s.date),
      title: `${t(o.locale, 'feedNewSource')}: ${s.title}`,
      summary: `${s.publisher === 'unknown' ? '' : `${s.publisher}. `}${toPlainText(s.description[o.locale])}`,
      href: sourcePath(s.id),
      category: { term: 'source', label: t(o.locale, 'source') },
    }));
}

/** Newest first; the same instant sorts by id, so the order is total. */
const newestFirst = (a: FeedItem, b: FeedItem) => (a.updated !== b.updated ? (a.updated < b.updated ? 1 : -1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Escapes text for XML, dropping characters XML 1.0 does not allow. */
export function xmlEscape(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

interface FeedHead {
  id: string;
  title: string;
  subtitle: string;
  selfPath: string;
  pagePath: string;
}

function atom(ds: Dataset, options: FeedOptions, head: FeedHead, items: FeedItem[]): string {
  const o = resolved(options);
  const url = (p: string) => xmlEscape(absoluteUrl(options.siteUrl, options.basePath, p, o.locale));
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${o.locale}">`,
    `  <id>${xmlEscape(head.id)}</id>`,
    `  <title>${xmlEscape(head.title)}</title>`,
    `  <subtitle>${xmlEscape(head.subtitle)}</subtitle>`,
    `  <updated>${atomDate(ds.meta.updated)}</updated>`,
    `  <author><name>${xmlEscape(SITE_TITLE.nb)}</name></author>`,
    `  <rights>${xmlEscape(ds.meta.dataLicence)}</rights>`,
    `  <link rel="self" type="application/atom+xml" href="${url(head.selfPath)}"/>`,
    `  <link rel="alternate" type="text/html" href="${url(head.pagePath)}"/>`,
  ];
  for (const it of [...items].sort(newestFirst)) {
    lines.push(
      '  <entry>',
      `    <id>${xmlEscape(it.id)}</id>`,
      `    <title>${xmlEscape(it.title)}</title>`,
      `    <updated>${it.updated}</updated>`,
      `    <link rel="alternate" type="text/html" href="${url(it.href)}"/>`,
      `    <category term="${xmlEscape(it.category.term)}" label="${xmlEscape(it.category.label)}"/>`,
      `    <summary>${xmlEscape(it.summary)}</summary>`,
      '  </entry>',
    );
  }
  lines.push('</feed>');
  return lines.join('\n') + '\n';
}

/** /endringer.atom: every change of status and every dated source, newest first. */
export function changesFeed(ds: Dataset, options: FeedOptions): string {
  const o = resolved(options);
  const head = {
    id: tag(o, 'endringer'),
    title: t(o.locale, 'feedTitle', { site: SITE_TITLE[o.locale] }),
    subtitle: t(o.locale, 'changesIntro'),
    selfPath: feedPaths.changes,
    pagePath: PATHS.changes,
  };
  return atom(ds, options, head, [...statusChangeItems(ds, options), ...newSourceItems(ds, options)]);
}

/** /byer/<id>.atom: the city's changes of status and the dated sources it cites. */
export function cityFeed(ds: Dataset, cityId: string, options: FeedOptions): string {
  const o = resolved(options);
  const city = ds.cities.find((c) => c.id === cityId);
  if (!city) throw new Error(`no city "${cityId}"`);
  const head = {
    id: tag(o, `endringer/${city.id}`),
    title: t(o.locale, 'feedCityTitle', { site: SITE_TITLE[o.locale], city: city.name[o.locale] }),
    subtitle: t(o.locale, 'changesIntro'),
    selfPath: feedPaths.city(city.id),
    pagePath: cityPath(city.id),
  };
  return atom(ds, options, head, [...statusChangeItems(ds, options, city.id), ...newSourceItems(ds, options, citedSourceIds(city))]);
}

/** Every feed of one locale. */
export function buildFeeds(ds: Dataset, options: FeedOptions): ExportFile[] {
  return [
    { path: feedPaths.changes, content: changesFeed(ds, options) },
    ...ds.cities.map((c) => ({ path: feedPaths.city(c.id), content: cityFeed(ds, c.id, options) })),
  ];
}
