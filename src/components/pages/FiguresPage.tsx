import React from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { ANCHOR } from '@site/src/core/paths';
import type { PageProps } from '../props';
import { PageShell, staticPage } from '../PageShell';
import { BarChart, FigureTable } from '../Figures';
import { useAnchors } from '../anchors';

function FiguresPage({ data }: PageProps<'figures'>) {
  const { labels } = data;
  const csv = useBaseUrl(data.csv);
  useAnchors(data.groups.map((g) => ANCHOR.figureGroup(g.id)));
  return (
    <PageShell meta={data.meta} labels={labels}>
      <p className="lead">{data.intro}</p>
      <p className="no-print">
        <a href={csv} download>
          {labels.download} {data.csv.split('/').pop()}
        </a>
      </p>
      {data.series.map((s) => (
        <BarChart key={s.id} series={s} labels={labels} />
      ))}
      {data.groups.map((g) => (
        <section key={g.id} id={ANCHOR.figureGroup(g.id)}>
          <h2>{g.href ? <Link to={g.href}>{g.title}</Link> : g.title}</h2>
          <FigureTable figures={g.figures} labels={labels} showScope />
        </section>
      ))}
    </PageShell>
  );
}

export default staticPage(FiguresPage);
