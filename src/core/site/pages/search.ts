import { PATHS } from '../../paths';
import type { SiteContext } from '../context';
import { SHELL_KEYS, type Labels } from '../labels';
import type { LinkVM, PageMeta } from '../types';

/**
 * The search page (/sok?q=…), so a search can be shared. The browser runs the
 * query with Pagefind; without JavaScript the page says so and links to the
 * overview, the themes and the cities.
 */

export const KEYS = [
  ...SHELL_KEYS,
  'searchIntro',
  'searchNeedsJs',
  'searchFilters',
  'searchFilterKind',
  'searchFilterCity',
  'searchFilterTheme',
  'searchLabel',
  'searchLoading',
  'searchNoResults',
  'searchResultCount',
  'searchUnavailable',
  'searchResultsLabel',
  'searchShowMore',
] as const;

export interface SearchVM {
  meta: PageMeta;
  /** where to go without JavaScript */
  links: LinkVM[];
  labels: Labels<typeof KEYS>;
}

export function build(ctx: SiteContext): SearchVM[] {
  return [
    {
      meta: ctx.meta(PATHS.search, ctx.ui('searchTitle'), ctx.ui('searchIntro'), null),
      links: [
        { href: PATHS.matrix, label: ctx.ui('goToMatrix') },
        { href: PATHS.themes, label: ctx.ui('themes') },
        { href: PATHS.cities, label: ctx.ui('cities') },
        { href: PATHS.sources, label: ctx.ui('sources') },
      ],
      labels: ctx.labels(KEYS),
    },
  ];
}
