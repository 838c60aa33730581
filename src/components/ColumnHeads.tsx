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
