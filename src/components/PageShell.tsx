import React from 'react';
import clsx from 'clsx';
import Layout from '@theme/Layout';
import Head from '@docusaurus/Head';
import { useBaseUrlUtils } from '@docusaurus/useBaseUrl';
import type { Labels, PageKind, PageMeta } from '@site/src/core/site/index';
import type { SHELL_KEYS } from '@site/src/core/site/labels';
import { ANCHOR } from '@site/src/core/paths';
import type { PageProps } from './props';
import { SourcesContext } from './Citations';
import { Island } from './Island';

/** What the browser needs of a page's meta to keep its head: everything but the sources (which only the page body shows). */
type FrameMeta = Omit<PageMeta, 'sources'>;

/**
 * The frame of every generated page, rendered on the server and in the browser:
 * title, description, share image, feeds, the tags reference managers read, and
 * the main element (searchable where the page is indexed).
 */
function PageFrame({ meta, wide, children }: { meta: FrameMeta; wide: boolean; children: (main: MainProps) => React.ReactNode }) {
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
        {meta.jsonLd && <script type="application/ld+json">{meta.jsonLd}</script>}
      </Head>
      {children({ className: clsx('container', wide ? 'container--fluid page page--wide' : 'page'), 'data-pagefind-body': meta.search ? '' : undefined })}
    </Layout>
  );
}

interface MainProps {
  className: string;
  'data-pagefind-body'?: string;
}

/**
 * A page whose body is static HTML: the server renders it from the full view
 * model; the browser keeps that HTML without hydrating it and gets only the
 * page's meta (src/plugin: client data). Most pages are static.
 */
export function staticPage<P extends PageProps<PageKind>>(Body: (props: P) => React.ReactNode, options: { wide?: boolean } = {}) {
  return function StaticPage(props: P) {
    const { data } = props;
    return (
      <PageFrame meta={data.meta} wide={options.wide ?? false}>
        {(main) => <Island as="main" id={ANCHOR.pageBody} {...main} render={() => <Body {...props} />} />}
      </PageFrame>
    );
  };
}

/** A page the browser renders and hydrates in full, with its whole view model: the interactive tools (compare, search). */
export function livePage<P extends PageProps<PageKind>>(Body: (props: P) => React.ReactNode, options: { wide?: boolean } = {}) {
  return function LivePage(props: P) {
    const { data } = props;
    return (
      <PageFrame meta={data.meta} wide={options.wide ?? false}>
        {(main) => (
          <main id={ANCHOR.pageBody} {...main}>
            <Body {...props} />
          </main>
        )}
      </PageFrame>
    );
  };
}

/**
 * The body of every generated page: the main heading, the content, and a footer
 * with the data date and a ready citation (also printed, and as BibTeX, RIS and
 * CSL-JSON downloads).
 */
export function PageShell({
  meta,
  labels,
  children,
  heading,
}: {
  meta: PageMeta;
  labels: Labels<typeof SHELL_KEYS>;
  children: React.ReactNode;
  heading?: React.ReactNode;
}) {
  const { withBaseUrl } = useBaseUrlUtils();
  const reuse = meta.reuse;
  return (
    <>
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
    </>
  );
}
