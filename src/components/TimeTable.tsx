import React from 'react';
import Link from '@docusaurus/Link';
import type { CompareCellVM, Labels, LegendItemVM, MatrixRowVM } from '@site/src/core/site/index';
import type { KEYS } from '@site/src/core/site/pages/compare';
import { cellHref } from '@site/src/core/paths';
import { statusAtEndOf } from './compare-url';
import { StatusMarker } from './StatusMarker';
import { Since } from './MatrixTable';

/** One city at two dates: each theme's status at the end of each year, with the rows that changed marked. */
export function TimeTable({
  rows,
  cells,
  allThemes,
  time,
  caption,
  legend,
  labels,
}: {
  rows: MatrixRowVM[];
  cells: CompareCellVM[];
  allThemes: readonly string[];
  time: { city: string; from: string; to: string };
  caption: string;
  legend: LegendItemVM[];
  labels: Labels<typeof KEYS>;
}) {
  const statusOf = new Map(legend.map((l) => [l.status, l]));
  const at = (cell: CompareCellVM, year: string) => {
    const step = statusAtEndOf(cell.steps, year);
    return step ? (
      <>
        <StatusMarker status={statusOf.get(step[0])!} /> <Since since={step[1]} changed={false} labels={labels} />
      </>
    ) : (
      <em>{labels.compareNoEntry}</em>
    );
  };
  return (
    <div className="matrix-scroll">
      <table className="matrix time-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.theme}</th>
            <th scope="col">{time.from}</th>
            <th scope="col">{time.to}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const cell = cells[allThemes.indexOf(r.themeId)]!;
            const a = statusAtEndOf(cell.steps, time.from)?.[0];
            const b = statusAtEndOf(cell.steps, time.to)?.[0];
            return (
              <tr key={r.themeId} className={a !== b ? 'time-table__changed' : undefined}>
                <th scope="row">
                  <Link to={cellHref(time.city, r.themeId)}>{r.name}</Link>
                  {a !== b && (
                    <span className="since__changed" title={labels.changedMark}>
                      {' '}
                      ↻<span className="visually-hidden"> ({labels.changedMark})</span>
                    </span>
                  )}
                </th>
                <td>{at(cell, time.from)}</td>
                <td>{at(cell, time.to)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
