import React from 'react';
import Link from '@docusaurus/Link';
import type { PageProps } from '../props';
import { PageShell, staticPage } from '../PageShell';
import { StatusMarker } from '../StatusMarker';
import { Html } from '../Html';
import { useAnchors } from '../anchors';

/** The codebook, generated from data/codebook.yml and the themes' coding notes. */
function CodebookPage({ data }: PageProps<'codebook'>) {
  const { labels } = data;
  useAnchors([
    ...data.statuses.map((s) => s.anchor),
    ...data.bases.map((b) => b.anchor),
    ...data.rules.map((r) => r.anchor),
    ...data.themes.map((t) => t.anchor),
  ]);
  const list = (items: { href: string; label: string }[]) =>
    items.map((x, i) => (
      <React.Fragment key={x.href}>
        {i > 0 && ', '}
        <Link to={x.href}>{x.label}</Link>
      </React.Fragment>
    ));
  return (
    <PageShell meta={data.meta} labels={labels}>
      <Html html={data.introHtml} as="div" className="lead" />
      <h2>{labels.codebookStatuses}</h2>
      {data.statuses.map((s) => (
        <section key={s.status} id={s.anchor} className="codebook-status">
          <h3>
            <StatusMarker status={s} />
          </h3>
          <dl className="codebook-status__facts">
            <dt>{labels.codebookDefinition}</dt>
            <dd>{s.definition}</dd>
            <dt>{labels.codebookRule}</dt>
            <dd>
              <Html html={s.ruleHtml} />
            </dd>
            <dt>{labels.codebookEvidence}</dt>
            <dd>
              <Html html={s.evidenceHtml} />
            </dd>
            <dt>{labels.codebookNotEnough}</dt>
            <dd>
              <Html html={s.notEnoughHtml} />
            </dd>
            <dt>{labels.codebookBases}</dt>
            <dd>{s.bases.length > 0 ? list(s.bases) : labels.codebookNoEvidence}</dd>
            {s.examples.length > 0 && (
              <>
                <dt>{labels.codebookExamples}</dt>
                <dd>{list(s.examples)}</dd>
              </>
            )}
          </dl>
        </section>
      ))}
      <h2>{labels.codebookBasesHeading}</h2>
      <div className="table-scroll">
        <table className="codebook-matrix">
          <caption>{labels.codebookMatrix}</caption>
          <thead>
            <tr>
              <td />
              {data.statuses.map((s) => (
                <th scope="col" key={s.status}>
                  <StatusMarker status={s} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.matrix.map((row) => (
              <tr key={row.basis.href}>
                <th scope="row">
                  <Link to={row.basis.href}>{row.basis.label}</Link>
                </th>
                {row.allowed.map((ok, i) => (
                  <td key={data.statuses[i]!.status} className={ok ? 'codebook-matrix__yes' : 'codebook-matrix__no'}>
                    {ok ? '✓' : '–'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl className="codebook-bases">
        {data.bases.map((b) => (
          <div key={b.id} id={b.anchor}>
            <dt>{b.label}</dt>
            <dd>
              <Html html={b.descriptionHtml} />
              {b.needsWho && <strong> {labels.codebookNeedsWho}.</strong>}
            </dd>
          </div>
        ))}
      </dl>
      <h2>{labels.codebookRulesHeading}</h2>
      {data.rules.map((r) => (
        <section key={r.id} id={r.anchor} className="codebook-rule">
          <h3>
            {r.title} <code>{r.id}</code>
            {r.enforced && <small className="codebook-rule__enforced"> ({labels.codebookEnforced})</small>}
          </h3>
          <Html html={r.textHtml} as="p" />
        </section>
      ))}
      <h2>{labels.codebookThemesHeading}</h2>
      {data.themes.map((th) => (
        <section key={th.id} id={th.anchor} className="codebook-theme">
          <h3>
            <Link to={th.href}>{th.name}</Link>
          </h3>
          <p>
            <strong>{labels.codebookCounts}:</strong> <Html html={th.countsHtml} />
          </p>
          <p>
            <strong>{labels.codebookBorderline}:</strong>
          </p>
          <ul>
            {th.borderline.map((b) => (
              <li key={b}>
                <Html html={b} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </PageShell>
  );
}

export default staticPage(CodebookPage);
