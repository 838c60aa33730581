import React from 'react';
import Link from '@docusaurus/Link';
import type { ColumnVM, MatrixRowVM } from '@site/src/core/site/types';
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
}: {
  /** the cities shown, in order; every row has one cell per column */
  columns: ColumnVM[];
  rows: MatrixRowVM[];
  caption: string;
  labels: Record<string, string>;
}) {
  const cols = columns;
  const shownRows = rows;
  useAnchors(['tabell', ...rows.flatMap((r) => [r.anchor, ...r.cells.map((c) => c.anchor)])]);
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
                <Link to={r.href}>{r.name}</Link>
              </th>
              {r.cells.map((cell) => (
                  <td key={cell.cityId} id={cell.anchor} className={`matrix__cell matrix__cell--${cell.status}`}>
                    <StatusMarker status={cell} />
                    <Html html={cell.summaryHtml} as="p" className="matrix__summary" />
                    <Link to={cell.href} className="matrix__more">
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
