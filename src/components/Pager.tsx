import React from 'react';
import Link from '@docusaurus/Link';
import type { LinkVM } from '@site/src/core/site/types';

/** Page links for split matrices and theme pages (shown only when there is more than one page). */
export function Pager({ pages, current, label }: { pages: LinkVM[]; current: number; label: string }) {
  if (pages.length <= 1) return null;
  return (
    <nav className="pager" aria-label={label}>
      <ul>
        {pages.map((p, i) => (
          <li key={p.href}>
            {i + 1 === current ? (
              <span aria-current="page">{i + 1}</span>
            ) : (
              <Link to={p.href} aria-label={p.label}>
                {i + 1}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
