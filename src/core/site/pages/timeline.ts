import { PATHS } from '../../paths';
import type { SiteContext } from '../context';
import { SHELL_KEYS, TIMELINE_KEYS, type Labels } from '../labels';
import { eventVM, sortByDate } from '../pieces/records';
import type { EventVM, PageMeta } from '../types';

/** Every dated event, for the cities and the country; at national scale the country's only (each city page has its own). */

export const KEYS = [...SHELL_KEYS, ...TIMELINE_KEYS] as const;

export interface TimelineVM {
  meta: PageMeta;
  intro: string;
  events: EventVM[];
  labels: Labels<typeof KEYS>;
}

export function build(ctx: SiteContext): TimelineVM[] {
  const events = sortByDate([
    ...(ctx.atScale ? [] : ctx.ds.cities.flatMap((c) => c.events.map((e) => eventVM(ctx, e, c)))),
    ...ctx.ds.national.events.map((e) => eventVM(ctx, e, null)),
  ]);
  const intro = ctx.atScale ? `${ctx.ui('timelineIntro')} ${ctx.ui('timelineAtScale')}` : ctx.ui('timelineIntro');
  return [{ meta: ctx.meta(PATHS.timeline, ctx.ui('timeline'), intro), intro, events, labels: ctx.labels(KEYS) }];
}
