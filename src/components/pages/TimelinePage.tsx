import React from 'react';
import type { EventVM, PageMeta } from '@site/src/core/site/types';
import { PageShell } from '../PageShell';
import { Timeline } from '../Records';

export default function TimelinePage({ data }: { data: { meta: PageMeta; intro: string; events: EventVM[]; labels: Record<string, string> } }) {
  return (
    <PageShell meta={data.meta} labels={data.labels}>
      <p className="lead">{data.intro}</p>
      <Timeline events={data.events} labels={data.labels} showScope />
    </PageShell>
  );
}
