import { useCallback, useRef } from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { PAGEFIND_SCRIPT } from '@site/src/core/paths';

/** The part of Pagefind's browser API the site uses (https://pagefind.app/docs/api/). */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
}
export interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
}
interface Pagefind {
  options(o: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string[]> }): Promise<PagefindSearch | null>;
  debouncedSearch(q: string, o?: { filters?: Record<string, string[]> }, ms?: number): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/**
 * Loads Pagefind on first use only (nothing is fetched before the reader
 * focuses a search field): its script and then just the index chunks a query
 * needs. The index of each language is built next to that language's pages.
 */
export function usePagefind(): () => Promise<Pagefind> {
  const script = useBaseUrl(PAGEFIND_SCRIPT);
  const base = useBaseUrl('/');
  const loaded = useRef<Promise<Pagefind> | null>(null);
  return useCallback(() => {
    loaded.current ??= (import(/* webpackIgnore: true */ script) as Promise<Pagefind>).then(async (pf) => {
      await pf.options({ baseUrl: base, excerptLength: 24 });
      await pf.init();
      return pf;
    });
    return loaded.current;
  }, [script, base]);
}
