import React from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type { FiguresPageVM } from '@site/src/core/site/types';
import { PageShell } from '../PageShell';
import { BarChart, FigureTable } from '../Figures';
import { useAnchors } from '../anchors';

export default function FiguresPage({ data }: { data: FiguresPageVM }) {
  const { labels } = data;
  const csv = useBaseUrl('/data/tall.csv');
  useAnchors(data.groups.map((g) => `gruppe-${g.id}`));
  return (
    <PageShell meta={data.meta} labels={labels}>
      <p className="lead">{data.intro}</p>
      <p className="no-print">
        <a href={csv} download>
          {labels.download} tall.csv
        </a>
      </p>
      {data.series.map((s) => (
        <BarChart key={s.id} series={s} labels={labels} />
      ))}
      {data.groups.map((g) => (
        <section key={g.id} id={`gruppe-${g.id}`}>
          <h2>{g.href ? <Link to={g.href}>{g.title}</Link> : g.title}</h2>
          <FigureTable figures={g.figures} labels={labels} showScope />
        </section>
      ))}
    </PageShell>
  );
}
