import React from 'react';
import Link from '@docusaurus/Link';
import type { ColumnVM, LegendItemVM, MatrixRowVM } from '@site/src/core/site/types';
import { ANCHOR, cellHref } from '@site/src/core/site/paths';
import { StatusMarker } from './StatusMarker';
import { Html } from './Html';
import { useAnchors } from './anchors';

/**
 * The city × theme table: themes as rows, cities as columns. Each cell has a
 * stable id (city--theme), a status marker, the one-line summary and a link to
 * the details. Row and column headings stay in view when the table scrolls.
 */
export function MatrixTable({
  columns,
  rows,
  caption,
  labels,
  legend,
}: {
  /** the cities shown, in order; every row has one cell per column */
  columns: ColumnVM[];
  rows: MatrixRowVM[];
  caption: string;
  labels: Record<string, string>;
  /** the statuses' labels and shapes */
  legend: LegendItemVM[];
}) {
  const cols = columns;
  const shownRows = rows;
  const statusOf = new Map(legend.map((l) => [l.status, l]));
  useAnchors(['tabell', ...rows.flatMap((r) => [r.anchor, ...r.cells.map((c) => ANCHOR.cell(c.cityId, c.themeId))])]);
  return (
    <div className="matrix-scroll" role="region" aria-labelledby="tabell" tabIndex={0}>
      <table className="matrix" id="tabell-table">
        <caption id="tabell">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="matrix__corner">
              {labels.theme} \ {labels.city}
            </th>
            {cols.map((c) => (
              <th scope="col" key={c.id} className="matrix__col">
                <Link to={c.href}>{c.name}</Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shownRows.map((r) => (
            <tr key={r.themeId} id={r.anchor}>
              <th scope="row" className="matrix__row">
                <Link to={r.href}>
                  <span className="matrix__long">{r.name}</span>
                  <abbr className="matrix__short" title={r.name}>
                    {r.shortName}
                  </abbr>
                </Link>
              </th>
              {r.cells.map((cell) => (
                  <td key={cell.cityId} id={ANCHOR.cell(cell.cityId, cell.themeId)} className={`matrix__cell matrix__cell--${cell.status}`}>
                    <StatusMarker status={statusOf.get(cell.status)!} />
                    <Html html={cell.summaryHtml} as="p" className="matrix__summary" />
                    <Link to={cellHref(cell.cityId, cell.themeId)} className="matrix__more">
                      {labels.detailsFor}
                      <span className="visually-hidden">
                        {': '}
                        {r.name}, {cols.find((c) => c.id === cell.cityId)?.name}
                      </span>
                    </Link>
                  </td>
                ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
