import React from 'react';
import Link from '@docusaurus/Link';
import type { CitationVM } from '@site/src/core/site/types';

/** The sources of a statement: title, publisher, date and the place in the source, each linking to the source page. */
export function Citations({ items, label }: { items: CitationVM[]; label: string }) {
  if (items.length === 0) return null;
  return (
    <div className="citations">
      <span className="citations__label">{label}:</span>
      <ul>
        {items.map((c, i) => (
          <li key={`${c.sourceId}-${i}`}>
            <Link to={c.href}>{c.title}</Link> <span className="citations__meta">({c.publisher}, {c.date})</span>
            {' – '}
            <span className="citations__locator">{c.locator}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
