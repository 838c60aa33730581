/* eslint-disable no-restricted-syntax -- the reuse files' addresses; they belong in src/core/paths.ts and move there when the modules are wired in */
import { cityPath, downloads, PATHS, themePath } from '../paths';
import type { ExportFile } from '../export';

/**
 * Addresses of the reuse files (API, data package, feeds, share images).
 * Like paths.ts they never carry the base URL or a locale prefix.
 */

/** The folder the CSV and JSON downloads live in ("/data/"). */
export const DATA_DIR = downloads.json.slice(0, downloads.json.lastIndexOf('/') + 1);

export const API_ROOT = '/api/v1';

export const apiPaths = {
  index: `${API_ROOT}/index.json`,
  all: `${API_ROOT}/alle.json`,
  city: (id: string) => `${API_ROOT}/byer/${id}.json`,
  theme: (id: string) => `${API_ROOT}/tema/${id}.json`,
  schema: (file: string) => `${API_ROOT}/schema/${file}`,
};

export const packagePaths = {
  descriptor: `${DATA_DIR}datapackage.json`,
  citiesCsv: `${DATA_DIR}byer.csv`,
  themesCsv: `${DATA_DIR}tema.csv`,
  sourceUseCsv: `${DATA_DIR}kilde-bruk.csv`,
};

export const feedPaths = {
  changes: `${PATHS.changes}.atom`,
  city: (id: string) => `${cityPath(id)}.atom`,
};

export const OG_ROOT = '/img/og';

export const ogPaths = {
  matrix: `${OG_ROOT}/matrise.png`,
  city: (id: string) => `${OG_ROOT}${cityPath(id)}.png`,
  theme: (id: string) => `${OG_ROOT}${themePath(id)}.png`,
};

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
