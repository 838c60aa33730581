import React, { useEffect, useRef, useState } from 'react';
import Link from '@docusaurus/Link';
import { useBaseUrlUtils } from '@docusaurus/useBaseUrl';
import { fill } from '@site/src/core/fill';
import type { PageProps } from '../props';
import { PageShell, livePage } from '../PageShell';
import { usePagefind, type PagefindResultData, type PagefindSearch } from '../search/pagefind';

type Filters = Record<string, Record<string, number>>;
type Hit = PagefindSearch['results'][number];
/** Results are shown ten at a time: each shown result fetches its own fragment of the index. */
const PAGE_SIZE = 10;

/**
 * The search page: the query lives in the address (?q=…) so it can be shared;
 * results can be narrowed by kind of page, city and theme (Pagefind filters).
 * Without JavaScript it says so and links to the way in without search.
 */
function SearchPage({ data }: PageProps<'search'>) {
  const { labels } = data;
  const load = usePagefind();
  const { withBaseUrl } = useBaseUrlUtils();
  const [q, setQ] = useState('');
  const [chosen, setChosen] = useState<Record<string, string[]>>({});
  const [filters, setFilters] = useState<Filters>({});
  const [results, setResults] = useState<PagefindResultData[] | null>(null);
  const [hits, setHits] = useState<Hit[]>([]);
  const [status, setStatus] = useState('');

  useEffect(() => {
    // the query is in the URL, which exists only in the browser: read it once after hydration
    // eslint-disable-next-line react-hooks/set-state-in-effect -- hydration-safe: the server renders an empty search
    setQ(new URLSearchParams(window.location.search).get('q') ?? '');
  }, []);

  useEffect(() => {
    let cancelled = false;
    const url = new URL(window.location.href);
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url.toString());
    load()
      .then(async (pf) => {
        if (!cancelled) setFilters(await pf.filters());
        if (!q.trim()) {
          // an emptied field shows no results of the query before it
          if (!cancelled) {
            setHits([]);
            setResults(null);
            setStatus('');
          }
          return;
        }
        setStatus(labels.searchLoading);
        const found = await pf.search(q, { filters: chosen });
        if (cancelled || !found) return;
        const first = await Promise.all(found.results.slice(0, PAGE_SIZE).map((r) => r.data()));
        if (cancelled) return;
        setHits(found.results);
        setResults(first);
        setStatus(found.results.length ? fill(labels.searchResultCount, { count: found.results.length, q }) : fill(labels.searchNoResults, { q }));
      })
      .catch(() => !cancelled && setStatus(labels.searchUnavailable));
    return () => {
      cancelled = true;
    };
  }, [q, chosen, load, labels]);

  // the hits the results on screen belong to: a page of results that arrives after the query changed is dropped
  const shownHits = useRef(hits);
  useEffect(() => {
    shownHits.current = hits;
  }, [hits]);
  const showMore = () => {
    const shown = results?.length ?? 0;
    const of = hits;
    void Promise.all(of.slice(shown, shown + PAGE_SIZE).map((r) => r.data())).then((more) => {
      if (shownHits.current !== of) return;
      // a second click before the first page arrived asks for the same page: add it once
      setResults((now) => (now && now.length === shown ? [...now, ...more] : now));
    });
  };

  const toggle = (name: string, value: string) =>
    setChosen((c) => {
      const now = c[name] ?? [];
      const next = now.includes(value) ? now.filter((v) => v !== value) : [...now, value];
      return { ...c, [name]: next };
    });
  const filterLabel: Record<string, string> = { kind: labels.searchFilterKind, city: labels.searchFilterCity, theme: labels.searchFilterTheme };

  return (
    <PageShell meta={data.meta} labels={labels}>
      <p className="lead">{labels.searchIntro}</p>
      {/* the form is rendered on the server too, so nothing shifts when the page comes alive; without JavaScript the
          page shows the way in without search instead */}
      <noscript>
        <style>{'.search-page__live{display:none}'}</style>
        <div className="search-nojs">
          <p>{labels.searchNeedsJs}</p>
          <ul>
            {data.links.map((l) => (
              <li key={l.href}>
                <a href={withBaseUrl(l.href)}>{l.label}</a>
              </li>
            ))}
          </ul>
        </div>
      </noscript>
      <div className="search-page__live">
        <form role="search" className="search-page__form" onSubmit={(e) => e.preventDefault()}>
          <label>
            {labels.searchLabel} <input type="search" name="q" value={q} onChange={(e) => setQ(e.target.value)} className="search-page__input" />
          </label>
        </form>
        {/* folded, so the filters the index brings a moment later push nothing down */}
        <details className="search-page__filters">
          <summary>{labels.searchFilters}</summary>
          {Object.entries(filters)
            .filter(([name]) => filterLabel[name])
            .map(([name, values]) => (
              <fieldset key={name} className="search-page__filter">
                <legend>{filterLabel[name]}</legend>
                {Object.entries(values).map(([value, count]) => (
                  <label key={value} className="compare-controls__option">
                    <input type="checkbox" checked={chosen[name]?.includes(value) ?? false} onChange={() => toggle(name, value)} /> {value} ({count})
                  </label>
                ))}
              </fieldset>
            ))}
        </details>
        <p aria-live="polite" className="search-page__status">
          {status}
        </p>
        {results && (
          <ol className="search-page__results" aria-label={labels.searchResultsLabel}>
            {results.map((r) => (
              <li key={r.url}>
                <Link to={r.url}>{r.meta.title}</Link>
                <p className="site-search__excerpt" dangerouslySetInnerHTML={{ __html: r.excerpt }} />
              </li>
            ))}
          </ol>
        )}
        {results && results.length < hits.length && (
          <button type="button" className="button button--secondary search-page__more" onClick={showMore}>
            {labels.searchShowMore}
          </button>
        )}
      </div>
    </PageShell>
  );
}

export default livePage(SearchPage);
