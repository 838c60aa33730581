import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { statusChanges } from '../../src/core/history';
import { entryHref, sourcePath } from '../../src/core/paths';
import { atomDate, buildFeeds, changesFeed, cityFeed, type FeedOptions } from '../../src/core/reuse/feeds';
import type { Dataset } from '../../src/core/types.generated';
import { fixtureDataset, realDataset } from '../helpers/fixtures';

const fixture = fixtureDataset;
const realData = realDataset;
const OPTIONS: FeedOptions = { siteUrl: 'https://example.org', basePath: '/rusplaner/' };
const SITE = 'https://example.org/rusplaner';

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const TAG_URI = /^tag:[a-z0-9.-]+,\d{4}(-\d{2}(-\d{2})?)?:[^\s#]+$/;

type Node = Record<string, unknown>;
const list = (v: unknown): Node[] => (v === undefined ? [] : Array.isArray(v) ? (v as Node[]) : [v as Node]);
const textOf = (v: unknown): string => {
  const x = typeof v === 'object' && v !== null ? (v as Node)['#text'] : v;
  return typeof x === 'string' ? x : '';
};

/**
 * The rules of RFC 4287 a feed must meet (4.1.1 atom:feed, 4.1.2 atom:entry,
 * 4.2.7 atom:link, 3.3 dates, 4.2.6 ids as IRIs), checked on the parsed XML.
 * Returns the broken rules; an empty list is a valid feed.
 */
function atomProblems(xml: string): string[] {
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) return [`not well-formed XML: ${wellFormed.err.msg}`];
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false }).parse(xml) as Node;
  const feed = doc.feed as Node | undefined;
  if (!feed) return ['the root element is not feed'];
  const problems: string[] = [];
  if (feed['@xmlns'] !== 'http://www.w3.org/2005/Atom') problems.push('feed is not in the Atom namespace');
  const checkCommon = (el: Node, where: string) => {
    for (const name of ['id', 'title', 'updated']) if (list(el[name]).length !== 1) problems.push(`${where} must have exactly one ${name}`);
    const id = textOf(el.id);
    if (!TAG_URI.test(id) && !/^https?:\/\/\S+$/.test(id)) problems.push(`${where}: id "${id}" is not an absolute IRI`);
    if (!RFC3339.test(textOf(el.updated)) || Number.isNaN(Date.parse(textOf(el.updated)))) problems.push(`${where}: updated is not an RFC 3339 date`);
    const links = list(el.link);
    for (const l of links) if (!/^https?:\/\/\S+$/.test(String(l['@href']))) problems.push(`${where}: link href "${String(l['@href'])}" is not absolute`);
    const alternates = links.filter((l) => (l['@rel'] ?? 'alternate') === 'alternate').map((l) => `${String(l['@type'])}|${String(l['@hreflang'])}`);
    if (new Set(alternates).size !== alternates.length) problems.push(`${where}: more than one alternate link of one type and language`);
    return links;
  };
  const feedLinks = checkCommon(feed, 'feed');
  if (!feedLinks.some((l) => l['@rel'] === 'self')) problems.push('feed should have a self link');
  const entries = list(feed.entry);
  const feedHasAuthor = list(feed.author).some((a) => textOf(a.name) !== '');
  const ids = new Set<string>();
  entries.forEach((e, i) => {
    const where = `entry ${i + 1}`;
    const links = checkCommon(e, where);
    if (!feedHasAuthor && list(e.author).length === 0) problems.push(`${where} has no author and the feed none`);
    if (e.content === undefined && !links.some((l) => (l['@rel'] ?? 'alternate') === 'alternate')) problems.push(`${where} needs content or an alternate link`);
    if (list(e.summary).length > 1) problems.push(`${where} has more than one summary`);
    if (ids.has(textOf(e.id))) problems.push(`${where}: id ${textOf(e.id)} is not unique`);
    ids.add(textOf(e.id));
  });
  return problems;
}

/** The status changes a feed must carry, worked out here from the history. */
function expectedChanges(ds: Dataset, cityId?: string) {
  return ds.cities
    .filter((c) => !cityId || c.id === cityId)
    .flatMap((c) =>
      ds.themes.flatMap((th) =>
        statusChanges(c.positions[th.id]!)
          .filter((ch) => ch.previous || ch.entry.status !== 'not-mentioned')
          .map((ch) => ({ city: c, theme: th, ...ch })),
      ),
    );
}

describe.each([
  ['the test fixture', fixture],
  ['the real data', realData],
])('Atom feeds of %s', (_name, load) => {
  const ds = load();
  const xml = changesFeed(ds, OPTIONS);
  const parsed = parseFeed(xml);

  it('are valid Atom 1.0: parsed as Atom by a feed parser, and meeting RFC 4287', () => {
    expect(parsed.meta.type).toBe('atom');
    expect(atomProblems(xml)).toEqual([]);
    for (const c of ds.cities) {
      const cityXml = cityFeed(ds, c.id, OPTIONS);
      expect(parseFeed(cityXml).meta.type).toBe('atom');
      expect(atomProblems(cityXml), c.id).toEqual([]);
    }
  });

  it('have one entry per change of status, linking to the entry on the published site, and one per dated source', () => {
    const changes = expectedChanges(ds);
    expect(changes.length).toBeGreaterThan(0);
    const urls = parsed.items.map((it) => it.url);
    for (const ch of changes) {
      const href = `${SITE}${entryHref(ch.city.id, ch.theme.id, ch.index)}`;
      expect(
        urls.filter((u) => u === href),
        href,
      ).toHaveLength(1);
      const item = parsed.items.find((it) => it.url === href)!;
      expect(item.title).toContain(ch.city.name.nb);
      expect(item.categories.map((x) => x.term)).toEqual([ch.entry.status]);
      if (ch.entry.from !== 'unknown') expect(item.updated!.toISOString()).toBe(new Date(atomDate(ch.entry.from)).toISOString());
    }
    const dated = ds.sources.filter((s) => s.date !== 'unknown');
    for (const s of dated) expect(urls, s.id).toContain(`${SITE}${sourcePath(s.id)}`);
    expect(parsed.items).toHaveLength(changes.length + dated.length);
  });

  it('list entries newest first, with stable ids', () => {
    const times = parsed.items.map((it) => it.updated!.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const moved = changesFeed(ds, { ...OPTIONS, siteUrl: 'https://mirror.example.net', tagAuthority: 'example.org' });
    expect(parseFeed(moved).items.map((it) => it.id)).toEqual(parsed.items.map((it) => it.id));
    expect(parsed.items.every((it) => TAG_URI.test(it.id!))).toBe(true);
  });

  it('have one feed per city with only its changes', () => {
    for (const c of ds.cities) {
      const items = parseFeed(cityFeed(ds, c.id, OPTIONS)).items;
      const changes = items.filter((it) => it.categories[0]?.term !== 'source');
      expect(changes).toHaveLength(expectedChanges(ds, c.id).length);
      expect(changes.every((it) => it.url!.includes(`#${c.id}--`))).toBe(true);
    }
  });

  it('are byte-identical across two runs', () => {
    expect(buildFeeds(load(), OPTIONS)).toEqual(buildFeeds(ds, OPTIONS));
  });
});

describe('Atom feeds, details', () => {
  const ds = fixture();

  it('date a partial date from its first day, and an unknown one from the day the cell was checked', () => {
    expect(atomDate('2004')).toBe('2004-01-01T00:00:00Z');
    expect(atomDate('2018-11')).toBe('2018-11-01T00:00:00Z');
    expect(atomDate('2018-11-21')).toBe('2018-11-21T00:00:00Z');
    const items = parseFeed(changesFeed(ds, OPTIONS)).items;
    const adopted = items.find((it) => it.url === `${SITE}${entryHref('alpha', 'rooms', 0)}`)!;
    expect(adopted.updated!.toISOString()).toBe('2004-01-01T00:00:00.000Z');
  });

  it('keep text intact through XML escaping', () => {
    const item = parseFeed(changesFeed(ds, OPTIONS)).items.find((it) => it.url === `${SITE}${entryHref('alpha', 'rooms', 1)}`)!;
    expect(item.description).toContain('Alfaby har et rom, åpnet i 2005, med «egne ord».');
    const en = parseFeed(changesFeed(ds, { ...OPTIONS, locale: 'en' }));
    expect(en.language).toBe('en');
    expect(en.items.find((it) => it.url === `${SITE}/en${entryHref('alpha', 'rooms', 1)}`)!.description).toContain('with "own words"');
  });

  it('catch a broken feed (the checker is not a rubber stamp)', () => {
    const xml = changesFeed(ds, OPTIONS);
    expect(atomProblems(xml.replace(/<updated>[^<]*<\/updated>\n {4}<link/, '<link'))).toContainEqual(expect.stringMatching(/exactly one updated/));
    expect(atomProblems(xml.replace('<title>', '<title>&'))).toContainEqual(expect.stringMatching(/not well-formed/));
  });
});
