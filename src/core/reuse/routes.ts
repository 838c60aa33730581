import type { ExportFile } from '../export';

/**
 * Helpers for the reuse files' addresses (the addresses themselves are in
 * src/core/paths.ts): relative links, base paths and absolute URLs.
 */

export { apiPaths, API_ROOT, DATA_DIR, feedPaths, OG_ROOT, ogPaths, packagePaths } from '../paths';

/** A generated binary file (a share image). Text files use ExportFile from export.ts. */
export interface BinaryFile {
  path: string;
  bytes: Uint8Array;
}

export type { ExportFile };

/** The relative address of `to` as seen from the file at `from` (both site paths). */
export function relativeHref(from: string, to: string): string {
  const a = from.split('/').slice(1, -1);
  const b = to.split('/').slice(1);
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

/** A base path as Docusaurus writes it ("/", "/repo/", "repo") → "" or "/repo". */
export function normalizeBasePath(basePath: string | undefined): string {
  const trimmed = (basePath ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}` : '';
}

/** The absolute address of a site path on the published site, with the base path and the locale prefix. */
export function absoluteUrl(siteUrl: string, basePath: string | undefined, path: string, locale: 'nb' | 'en' = 'nb'): string {
  const prefix = locale === 'nb' ? '' : `/${locale}`;
  return `${siteUrl.replace(/\/+$/, '')}${normalizeBasePath(basePath)}${prefix}${path}`;
}
