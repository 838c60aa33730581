import React, { useEffect, useId, useState } from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useHistory } from '@docusaurus/router';
import { fill } from '@site/src/core/fill';
import type { Locale } from '@site/src/core/i18n-types';
import { PATHS } from '@site/src/core/paths';
import { SEARCH_TEXT, type SearchKey } from '@site/src/core/search-text';
import { usePagefind, type PagefindResultData } from '@site/src/components/search/pagefind';

const SHOWN = 6;

/**
 * The navbar's search box. It loads nothing until the reader focuses it; then
 * Pagefind's script, and per query only the index chunks it needs. Results
 * are a listbox driven by the keyboard (↓ ↑ Enter Esc); the form submits to
 * the search page (/sok?q=…), which also works as a shareable address.
 */
export default function SearchBar(): React.ReactElement {
  const { i18n } = useDocusaurusContext();
  const locale = (i18n.currentLocale === 'en' ? 'en' : 'nb') satisfies Locale;
  const text = (k: SearchKey) => SEARCH_TEXT[k][locale];
  const action = useBaseUrl(PATHS.search);
  const load = usePagefind();
  const history = useHistory();
  const id = useId();
  const [q, setQ] = useState('');
  const [results, setResults] = useState<PagefindResultData[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState('');
  const [hydrated, setHydrated] = useState(false);

  // "/" (or Ctrl/Cmd+K) anywhere outside a text field moves to the search box
  useEffect(() => {
    // marks the box as hydrated (tests wait for it); runs once, after hydration
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a one-time flag, not derived state
    setHydrated(true);
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (t && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName))) return;
      if (e.key === '/' || (e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey))) {
        e.preventDefault();
        document.getElementById(`${id}-q`)?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [id]);

  useEffect(() => {
    if (!q.trim()) return;
    let cancelled = false;
    load()
      .then(async (pf) => {
        const found = await pf.debouncedSearch(q, {}, 200);
        if (cancelled || !found) return;
        const data = await Promise.all(found.results.slice(0, SHOWN).map((r) => r.data()));
        if (cancelled) return;
        setResults(data);
        setTotal(found.results.length);
        setActive(-1);
        setStatus(found.results.length ? fill(text('searchResultCount'), { count: found.results.length, q }) : fill(text('searchNoResults'), { q }));
      })
      .catch(() => !cancelled && setStatus(text('searchUnavailable')));
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- text depends only on the locale
  }, [q, load]);

  const open = q.trim() !== '' && total !== null;
  const go = (url: string) => {
    setQ('');
    setTotal(null);
    history.push(url);
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown' && results.length) {
      e.preventDefault();
      setActive((a) => (a + 1) % results.length);
    } else if (e.key === 'ArrowUp' && results.length) {
      e.preventDefault();
      setActive((a) => (a <= 0 ? results.length - 1 : a - 1));
    } else if (e.key === 'Enter' && active >= 0 && results[active]) {
      e.preventDefault();
      go(results[active].url);
    } else if (e.key === 'Escape') {
      setQ('');
      setTotal(null);
    }
  };

  return (
    <form
      role="search"
      action={action}
      method="get"
      className="site-search"
      data-hydrated={hydrated ? '' : undefined}
      onSubmit={(e) => q.trim() === '' && e.preventDefault()}
    >
      <label htmlFor={`${id}-q`} className="visually-hidden">
        {text('searchLabel')}
      </label>
      <input
        id={`${id}-q`}
        name="q"
        type="search"
        className="site-search__input"
        placeholder={text('searchPlaceholder')}
        autoComplete="off"
        value={q}
        role="combobox"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${id}-r${active}` : undefined}
        onFocus={() => {
          setStatus(text('searchLoading'));
          load().then(
            () => setStatus(''),
            () => setStatus(text('searchUnavailable')),
          );
        }}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <ul id={`${id}-list`} role="listbox" aria-label={text('searchResultsLabel')} className="site-search__results" hidden={!open}>
        {results.map((r, i) => (
          <li key={r.url} id={`${id}-r${i}`} role="option" aria-selected={i === active} className="site-search__result">
            <a
              href={r.url}
              onClick={(e) => {
                e.preventDefault();
                go(r.url);
              }}
              tabIndex={-1}
            >
              <strong>{r.meta.title}</strong>
              <span className="site-search__excerpt" dangerouslySetInnerHTML={{ __html: r.excerpt }} />
            </a>
          </li>
        ))}
        {open && total > SHOWN && (
          <li role="option" aria-selected={false} className="site-search__all">
            <a href={`${action}?q=${encodeURIComponent(q)}`}>{text('searchAllResults')}</a>
          </li>
        )}
      </ul>
      <span className="visually-hidden" aria-live="polite">
        {status}
      </span>
    </form>
  );
}
