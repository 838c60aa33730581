import React from 'react';
import Link from '@docusaurus/Link';
import type { HomeVM } from '@site/src/core/site/types';
import { PageShell } from '../PageShell';
import { StatusMarker } from '../StatusMarker';

export default function HomePage({ data }: { data: HomeVM }) {
  const { labels } = data;
  return (
    <PageShell meta={data.meta} labels={labels}>
      <p className="lead">{data.tagline}</p>
      <p className="home__currency">
        {labels.newestSource}: <strong>{data.newest}</strong> · {labels.dataUpdated}: <strong>{data.updated}</strong>
      </p>
      <nav className="home__entry" aria-label={labels.forReaders}>
        {data.entry.map((e) => (
          <Link key={e.href} to={e.href} className="button button--primary button--lg">
            {e.label}
          </Link>
        ))}
      </nav>
      <section aria-labelledby="byer">
        <h2 id="byer">{labels.cities}</h2>
        <ul className="card-list card-list--cities">
          {data.cities.map((c) => (
            <li key={c.id} className="card-list__item">
              <h3>
                <Link to={c.href}>{c.label}</Link>
              </h3>
              <p>{c.intro}</p>
              <ul className="status-counts">
                {c.counts.map((g) => (
                  <li key={g.status.status}>
                    <StatusMarker status={g.status} /> {g.count}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="tema">
        <h2 id="tema">{labels.themes}</h2>
        <ul className="theme-grid">
          {data.themes.map((th) => (
            <li key={th.id}>
              <Link to={th.href}>{th.label}</Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="lesere">
        <h2 id="lesere">{labels.forReaders}</h2>
        <ul>
          {data.readers.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
        <p>
          {data.stats} <Link to="/om/metode">{labels.methodLink}</Link> · <Link to="/ordliste">{labels.glossary}</Link> ·{' '}
          <Link to="/tidslinje">{labels.timeline}</Link> · <Link to="/data">{labels.openData}</Link>
        </p>
      </section>
    </PageShell>
  );
}
