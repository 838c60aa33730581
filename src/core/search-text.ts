import type { Localized } from './i18n-types';

/**
 * The search box's strings. Kept apart from the page strings (src/core/i18n.ts
 * merges them into UI, so the types and the translation check cover them) so
 * that the navbar's search box, which is on every page, ships only these.
 */
export const SEARCH_TEXT = {
  searchLabel: { nb: 'Søk på nettstedet', en: 'Search the site' },
  searchPlaceholder: { nb: 'Søk', en: 'Search' },
  searchLoading: { nb: 'Laster søket …', en: 'Loading search …' },
  searchNoResults: { nb: 'Ingen treff for «{q}».', en: 'No results for "{q}".' },
  searchResultCount: { nb: '{count} treff for «{q}».', en: '{count} results for "{q}".' },
  searchAllResults: { nb: 'Se alle treff', en: 'See all results' },
  searchShowMore: { nb: 'Vis flere treff', en: 'Show more results' },
  searchUnavailable: {
    nb: 'Søket er ikke tilgjengelig her (det bygges sammen med nettstedet).',
    en: 'Search is not available here (it is built with the site).',
  },
  searchResultsLabel: { nb: 'Søketreff', en: 'Search results' },
  /** the kind of page of the hand-written pages under /om (a search filter value) */
  kindAbout: { nb: 'Om nettstedet', en: 'About the site' },
} as const satisfies Record<string, Localized>;

export type SearchKey = keyof typeof SEARCH_TEXT;
