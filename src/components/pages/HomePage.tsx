import React from 'react';
import Link from '@docusaurus/Link';
import { ANCHOR, PATHS } from '@site/src/core/paths';
import type { PageProps } from '../props';
import { PageShell, staticPage } from '../PageShell';
import { StatusMarker } from '../StatusMarker';
import { Comparisons } from '../History';
import { Html } from '../Html';

function HomePage({ data }: PageProps<'home'>) {
  const { labels } = data;
  return (
    <PageShell meta={data.meta} labels={labels}>
      <p className="lead">{data.tagline}</p>
      <p className="home__currency">
        {labels.newestSource}: <strong>{data.newest}</strong> · {labels.dataUpdated}: <strong>{data.updated}</strong> ·{' '}
        <Link to={PATHS.changes}>{labels.changes}</Link>
      </p>
      <nav className="home__entry" aria-label={labels.forReaders}>
        {data.entry.map((e) => (
          <Link key={e.href} to={e.href} className="button button--primary button--lg">
            {e.label}
          </Link>
        ))}
      </nav>
      <section aria-labelledby={ANCHOR.cities}>
        <h2 id={ANCHOR.cities}>{labels.cities}</h2>
        <ul className="card-list card-list--cities">
          {data.cities.map((c) => (
            <li key={c.id} className="card-list__item">
              <h3>
                <Link to={c.href}>{c.label}</Link>
              </h3>
              <Html html={c.introHtml} as="p" />
              <ul className="status-counts" data-pagefind-ignore="">
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
      <section aria-labelledby={ANCHOR.themes}>
        <h2 id={ANCHOR.themes}>{labels.themes}</h2>
        <ul className="theme-grid">
          {data.themes.map((th) => (
            <li key={th.id}>
              <Link to={th.href}>{th.label}</Link>
            </li>
          ))}
        </ul>
      </section>
      <Comparisons items={data.comparisons} labels={labels} />
      <section aria-labelledby={ANCHOR.readers}>
        <h2 id={ANCHOR.readers}>{labels.forReaders}</h2>
        <ul>
          {data.readers.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
        <p>
          {data.stats} <Link to={PATHS.method}>{labels.methodLink}</Link> · <Link to={PATHS.codebook}>{labels.codebookLink}</Link> ·{' '}
          <Link to={PATHS.glossary}>{labels.glossary}</Link> · <Link to={PATHS.timeline}>{labels.timeline}</Link> ·{' '}
          <Link to={PATHS.data}>{labels.openData}</Link>
        </p>
      </section>
    </PageShell>
  );
}

export default staticPage(HomePage);
