import React from 'react';
import Layout from '@theme/Layout';
import Head from '@docusaurus/Head';
import type { Labels, PageMeta } from '@site/src/core/site/index';
import type { SHELL_KEYS } from '@site/src/core/site/labels';
import { SourcesContext } from './Citations';

/**
 * The frame of every generated page: title, description, the main heading,
 * and a footer with the data date and a ready citation (also printed).
 */
export function PageShell({
  meta,
  labels,
  children,
  heading,
  wide = false,
}: {
  meta: PageMeta;
  labels: Labels<typeof SHELL_KEYS>;
  children: React.ReactNode;
  heading?: React.ReactNode;
  wide?: boolean;
}) {
  return (
    <Layout title={meta.path === '/' ? undefined : meta.title} description={meta.description}>
      <Head>
        <meta property="og:title" content={meta.title} />
      </Head>
      <main className={wide ? 'container container--fluid page page--wide' : 'container page'} data-pagefind-body={meta.search ? '' : undefined}>
        <div className="print-only print-header" data-pagefind-ignore="">
          {meta.siteTitle} – {meta.title}
        </div>
        {meta.search && Object.entries(meta.search.filters).map(([name, value]) => <span key={name} hidden data-pagefind-filter={`${name}:${value}`} />)}
        <h1 data-pagefind-meta="title">{heading ?? meta.title}</h1>
        <SourcesContext.Provider value={meta.sources}>{children}</SourcesContext.Provider>
        <footer className="page-meta" data-pagefind-ignore="">
          <p className="page-meta__updated">
            {labels.dataUpdated}: <time dateTime={meta.updatedIso}>{meta.updated}</time>
          </p>
          <details className="page-meta__cite" open>
            <summary>{labels.cite}</summary>
            <p className="page-meta__citation">{meta.citation}</p>
          </details>
        </footer>
      </main>
    </Layout>
  );
}
