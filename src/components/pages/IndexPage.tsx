import React from 'react';
import Link from '@docusaurus/Link';
import type { IndexVM } from '@site/src/core/site/types';
import { PageShell } from '../PageShell';

export default function IndexPage({ data }: { data: IndexVM }) {
  return (
    <PageShell meta={data.meta} labels={data.labels}>
      <ul className="card-list">
        {data.items.map((item) => (
          <li key={item.id} className="card-list__item">
            <h2>
              <Link to={item.href}>{item.label}</Link>
            </h2>
            <p>{item.text}</p>
          </li>
        ))}
      </ul>
    </PageShell>
  );
}
