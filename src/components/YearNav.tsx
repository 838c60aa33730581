import React from 'react';
import Link from '@docusaurus/Link';
import type { LinkVM } from '@site/src/core/site/index';
import { ANCHOR } from '@site/src/core/paths';

/**
 * The year control: a link per year to the static matrix as it stood at the
 * end of that year (plain links, so every year has a shareable address and
 * works without JavaScript).
 */
export function YearNav({ years, current, label }: { years: LinkVM[]; current: number | null; label: string }) {
  return (
    <nav className="year-nav no-print" aria-labelledby={ANCHOR.years}>
      <span id={ANCHOR.years} className="year-nav__label">
        {label}:
      </span>{' '}
      <ul>
        {years.map((y) => (
          <li key={y.href}>{Number(y.label) === current ? <span aria-current="page">{y.label}</span> : <Link to={y.href}>{y.label}</Link>}</li>
        ))}
      </ul>
    </nav>
  );
}
