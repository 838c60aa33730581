import React from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl, { useBaseUrlUtils } from '@docusaurus/useBaseUrl';
import { ANCHOR } from '@site/src/core/paths';
import type { DownloadVM, PageVM } from '@site/src/core/site/index';
import type { PageProps } from '../props';
import { PageShell, staticPage } from '../PageShell';

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

function DataPage({ data }: PageProps<'data'>) {
  const { labels } = data;
  const { withBaseUrl } = useBaseUrlUtils();
  return (
    <PageShell meta={data.meta} labels={labels}>
      <p className="lead">{data.intro}</p>
      <DownloadTable items={data.downloads} labels={labels} />
      <h2 id={ANCHOR.api}>{labels.apiHeading}</h2>
      <p>
        <Link to={data.apiDocs}>{labels.apiDocsLink}</Link>
      </p>
      <DownloadTable items={data.api} labels={labels} />
      <h2 id={ANCHOR.feeds}>{labels.feedsHeading}</h2>
      <ul>
        {data.feeds.map((f) => (
          <li key={f.href}>
            <a href={withBaseUrl(f.href)} type="application/atom+xml">
              {f.label}
            </a>
          </li>
        ))}
      </ul>
      <h2 id={ANCHOR.schemas}>{labels.schemasHeading}</h2>
      <DownloadTable items={data.schemas} labels={labels} />
      <h2 id={ANCHOR.aboutDataset}>{labels.aboutDataset}</h2>
      <dl className="source-facts">
        <div>
          <dt>{labels.coverageCities}</dt>
          <dd>{data.about.cities}</dd>
        </div>
        <div>
          <dt>{labels.coveragePeriod}</dt>
          <dd>{data.about.period}</dd>
        </div>
        <div>
          <dt>{labels.licence}</dt>
          <dd>{data.about.licence}</dd>
        </div>
        <div>
          <dt>{labels.publisherLabel}</dt>
          <dd>{data.about.publisher}</dd>
        </div>
        <div>
          <dt>{labels.dataUpdated}</dt>
          <dd>
            <time dateTime={data.meta.updatedIso}>{data.meta.updated}</time>
          </dd>
        </div>
      </dl>
      <p>{data.licence}</p>
    </PageShell>
  );
}

export default staticPage(DataPage);
