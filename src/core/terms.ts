import type { Glossary } from './types.generated';

/**
 * Links specialist terms in data text to the glossary (ordliste): the first
 * occurrence of each term or alias in a text becomes a link to the glossary entry.
 * Lower-case terms also match with a capital first letter; acronyms and names
 * (LAR, ROP, BrukerPlan) match only as written, so the verb "lar" is not a term.
 */
export interface TermLinker {
  /** matches any term or alias as a whole word (global) */
  pattern: RegExp;
  /** the glossary id for a matched word */
  idFor(match: string): string | undefined;
  /** the link target for a glossary id */
  href(id: string): string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function createTermLinker(glossary: Glossary, glossaryHref: string): TermLinker | undefined {
  const byWord = new Map<string, string>();
  const add = (w: string, id: string) => {
    if (w.length >= 3 && !byWord.has(w)) byWord.set(w, id);
  };
  for (const term of glossary.terms) {
    for (const raw of [term.term.nb, term.term.en, ...(term.aliases ?? [])]) {
      const w = raw.replace(/[«»]/g, '').trim();
      add(w, term.id);
      if (w === w.toLowerCase()) add(w[0]!.toUpperCase() + w.slice(1), term.id);
    }
  }
  if (byWord.size === 0) return undefined;
  // longest first, so "heroinassistert behandling" wins over a shorter term inside it
  const alternatives = [...byWord.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escapeRegExp);
  return {
    pattern: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}-])`, 'gu'),
    idFor: (match) => byWord.get(match),
    href: (id) => `${glossaryHref}#${id}`,
  };
}
