import React from 'react';
import Link from '@docusaurus/Link';
import { ANCHOR, PATHS } from '@site/src/core/paths';
import type { PageVM } from '@site/src/core/site/index';
import type { PageProps } from '../props';
import { PageShell, staticPage } from '../PageShell';
import { StatusMarker } from '../StatusMarker';
import { Html } from '../Html';
import { FigureTable } from '../Figures';
import { Disagreements, Statements, Timeline } from '../Records';
import { CellHistory, Comparisons, OpenQuestions } from '../History';
import { Legend } from '../Legend';
import { Since } from '../MatrixTable';
import { EmbedCode } from '../EmbedCode';
import { PositionsTable } from '../PositionsTable';
import { useAnchors } from '../anchors';

type ThemeVM = PageVM<'theme'>;

/** At national scale: one row per city with status, year and summary; the details are on the city pages. */
function CompactTable({ data }: { data: ThemeVM }) {
  const { labels } = data;
  return (
    <PositionsTable
      rows={data.cities}
      heads={[labels.city, labels.status, labels.summary]}
      caption={data.name}
      name={(c) => ({ text: c.name, href: c.cityHref, key: c.cityId })}
      detail={(c) => <Html html={c.summaryHtml} />}
      labels={labels}
    />
  );
}

function CitySection({ c, labels }: { c: ThemeVM['cities'][number]; labels: ThemeVM['labels'] }) {
  return (
    <section id={c.anchor} className={`theme-city theme-city--${c.status}`} aria-labelledby={`h-${c.anchor}`}>
      <h2 id={`h-${c.anchor}`} className="theme-city__name">
        {c.name}
      </h2>
      <StatusMarker status={c} /> <Since since={c.since} changed={c.changed} labels={labels} />
      <Html html={c.summaryHtml} as="p" className="theme-city__summary" />
      {c.history && <CellHistory history={c.history} labels={labels} />}
      {c.figures.length > 0 && <FigureTable figures={c.figures} labels={labels} caption={`${labels.figures}: ${c.name}`} />}
      {c.statements.length > 0 && (
        <details className="theme-city__statements">
          <summary>
            {labels.statements} ({c.statements.length})
          </summary>
          <Statements statements={c.statements} labels={labels} />
        </details>
      )}
      <p className="theme-city__more">
        <Link to={c.cityHref}>
          {labels.cityPageFor}: {c.name}
        </Link>
      </p>
      {c.embed && <EmbedCode embed={c.embed} labels={labels} />}
    </section>
  );
}

function ThemePage({ data }: PageProps<'theme'>) {
  const { labels } = data;
  useAnchors(data.cities.map((c) => c.anchor));
  return (
    <PageShell meta={data.meta} labels={labels}>
      <Html html={data.definitionHtml} as="div" className="lead" />
      {data.terms.length > 0 && (
        <p className="terms">
          {labels.relatedTerms}:{' '}
          {data.terms.map((term, i) => (
            <React.Fragment key={term.id}>
              {i > 0 && ', '}
              <Link to={term.href}>{term.label}</Link>
            </React.Fragment>
          ))}
        </p>
      )}
      <section className="overview-line" aria-labelledby={ANCHOR.overview}>
        <h2 id={ANCHOR.overview}>{labels.overviewLine}</h2>
        <ul className="overview-line__list">
          {data.overview.map((g) => (
            <li key={g.status.status}>
              <StatusMarker status={g.status} />:{' '}
              {g.cities.length > 0
                ? g.cities.map((c, i) => (
                    <React.Fragment key={c.href}>
                      {i > 0 && ', '}
                      <Link to={c.href}>{c.label}</Link>
                    </React.Fragment>
                  ))
                : g.count}
            </li>
          ))}
        </ul>
      </section>
      {data.compact ? (
        <CompactTable data={data} />
      ) : (
        <div className="theme-cities">
          {data.cities.map((c) => (
            <CitySection key={c.cityId} c={c} labels={labels} />
          ))}
        </div>
      )}
      <Comparisons items={data.comparisons} labels={labels} />
      <OpenQuestions items={data.openQuestions} labels={labels} showScope />
      {data.events.length > 0 && (
        <section>
          <h2 id={ANCHOR.timeline}>{labels.timeline}</h2>
          <Timeline events={data.events} labels={labels} showScope />
        </section>
      )}
      <Disagreements items={data.disagreements} labels={labels} />
      <EmbedCode embed={data.embed} labels={labels} />
      <Legend items={data.legend} labels={labels} />
      <nav className="prev-next no-print" aria-label={labels.allThemes}>
        {data.prev && (
          <Link to={data.prev.href}>
            ← {labels.previous}: {data.prev.label}
          </Link>
        )}
        <Link to={PATHS.themes}>{labels.allThemes}</Link>
        {data.next && (
          <Link to={data.next.href}>
            {labels.next}: {data.next.label} →
          </Link>
        )}
      </nav>
    </PageShell>
  );
}

export default staticPage(ThemePage);
