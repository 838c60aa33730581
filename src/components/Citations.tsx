import React, { createContext, useContext } from 'react';
import Link from '@docusaurus/Link';
import type { CitationVM, SourceRefs } from '@site/src/core/site/types';

/** The sources cited on the current page (from its view model), so each citation carries only an id and a locator. */
export const SourcesContext = createContext<SourceRefs>({});

/** The sources of a statement: title, publisher, date and the place in the source, each linking to the source page. */
export function Citations({ items, label }: { items: CitationVM[]; label: string }) {
  const sources = useContext(SourcesContext);
  if (items.length === 0) return null;
  return (
    <div className="citations">
      <span className="citations__label">{label}:</span>
      <ul>
        {items.map((c, i) => {
          const s = sources[c.sourceId]!;
          return (
            <li key={`${c.sourceId}-${i}`}>
              <Link to={s.href}>{s.title}</Link> <span className="citations__meta">({s.publisher}, {s.date})</span>
              {' – '}
              <span className="citations__locator">{c.locator}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
