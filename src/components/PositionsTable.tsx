import React from 'react';
import Link from '@docusaurus/Link';
import type { Labels, StatusVM } from '@site/src/core/site/index';
import type { SINCE_KEYS } from '@site/src/core/site/labels';
import { StatusMarker } from './StatusMarker';
import { Since } from './MatrixTable';

/** What a row of a positions table shows in its first two columns. */
export interface PositionRow extends StatusVM {
  anchor: string;
  since: string | null;
  changed: boolean;
}

/**
 * A table of positions, one row per cell: a linked name, the status with the
 * year it took effect, and a third column the page fills (a summary; on the
 * city page also the folded history). The city page lists themes, the theme
 * page at national scale lists cities.
 */
export function PositionsTable<R extends PositionRow>({
  rows,
  heads,
  caption,
  name,
  detail,
  labels,
}: {
  rows: readonly R[];
  /** the column headings: what a row names, status, the third column */
  heads: readonly [string, string, string];
  caption?: string;
  name: (row: R) => { text: string; href: string; key: string };
  detail: (row: R) => React.ReactNode;
  labels: Labels<typeof SINCE_KEYS>;
}) {
  return (
    <div className="table-scroll">
      <table className="positions">
        {caption && <caption className="visually-hidden">{caption}</caption>}
        <thead>
          <tr>
            {heads.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const n = name(row);
            return (
              <tr key={n.key} id={row.anchor} className={`positions__row positions__row--${row.status}`}>
                <th scope="row">
                  <Link to={n.href}>{n.text}</Link>
                </th>
                <td>
                  <StatusMarker status={row} /> <Since since={row.since} changed={row.changed} labels={labels} />
                </td>
                <td>{detail(row)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
