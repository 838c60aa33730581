import React from 'react';
import type { PageProps } from '../props';
import { PageShell, staticPage } from '../PageShell';
import { Html } from '../Html';
import { Citations } from '../Citations';
import { useAnchors } from '../anchors';

function GlossaryPage({ data }: PageProps<'glossary'>) {
  const { labels } = data;
  useAnchors(data.terms.map((term) => term.id));
  return (
    <PageShell meta={data.meta} labels={labels}>
      <p className="lead">{data.intro}</p>
      <nav className="glossary-index no-print" aria-label={data.meta.title}>
        {data.terms.map((term, i) => (
          <React.Fragment key={term.id}>
            {i > 0 && ' · '}
            <a href={`#${term.id}`}>{term.term}</a>
          </React.Fragment>
        ))}
      </nav>
      <dl className="glossary">
        {data.terms.map((term) => (
          <div key={term.id} id={term.id} className="glossary__entry">
            <dt>
              <dfn>{term.term}</dfn>
              {term.other && <span className="glossary__other"> ({term.other})</span>}
            </dt>
            <dd>
              <Html html={term.definitionHtml} as="div" />
              {term.international && (
                <p className="glossary__intl">
                  {labels.internationalTerm}: <em>{term.international}</em>
                </p>
              )}
              <Citations items={term.citations} label={labels.sources} />
            </dd>
          </div>
        ))}
      </dl>
    </PageShell>
  );
}

export default staticPage(GlossaryPage);
