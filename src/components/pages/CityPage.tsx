import React from 'react';
import Link from '@docusaurus/Link';
import type { CityPageVM } from '@site/src/core/site/types';
import { PageShell } from '../PageShell';
import { StatusMarker } from '../StatusMarker';
import { Html } from '../Html';
import { Citations } from '../Citations';
import { BarChart, FigureTable } from '../Figures';
import { Disagreements, Plans, Statements, Timeline } from '../Records';
import { useAnchors } from '../anchors';

export default function CityPage({ data }: { data: CityPageVM }) {
  const { labels } = data;
  useAnchors(['styring', 'planer', 'tidslinje', 'standpunkt', 'tall', 'uttalelser', ...data.positions.map((p) => p.anchor)]);
  return (
    <PageShell meta={data.meta} labels={labels}>
      <Html html={data.introHtml} as="div" className="lead" />
      <nav className="toc-inline no-print" aria-label={labels.contents}>
        <a href="#standpunkt">{labels.positions}</a> · <a href="#planer">{labels.plans}</a> · <a href="#tidslinje">{labels.timeline}</a> ·{' '}
        <a href="#tall">{labels.figures}</a> · <a href="#uttalelser">{labels.statements}</a>
      </nav>
      <ul className="status-counts">
        {data.counts.map((g) => (
          <li key={g.status.status}>
            <StatusMarker status={g.status} /> {g.count}
          </li>
        ))}
      </ul>
      <section id="styring">
        <h2>{labels.governance}</h2>
        <p>
          <strong>{data.governance.model}.</strong> <Html html={data.governance.descriptionHtml} />
        </p>
        <p>
          {labels.municipalityNumber}: {data.municipalityNumber}
        </p>
        <Citations items={data.governance.citations} label={labels.sources} />
      </section>
      <section id="standpunkt">
        <h2>{labels.positions}</h2>
        <div className="table-scroll">
          <table className="positions">
            <thead>
              <tr>
                <th scope="col">{labels.themePageFor}</th>
                <th scope="col">{labels.status}</th>
                <th scope="col">{labels.details}</th>
              </tr>
            </thead>
            <tbody>
              {data.positions.map((p) => (
                <tr key={p.themeId} id={p.anchor} className={`positions__row positions__row--${p.status}`}>
                  <th scope="row">
                    <Link to={p.themeHref}>{p.themeName}</Link>
                  </th>
                  <td>
                    <StatusMarker status={p} />
                  </td>
                  <td>
                    <Html html={p.summaryHtml} as="p" />
                    {p.detailsHtml && (
                      <details>
                        <summary>{labels.details}</summary>
                        <Html html={p.detailsHtml} as="div" />
                      </details>
                    )}
                    <Citations items={p.citations} label={labels.sources} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section id="planer">
        <h2>{labels.plans}</h2>
        <Plans plans={data.plans} labels={labels} />
      </section>
      <section id="tidslinje">
        <h2>{labels.timeline}</h2>
        <Timeline events={data.timeline} labels={labels} />
      </section>
      <section id="tall">
        <h2>{labels.figures}</h2>
        {data.series.map((s) => (
          <BarChart key={s.id} series={s} labels={labels} />
        ))}
        {data.figures.length > 0 ? <FigureTable figures={data.figures} labels={labels} /> : <p>{labels.noFigures}</p>}
      </section>
      <section id="uttalelser">
        <h2>{labels.statements}</h2>
        <p>{labels.statementsIntro}</p>
        <Statements statements={data.statements} labels={labels} />
      </section>
      <Disagreements items={data.disagreements} labels={labels} />
    </PageShell>
  );
}
