import React from 'react';
import Link from '@docusaurus/Link';
import { ANCHOR, PATHS } from '@site/src/core/paths';
import type { PageProps } from '../props';
import { PageShell, staticPage } from '../PageShell';
import { MatrixTable } from '../MatrixTable';
import { Legend } from '../Legend';
import { Pager } from '../Pager';
import { YearNav } from '../YearNav';

function MatrixPage({ data }: PageProps<'matrix'>) {
  const { labels } = data;
  return (
    <PageShell meta={data.meta} labels={labels}>
      <p className="lead">{data.intro}</p>
      <p className="no-print">
        <a href={`#${ANCHOR.table}`}>{labels.skipToTable}</a> · <Link to={PATHS.glance}>{labels.glanceLink}</Link> ·{' '}
        <Link to={PATHS.compare}>{labels.goToCompare}</Link> · <Link to={PATHS.method}>{labels.methodLink}</Link>
      </p>
      <YearNav years={data.years} current={null} label={labels.byYear} />
      <Legend items={data.legend} labels={labels} />
      <Pager pages={data.pages} current={data.page} labels={labels} />
      <MatrixTable columns={data.columns} rows={data.rows} caption={data.meta.title} labels={labels} legend={data.legend} />
      <Pager pages={data.pages} current={data.page} labels={labels} />
    </PageShell>
  );
}

export default staticPage(MatrixPage, { wide: true });
