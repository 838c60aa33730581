import React from 'react';
import Link from '@docusaurus/Link';
import type { PageProps } from '../props';
import { PageShell, staticPage } from '../PageShell';
import { StatusMarker } from '../StatusMarker';
import { Html } from '../Html';
import { Citations } from '../Citations';
import { DateText } from '../Records';
import { Pager } from '../Pager';

/** Every change of status, newest first: date, cell, from → to, summary and evidence. */
function ChangesPage({ data }: PageProps<'changes'>) {
  const { labels } = data;
  return (
    <PageShell meta={data.meta} labels={labels}>
      <p className="lead">{data.intro}</p>
      <Pager pages={data.pages} current={data.page} labels={labels} />
      <ol className="changes">
        {data.changes.map((c) => (
          <li key={c.id} className="change">
            <p className="change__when">
              <DateText date={c.date} iso={c.dateIso} inferred={c.inferred} note={c.dateNote} label={labels.inferredDate} /> –{' '}
              <Link to={c.href}>
                {c.city}: {c.theme}
              </Link>
            </p>
            <p className="change__status">
              {c.previous ? (
                <>
                  <span className="change__before">
                    {labels.changeFrom}: <StatusMarker status={c.previous} />
                  </span>{' '}
                  →{' '}
                </>
              ) : (
                <span className="change__before">({labels.changeFirst}) </span>
              )}
              <StatusMarker status={c.status} />
            </p>
            <Html html={c.summaryHtml} as="p" />
            <Citations items={c.evidence} label={labels.sources} />
          </li>
        ))}
      </ol>
      <Pager pages={data.pages} current={data.page} labels={labels} />
    </PageShell>
  );
}

export default staticPage(ChangesPage);
