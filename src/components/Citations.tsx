import React, { createContext, useContext } from 'react';
import Link from '@docusaurus/Link';
import type { CitationVM, EvidenceVM, SourceRefs } from '@site/src/core/site/index';

/** The sources cited on the current page (from its view model), so each citation carries only an id and a locator. */
export const SourcesContext = createContext<SourceRefs>({});

const isEvidence = (c: CitationVM | EvidenceVM): c is EvidenceVM => 'basis' in c;

/**
 * The sources of a statement: title, publisher, date and the place in the
 * source, each linking to the source page; evidence also says whose word it is
 * (its basis, and who where one person, party or organisation speaks).
 */
export function Citations({ items, label }: { items: (CitationVM | EvidenceVM)[]; label: string }) {
  const sources = useContext(SourcesContext);
  if (items.length === 0) return null;
  return (
    <div className="citations" data-pagefind-ignore="">
      <span className="citations__label">{`${label}:`}</span>
      <ul>
        {items.map((c, i) => {
          const s = sources[c.sourceId]!;
          return (
            <li key={`${c.sourceId}-${i}`}>
              {isEvidence(c) && <span className="citations__basis">{`${c.basis}${c.who ? `: ${c.who}` : ''} – `}</span>}
              <Link to={s.href}>{s.title}</Link> <span className="citations__meta">{`(${s.publisher}, ${s.date})`}</span>
              {' – '}
              <span className="citations__locator">{c.locator}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
