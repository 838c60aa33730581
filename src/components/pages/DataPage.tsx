import React from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { ANCHOR } from '@site/src/core/paths';
import type { DownloadVM, PageVM } from '@site/src/core/site/index';
import type { PageProps } from '../props';
import { PageShell } from '../PageShell';

function DownloadRow({ d }: { d: DownloadVM }) {
  const href = useBaseUrl(d.href);
  return (
    <tr>
      <th scope="row">
        <a href={href} download>
          {d.file}
        </a>
      </th>
      <td>{d.format}</td>
      <td className="num">{d.size}</td>
      <td>{d.description}</td>
    </tr>
  );
}

function DownloadTable({ items, labels }: { items: DownloadVM[]; labels: PageVM<'data'>['labels'] }) {
  return (
    <div className="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">{labels.file}</th>
            <th scope="col">{labels.format}</th>
            <th scope="col" className="num">
              {labels.size}
            </th>
            <th scope="col">{labels.contents}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((d) => (
            <DownloadRow key={d.href} d={d} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function DataPage({ data }: PageProps<'data'>) {
  const { labels } = data;
  return (
    <PageShell meta={data.meta} labels={labels}>
      <p className="lead">{data.intro}</p>
      <DownloadTable items={data.downloads} labels={labels} />
      <h2 id={ANCHOR.schemas}>{labels.schemasHeading}</h2>
      <DownloadTable items={data.schemas} labels={labels} />
      <p>{data.licence}</p>
    </PageShell>
  );
}
