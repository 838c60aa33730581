import React from 'react';
import Link from '@docusaurus/Link';
import type { Labels, LegendItemVM } from '@site/src/core/site/index';
import type { LEGEND_KEYS } from '@site/src/core/site/labels';
import { ANCHOR, PATHS } from '@site/src/core/paths';
import { StatusMarker } from './StatusMarker';

/** What each status means, with a link to the codebook's rules. */
export function Legend({ items, labels }: { items: LegendItemVM[]; labels: Labels<typeof LEGEND_KEYS> }) {
  return (
    <section className="legend" aria-labelledby={ANCHOR.legend} data-pagefind-ignore="">
      <h2 id={ANCHOR.legend} className="legend__title">
        {labels.legend}
      </h2>
      <dl className="legend__list">
        {items.map((item) => (
          <div key={item.status} className="legend__item">
            <dt>
              <StatusMarker status={item} />
            </dt>
            <dd>{item.description}</dd>
          </div>
        ))}
      </dl>
      <p className="legend__codebook no-print">
        <Link to={PATHS.codebook}>{labels.codebookLink}</Link>
      </p>
    </section>
  );
}
