import React from 'react';
import Link from '@docusaurus/Link';
import type { Labels, MatrixRowVM } from '@site/src/core/site/index';
import type { GridProps } from './grid-props';
import type { MATRIX_TABLE_KEYS, SINCE_KEYS } from '@site/src/core/site/labels';
import { ANCHOR, cellHref } from '@site/src/core/paths';
import { StatusMarker } from './StatusMarker';
import { GridTable } from './ColumnHeads';
import { Html } from './Html';
import { useAnchors } from './anchors';

/** The year a status took effect, and a mark where it changed since the cell's first entry. */
export function Since({ since, changed, labels }: { since: string | null; changed: boolean; labels: Labels<typeof SINCE_KEYS> }) {
  if (!since && !changed) return null;
  return (
    <span className="since">
      {since && `${labels.sinceYear} ${since}`}
      {changed && (
        <span className="since__changed" title={labels.changedMark}>
          {' ↻'}
          <span className="visually-hidden">{` (${labels.changedMark})`}</span>
        </span>
      )}
    </span>
  );
}

/**
 * The city × theme table: themes as rows, cities as columns. Each cell has a
 * stable id (city--theme), a status marker with the year it took effect, the
 * one-line summary and a link to the details. Headings stay in view when it scrolls.
 */
export function MatrixTable({ columns, rows, caption, labels, legend }: GridProps<MatrixRowVM, typeof MATRIX_TABLE_KEYS>) {
  const statusOf = new Map(legend.map((l) => [l.status, l]));
  useAnchors([ANCHOR.table, ...rows.flatMap((r) => [r.anchor, ...r.cells.map((c) => ANCHOR.cell(c.cityId, c.themeId))])]);
  return (
    <GridTable
      block="matrix"
      region
      columns={columns}
      rows={rows}
      caption={{ id: ANCHOR.table, text: caption }}
      corner={`${labels.theme} \\ ${labels.city}`}
      rowHead={(r) => (
        <Link to={r.href}>
          <span className="matrix__long">{r.name}</span>
          <abbr className="matrix__short" title={r.name}>
            {r.shortName}
          </abbr>
        </Link>
      )}
      cell={(cell, column, r) => (
        <td key={cell.cityId} id={ANCHOR.cell(cell.cityId, cell.themeId)} className={`matrix__cell matrix__cell--${cell.status}`}>
          <StatusMarker status={statusOf.get(cell.status)!} /> <Since since={cell.since} changed={cell.changed} labels={labels} />
          <Html html={cell.summaryHtml} as="p" className="matrix__summary" />
          <Link to={cellHref(cell.cityId, cell.themeId)} className="matrix__more">
            {labels.detailsFor}
            <span className="visually-hidden">{`: ${r.name}, ${column.name}`}</span>
          </Link>
        </td>
      )}
    />
  );
}
