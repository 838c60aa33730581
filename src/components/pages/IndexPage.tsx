import React from 'react';
import Link from '@docusaurus/Link';
import type { PageProps } from '../props';
import { PageShell, staticPage } from '../PageShell';

/** The list of themes, and the list of cities. */
function IndexPage({ data }: PageProps<'themes'> | PageProps<'cities'>) {
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

export default staticPage(IndexPage);
