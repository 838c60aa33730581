import React from 'react';
import Link from '@docusaurus/Link';
import { fill } from '@site/src/core/fill';
import type { PageProps } from '../props';
import { PageShell, staticPage } from '../PageShell';
import { Html } from '../Html';
import { useAnchors } from '../anchors';

function SourcesPage({ data }: PageProps<'sources'>) {
  const { labels } = data;
  useAnchors(data.sources.map((s) => s.id));
  return (
    <PageShell meta={data.meta} labels={labels}>
      <p className="lead">{data.intro}</p>
      <ol className="source-list">
        {data.sources.map((s) => (
          <li key={s.id} id={s.id}>
            <Link to={s.href}>
              <strong>{s.title}</strong>
            </Link>
            {s.descriptiveTitle && <small> ({labels.descriptiveTitle})</small>}
            <br />
            {s.kind} · {s.publisher} · {s.date} · {fill(labels.citedTimes, { count: s.citedCount })}
            <br />
            <Html html={s.descriptionHtml} />
          </li>
        ))}
      </ol>
    </PageShell>
  );
}

export default staticPage(SourcesPage);
