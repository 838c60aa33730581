import React from 'react';
import Link from '@docusaurus/Link';
import type { Labels, LinkVM } from '@site/src/core/site/index';
import type { PAGER_KEYS } from '@site/src/core/site/labels';

/** Page links for split pages (shown only when there is more than one page). */
export function Pager({ pages, current, labels }: { pages: LinkVM[]; current: number; labels: Labels<typeof PAGER_KEYS> }) {
  if (pages.length <= 1) return null;
  return (
    <nav className="pager" aria-label={labels.page}>
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
