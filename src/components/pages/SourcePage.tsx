import React from 'react';
import Link from '@docusaurus/Link';
import { ANCHOR, PATHS } from '@site/src/core/paths';
import type { PageProps } from '../props';
import { PageShell, staticPage } from '../PageShell';
import { Html } from '../Html';

function SourcePage({ data }: PageProps<'source'>) {
  const { labels, source: s } = data;
  return (
    <PageShell meta={data.meta} labels={labels}>
      <Html html={s.descriptionHtml} as="p" className="lead" />
      <dl className="source-facts">
        <div>
          <dt>{labels.kind}</dt>
          <dd>{s.kind}</dd>
        </div>
        <div>
          <dt>{labels.publisher}</dt>
          <dd>{s.publisher}</dd>
        </div>
        <div>
          <dt>{labels.date}</dt>
          <dd>
            {s.date}
            {s.dateNote && (
              <>
                {' – '}
                <Html html={s.dateNote} />
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>{labels.address}</dt>
          <dd>
            {s.url ? (
              <a href={s.url} rel="noopener noreferrer">
                {s.url}
              </a>
            ) : (
              labels.unknown
            )}
            {s.insecureUrl && <small className="source-facts__warning"> ({labels.insecureUrl})</small>}
          </dd>
        </div>
        {s.file && (
          <div>
            <dt>{labels.file}</dt>
            <dd>
              <code>{s.file}</code>
            </dd>
          </div>
        )}
        {s.descriptiveTitle && (
          <div>
            <dt>{labels.title}</dt>
            <dd>{labels.descriptiveTitle}</dd>
          </div>
        )}
        {s.limitsHtml && (
          <div>
            <dt>{labels.limits}</dt>
            <dd>
              <Html html={s.limitsHtml} />
            </dd>
          </div>
        )}
      </dl>
      <h2 id={ANCHOR.citedBy}>{labels.citedBy}</h2>
      {data.uses.map((g) => (
        <section key={g.group}>
          <h3>{g.group}</h3>
          <ul>
            {g.items.map((u, i) => (
              <li key={i}>
                <Link to={u.href}>{u.label}</Link> – <span className="citations__locator">{u.locator}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <p className="no-print">
        <Link to={PATHS.sources}>{labels.goToSources}</Link>
      </p>
    </PageShell>
  );
}

export default staticPage(SourcePage);
