import React from 'react';
import Link from '@docusaurus/Link';
import type { ColumnVM, GlanceRowVM, Labels, LegendItemVM } from '@site/src/core/site/index';
import type { GridProps } from './grid-props';
import type { GLANCE_KEYS } from '@site/src/core/site/labels';
import { cellHref } from '@site/src/core/paths';
import { StatusMarker } from './StatusMarker';
import { GridTable } from './ColumnHeads';

/** Rows per table: the grid is split into side-by-side tables on wide screens (stacked on narrow ones), so every theme fits one screen. */
const ROWS_PER_TABLE = 12;

/**
 * The matrix at a glance: one small cell per theme × city with the status
 * symbol and the year it holds from, each linking to its details. The status
 * label is in the link text (read by screen readers) and in a tooltip.
 */
export function GlanceGrid({ columns, rows, caption, labels, legend }: GridProps<GlanceRowVM, typeof GLANCE_KEYS>) {
  const statusOf = new Map(legend.map((l) => [l.status, l]));
  const parts: GlanceRowVM[][] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_TABLE) parts.push(rows.slice(i, i + ROWS_PER_TABLE));
  return (
    <div className="glance-grid">
      {parts.map((part, n) => (
        <GlanceTable
          key={n}
          rows={part}
          caption={parts.length > 1 ? `${caption} (${n + 1}/${parts.length})` : caption}
          columns={columns}
          labels={labels}
          statusOf={statusOf}
        />
      ))}
    </div>
  );
}

function GlanceTable({
  columns,
  rows,
  caption,
  labels,
  statusOf,
}: {
  columns: ColumnVM[];
  rows: GlanceRowVM[];
  caption: string;
  labels: Labels<typeof GLANCE_KEYS>;
  statusOf: Map<string, LegendItemVM>;
}) {
  return (
    <GridTable
      block="glance"
      columns={columns}
      rows={rows}
      caption={{ text: caption, hidden: true }}
      corner={
        <span className="visually-hidden">
          {labels.theme} \ {labels.city}
        </span>
      }
      rowHead={(r) => (
        <Link to={r.href} title={r.name}>
          {r.shortName}
        </Link>
      )}
      cell={(cell, city, r) => {
        if (!cell) {
          return (
            <td key={city.id} className="glance__cell glance__cell--empty">
              <span aria-hidden="true">–</span>
              <span className="visually-hidden">{labels.noEntryYet}</span>
            </td>
          );
        }
        const status = statusOf.get(cell.status)!;
        return (
          <td key={city.id} className={`glance__cell status-cell--${cell.status}`}>
            <Link to={cellHref(city.id, r.themeId)} title={`${r.name}, ${city.name}: ${status.label}`}>
              <StatusMarker status={status} compact />
              <span className="glance__year">{cell.since ?? ''}</span>
              {cell.changed && (
                <span className="since__changed" aria-hidden="true">
                  ↻
                </span>
              )}
              <span className="visually-hidden">
                {`, ${r.name}, ${city.name}`}
                {cell.since ? `, ${labels.sinceYear} ${cell.since}` : ''}
                {cell.changed ? `, ${labels.changedMark}` : ''}
              </span>
            </Link>
          </td>
        );
      }}
    />
  );
}
