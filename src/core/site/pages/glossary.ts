import { PATHS } from '../../paths';
import type { SiteContext } from '../context';
import { SHELL_KEYS, type Labels } from '../labels';
import type { CitationVM, PageMeta } from '../types';

/** The glossary: each term with its other-language name, international term, definition and sources. */

export const KEYS = [...SHELL_KEYS, 'internationalTerm', 'sources'] as const;

export interface GlossaryVM {
  meta: PageMeta;
  intro: string;
  terms: { id: string; term: string; other: string; international: string | null; definitionHtml: string; citations: CitationVM[] }[];
  labels: Labels<typeof KEYS>;
}

export function build(ctx: SiteContext): GlossaryVM[] {
  const other = ctx.locale === 'nb' ? 'en' : 'nb';
  return [
    {
      meta: ctx.meta(PATHS.glossary, ctx.ui('glossary'), ctx.ui('glossaryIntro')),
      intro: ctx.ui('glossaryIntro'),
      terms: ctx.ds.glossary.terms.map((term) => ({
        id: term.id,
        term: ctx.text(term.term),
        other: term.term[other] !== term.term[ctx.locale] ? term.term[other] : '',
        international: term.international ?? null,
        definitionHtml: ctx.block(term.definition)!,
        citations: ctx.citations(term.sources),
      })),
      labels: ctx.labels(KEYS),
    },
  ];
}
