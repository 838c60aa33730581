import { cityPath, PATHS, themePath } from '../../paths';
import type { SiteContext } from '../context';
import { SHELL_KEYS, type Labels } from '../labels';
import type { LinkVM, PageMeta } from '../types';

/** The list of themes and the list of cities. */

export const KEYS = [...SHELL_KEYS] as const;

export interface IndexVM {
  meta: PageMeta;
  items: (LinkVM & { id: string; text: string })[];
  labels: Labels<typeof KEYS>;
}

export function buildThemes(ctx: SiteContext): IndexVM[] {
  return [
    {
      meta: ctx.meta(PATHS.themes, ctx.ui('themes'), ctx.ui('allThemes')),
      items: ctx.ds.themes.map((th) => ({ id: th.id, href: themePath(th.id), label: ctx.text(th.name), text: ctx.text(th.definition) })),
      labels: ctx.labels(KEYS),
    },
  ];
}

export function buildCities(ctx: SiteContext): IndexVM[] {
  return [
    {
      meta: ctx.meta(PATHS.cities, ctx.ui('cities'), ctx.ui('allCities')),
      items: ctx.ds.cities.map((c) => ({ id: c.id, href: cityPath(c.id), label: ctx.text(c.name), text: ctx.text(c.intro) })),
      labels: ctx.labels(KEYS),
    },
  ];
}
