import { formatBytes } from '../../format';
import type { UiKey } from '../../i18n';
import { downloads, PATHS } from '../../paths';
import type { SiteContext } from '../context';
import { SHELL_KEYS, type Labels } from '../labels';
import type { PageMeta } from '../types';

/** The downloads: every open-data file with its format, size and contents, and the JSON Schemas. */

export const KEYS = [...SHELL_KEYS, 'file', 'format', 'size', 'contents', 'schemasHeading'] as const;

export interface DownloadVM {
  href: string;
  file: string;
  format: string;
  bytes: number;
  size: string;
  description: string;
}

export interface DataPageVM {
  meta: PageMeta;
  intro: string;
  downloads: DownloadVM[];
  schemas: DownloadVM[];
  licence: string;
  labels: Labels<typeof KEYS>;
}

/** What each main download holds (its format and the UI key of its description). */
const DESCRIBE: Record<string, [string, UiKey]> = {
  [downloads.json]: ['JSON', 'downloadJson'],
  [downloads.matrixCsv]: ['CSV', 'downloadMatrixCsv'],
  [downloads.historyCsv]: ['CSV', 'downloadHistoryCsv'],
  [downloads.figuresCsv]: ['CSV', 'downloadFiguresCsv'],
  [downloads.sourcesCsv]: ['CSV', 'downloadSourcesCsv'],
};

export function build(ctx: SiteContext, files: readonly { path: string; bytes: number }[]): DataPageVM[] {
  const vm = (f: { path: string; bytes: number }, format: string, description: string): DownloadVM => ({
    href: f.path,
    file: f.path.split('/').pop()!,
    format,
    bytes: f.bytes,
    size: formatBytes(f.bytes, ctx.locale),
    description,
  });
  const main = files.filter((f) => DESCRIBE[f.path]).map((f) => vm(f, DESCRIBE[f.path]![0], ctx.ui(DESCRIBE[f.path]![1])));
  const schemas = files.filter((f) => f.path.startsWith(downloads.schemasDir)).map((f) => vm(f, 'JSON Schema', ctx.ui('downloadSchema')));
  return [
    {
      meta: ctx.meta(PATHS.data, ctx.ui('openData'), ctx.ui('openDataIntro')),
      intro: ctx.ui('openDataIntro'),
      downloads: main,
      schemas,
      licence: ctx.ui('licenceText', { data: ctx.ds.meta.dataLicence, code: ctx.ds.meta.codeLicence }),
      labels: ctx.labels(KEYS),
    },
  ];
}
