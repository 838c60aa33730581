import React from 'react';
import Link from '@docusaurus/Link';
import type { ColumnVM } from '@site/src/core/site/index';

/** The heading row of a city × theme table: the corner cell, then one linked heading per city. */
export function ColumnHeads({ columns, block, corner }: { columns: ColumnVM[]; block: string; corner: React.ReactNode }) {
  return (
    <thead>
      <tr>
        <th scope="col" className={`${block}__corner`}>
          {corner}
        </th>
        {columns.map((c) => (
          <th scope="col" key={c.id} className={`${block}__col`}>
            <Link to={c.href}>{c.name}</Link>
          </th>
        ))}
      </tr>
    </thead>
  );
}

interface GridRow {
  themeId: string;
  anchor?: string;
  cells: readonly unknown[];
}

/**
 * The frame both city × theme tables share: a scroll region, the table with its
 * caption and column heads, and one row per theme whose heading and cells the caller draws.
 */
export function GridTable<Row extends GridRow>({
  block,
  columns,
  rows,
  caption,
  corner,
  region,
  rowHead,
  cell,
}: {
  /** the CSS block name: the table gets `block`, the scroll wrapper `block-scroll` */
  block: string;
  columns: ColumnVM[];
  rows: Row[];
  caption: { id?: string; text: string; hidden?: boolean };
  corner: React.ReactNode;
  /** make the scroll wrapper a labelled, focusable region (for a wide table that scrolls) */
  region?: boolean;
  rowHead: (row: Row) => React.ReactNode;
  cell: (cell: Row['cells'][number], column: ColumnVM, row: Row) => React.ReactNode;
}) {
  const regionProps = region && caption.id ? { role: 'region', 'aria-labelledby': caption.id, tabIndex: 0 } : {};
  return (
    <div className={`${block}-scroll`} {...regionProps}>
      <table className={block}>
        <caption id={caption.id} className={caption.hidden ? 'visually-hidden' : undefined}>
          {caption.text}
        </caption>
        <ColumnHeads columns={columns} block={block} corner={corner} />
        <tbody>
          {rows.map((r) => (
            <tr key={r.themeId} id={r.anchor}>
              <th scope="row" className={`${block}__row`}>
                {rowHead(r)}
              </th>
              {r.cells.map((c, i) => cell(c, columns[i]!, r))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
