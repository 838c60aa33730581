import React from 'react';
import type { LegendItemVM } from '@site/src/core/site/types';
import { StatusMarker } from './StatusMarker';

export function Legend({ items, title }: { items: LegendItemVM[]; title: string }) {
  return (
    <section className="legend" aria-labelledby="forklaring">
      <h2 id="forklaring" className="legend__title">
        {title}
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
    </section>
  );
}
