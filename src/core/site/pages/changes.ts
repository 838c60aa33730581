import { statusChanges } from '../../history';
import { changesPage, entryHref } from '../../paths';
import type { SiteContext } from '../context';
import { PAGER_KEYS, SHELL_KEYS, type Labels } from '../labels';
import { chunk, pageLinks } from '../pieces/cells';
import type { DateVM, EvidenceVM, LinkVM, PageMeta, StatusVM } from '../types';

/**
 * The change log (Endringer): every change of status, newest first, each
 * linking to its cell's entry and its evidence. Split into pages at scale.
 */

export const KEYS = [...SHELL_KEYS, ...PAGER_KEYS, 'changeFrom', 'changeFirst', 'sources', 'inferredDate'] as const;

export interface ChangeVM extends DateVM {
  id: string;
  city: string;
  theme: string;
  href: string;
  previous: StatusVM | null;
  status: StatusVM;
  summaryHtml: string;
  evidence: EvidenceVM[];
}

export interface ChangesVM {
  meta: PageMeta;
  intro: string;
  changes: ChangeVM[];
  page: number;
  pages: LinkVM[];
  labels: Labels<typeof KEYS>;
}

export const CHANGES_PER_PAGE = 200;

/** Every status change of every cell, newest first (unknown dates last). */
export function allChanges(ctx: SiteContext): ChangeVM[] {
  const out: ChangeVM[] = [];
  for (const c of ctx.ds.cities) {
    for (const th of ctx.ds.themes) {
      for (const ch of statusChanges(c.positions[th.id]!)) {
        if (ch.entry.status === 'not-mentioned' && !ch.previous) continue;
        out.push({
          id: `${c.id}--${th.id}--${ch.index + 1}`,
          city: ctx.text(c.name),
          theme: ctx.text(th.name),
          href: entryHref(c.id, th.id, ch.index),
          ...ctx.dated({ date: ch.entry.from, dateBasis: ch.entry.dateBasis, dateNote: ch.entry.dateNote }),
          previous: ch.previous ? ctx.status(ch.previous.status) : null,
          status: ctx.status(ch.entry.status),
          summaryHtml: ctx.inline(ch.entry.summary),
          evidence: ctx.evidence(ch.entry.evidence),
        });
      }
    }
  }
  // newest first; changes on the same date in cell order; unknown dates last
  const key = (x: ChangeVM) => (x.dateIso === 'unknown' ? '' : x.dateIso);
  return out.sort((a, b) => (key(a) > key(b) ? -1 : key(a) < key(b) ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function build(ctx: SiteContext): ChangesVM[] {
  const pages = chunk(allChanges(ctx), CHANGES_PER_PAGE);
  const intro = ctx.ui('changesIntro');
  return pages.map((changes, i) => ({
    meta: ctx.meta(
      changesPage(i + 1),
      pages.length > 1 ? `${ctx.ui('changes')} – ${ctx.ui('pageOf', { page: i + 1, pages: pages.length })}` : ctx.ui('changes'),
      intro,
      null,
    ),
    intro,
    changes,
    page: i + 1,
    pages: pageLinks(ctx, pages.length, changesPage),
    labels: ctx.labels(KEYS),
  }));
}
