import React from 'react';
import { ANCHOR } from '@site/src/core/paths';
import type { PageProps } from '../props';
import { PageShell, staticPage } from '../PageShell';
import { StatusMarker } from '../StatusMarker';
import { Html } from '../Html';
import { Citations } from '../Citations';
import { BarChart, FigureTable } from '../Figures';
import { Disagreements, Plans, Statements, Timeline } from '../Records';
import { CellHistory, OpenQuestions } from '../History';
import { Legend } from '../Legend';
import { EmbedCode } from '../EmbedCode';
import { PositionsTable } from '../PositionsTable';
import { useAnchors } from '../anchors';

function CityPage({ data }: PageProps<'city'>) {
  const { labels } = data;
  const sections = [ANCHOR.governance, ANCHOR.plans, ANCHOR.timeline, ANCHOR.positions, ANCHOR.figures, ANCHOR.statements];
  useAnchors([...sections, ...data.positions.map((p) => p.anchor)]);
  return (
    <PageShell meta={data.meta} labels={labels}>
      <Html html={data.introHtml} as="div" className="lead" />
      <nav className="toc-inline no-print" aria-label={labels.contents} data-pagefind-ignore="">
        <a href={`#${ANCHOR.positions}`}>{labels.positions}</a> · <a href={`#${ANCHOR.plans}`}>{labels.plans}</a> ·{' '}
        <a href={`#${ANCHOR.timeline}`}>{labels.timeline}</a> · <a href={`#${ANCHOR.figures}`}>{labels.figures}</a> ·{' '}
        <a href={`#${ANCHOR.statements}`}>{labels.statements}</a>
      </nav>
      <ul className="status-counts" data-pagefind-ignore="">
        {data.counts.map((g) => (
          <li key={g.status.status}>
            <StatusMarker status={g.status} /> {g.count}
          </li>
        ))}
      </ul>
      <section id={ANCHOR.governance}>
        <h2>{labels.governance}</h2>
        <p>
          <strong>{data.governance.model}.</strong> <Html html={data.governance.descriptionHtml} />
        </p>
        <p>
          {labels.municipalityNumber}: {data.municipalityNumber}
        </p>
        <Citations items={data.governance.citations} label={labels.sources} />
      </section>
      <section id={ANCHOR.positions}>
        <h2>{labels.positions}</h2>
        <PositionsTable
          rows={data.positions}
          heads={[labels.themePageFor, labels.status, labels.details]}
          name={(p) => ({ text: p.themeName, href: p.themeHref, key: p.themeId })}
          detail={(p) => (
            <>
              <Html html={p.summaryHtml} as="p" />
              <details className="positions__history">
                <summary>{`${labels.history} (${p.history.entries.length})`}</summary>
                <CellHistory history={p.history} labels={labels} />
              </details>
            </>
          )}
          labels={labels}
        />
      </section>
      <OpenQuestions items={data.openQuestions} labels={labels} />
      <section id={ANCHOR.plans}>
        <h2>{labels.plans}</h2>
        <Plans plans={data.plans} labels={labels} />
      </section>
      <section id={ANCHOR.timeline}>
        <h2>{labels.timeline}</h2>
        <Timeline events={data.timeline} labels={labels} />
      </section>
      <section id={ANCHOR.figures}>
        <h2>{labels.figures}</h2>
        {data.series.map((s) => (
          <BarChart key={s.id} series={s} labels={labels} />
        ))}
        {data.figures.length > 0 ? <FigureTable figures={data.figures} labels={labels} /> : <p>{labels.noFigures}</p>}
      </section>
      <section id={ANCHOR.statements}>
        <h2>{labels.statements}</h2>
        <p>{labels.statementsIntro}</p>
        <Statements statements={data.statements} labels={labels} />
      </section>
      <Disagreements items={data.disagreements} labels={labels} />
      <EmbedCode embed={data.embed} labels={labels} />
      <Legend items={data.legend} labels={labels} />
    </PageShell>
  );
}

export default staticPage(CityPage);
