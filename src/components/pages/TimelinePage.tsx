import React from 'react';
import type { PageProps } from '../props';
import { PageShell, staticPage } from '../PageShell';
import { Timeline } from '../Records';

function TimelinePage({ data }: PageProps<'timeline'>) {
  return (
    <PageShell meta={data.meta} labels={data.labels}>
      <p className="lead">{data.intro}</p>
      <Timeline events={data.events} labels={data.labels} showScope />
    </PageShell>
  );
}

export default staticPage(TimelinePage);
