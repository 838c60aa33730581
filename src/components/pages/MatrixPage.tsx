import React from 'react';
import Link from '@docusaurus/Link';
import type { MatrixVM } from '@site/src/core/site/types';
import { PageShell } from '../PageShell';
import { MatrixTable } from '../MatrixTable';
import { Legend } from '../Legend';
import { Pager } from '../Pager';

export default function MatrixPage({ data }: { data: MatrixVM }) {
  const { labels } = data;
  return (
    <PageShell meta={data.meta} labels={labels} wide>
      <p className="lead">{data.intro}</p>
      <p className="no-print">
        <a href="#tabell">{labels.skipToTable}</a> · <Link to="/sammenlign">{labels.goToCompare}</Link> ·{' '}
        <Link to="/om/metode">{labels.methodLink}</Link>
      </p>
      <Legend items={data.legend} title={labels.legend} />
      <Pager pages={data.pages} current={data.page} label={labels.page} />
      <MatrixTable columns={data.columns} rows={data.rows} caption={data.meta.title} labels={labels} legend={data.legend} />
      <Pager pages={data.pages} current={data.page} label={labels.page} />
    </PageShell>
  );
}
