import React from 'react';
import Link from '@docusaurus/Link';
import type { PageProps } from '../props';
import { PageShell, staticPage } from '../PageShell';
import { GlanceGrid } from '../GlanceGrid';
import { Legend } from '../Legend';
import { Pager } from '../Pager';
import { YearNav } from '../YearNav';

/** The matrix at a glance (current) and the matrix as it stood at the end of a year: status symbols and years, one screen. */
function GlancePage({ data }: PageProps<'glance'> | PageProps<'matrixYear'>) {
  const { labels } = data;
  return (
    <PageShell meta={data.meta} labels={labels}>
      <p className="lead">{data.intro}</p>
      <p className="no-print">
        <Link to={data.fullMatrix}>{labels.fullMatrixLink}</Link>
      </p>
      <YearNav years={data.years} current={data.year} label={labels.byYear} />
      <Pager pages={data.pages} current={data.page} labels={labels} />
      <GlanceGrid columns={data.columns} rows={data.rows} caption={data.meta.title} labels={labels} legend={data.legend} />
      {data.year !== null && <p className="glance__note">{labels.yearNote}</p>}
      <Legend items={data.legend} labels={labels} />
    </PageShell>
  );
}

export default staticPage(GlancePage, { wide: true });
