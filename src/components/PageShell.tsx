import React from 'react';
import Layout from '@theme/Layout';
import Head from '@docusaurus/Head';
import { useBaseUrlUtils } from '@docusaurus/useBaseUrl';
import type { Labels, PageMeta } from '@site/src/core/site/index';
import type { SHELL_KEYS } from '@site/src/core/site/labels';
import { SourcesContext } from './Citations';

/**
 * The frame of every generated page: title, description, share image, feeds
 * and the tags reference managers read; the main heading; and a footer with
 * the data date and a ready citation (also printed, and as BibTeX, RIS and
 * CSL-JSON downloads).
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
  const { withBaseUrl } = useBaseUrlUtils();
  const reuse = meta.reuse;
  return (
    <Layout title={meta.path === '/' ? undefined : meta.title} description={meta.description}>
      <Head>
        <meta property="og:title" content={meta.title} />
        {reuse && <meta property="og:image" content={reuse.og.src} />}
        {reuse && <meta property="og:image:alt" content={reuse.og.alt} />}
        {reuse && <meta name="twitter:card" content="summary_large_image" />}
        {reuse?.feeds.map((f) => (
          <link key={f.href} rel="alternate" type="application/atom+xml" href={withBaseUrl(f.href)} title={f.title} />
        ))}
        {reuse?.metaTags.map((m, i) => (
          <meta key={`${m.name}-${i}`} name={m.name} content={m.content} />
        ))}
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
            {reuse && (
              <p className="page-meta__formats no-print">
                {labels.citeFormats}:{' '}
                <a href={withBaseUrl(reuse.cite.bib)} download>
                  {labels.citeBibtex}
                </a>{' '}
                ·{' '}
                <a href={withBaseUrl(reuse.cite.ris)} download>
                  {labels.citeRis}
                </a>{' '}
                ·{' '}
                <a href={withBaseUrl(reuse.cite.csl)} download>
                  {labels.citeCsl}
                </a>
              </p>
            )}
          </details>
        </footer>
      </main>
    </Layout>
  );
}
