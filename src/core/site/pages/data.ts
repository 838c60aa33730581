import type { DataCatalog, Dataset as SchemaDataset, WithContext } from 'schema-dts';
import { newestDate } from '../../dates';
import { formatBytes } from '../../format';
import type { UiKey } from '../../i18n';
import { apiPaths, downloads, feedPaths, packagePaths, PATHS } from '../../paths';
import type { SiteContext } from '../context';
import { SHELL_KEYS, type Labels } from '../labels';
import type { LinkVM, PageMeta } from '../types';

/** The downloads: every open-data file with its format, size and contents, the API, the feeds and the JSON Schemas; and a schema.org description of the data set. */

export const KEYS = [
  ...SHELL_KEYS,
  'file',
  'format',
  'size',
  'contents',
  'schemasHeading',
  'apiHeading',
  'apiDocsLink',
  'feedsHeading',
  'aboutDataset',
  'coverageCities',
  'coveragePeriod',
  'licence',
  'publisherLabel',
  'dataUpdated',
] as const;

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
  api: DownloadVM[];
  schemas: DownloadVM[];
  feeds: LinkVM[];
  apiDocs: string;
  about: { cities: string; period: string; licence: string; publisher: string };
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
  [packagePaths.citiesCsv]: ['CSV', 'downloadCitiesCsv'],
  [packagePaths.themesCsv]: ['CSV', 'downloadThemesCsv'],
  [packagePaths.sourceUseCsv]: ['CSV', 'downloadSourceUseCsv'],
  [packagePaths.descriptor]: ['Data Package', 'downloadDataPackage'],
};
const API: Record<string, [string, UiKey]> = {
  [apiPaths.index]: ['JSON', 'downloadApiIndex'],
  [apiPaths.all]: ['JSON', 'downloadApiAll'],
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
  const pick = (table: Record<string, [string, UiKey]>) => files.filter((f) => table[f.path]).map((f) => vm(f, table[f.path]![0], ctx.ui(table[f.path]![1])));
  const ds = ctx.ds;
  const years = ds.cities.flatMap((c) => Object.values(c.positions).flatMap((cell) => cell.history.map((e) => e.from)));
  const first =
    years
      .filter((d) => d !== 'unknown')
      .sort()[0]
      ?.slice(0, 4) ?? '';
  const last = newestDate(years)?.slice(0, 4) ?? '';
  const main = pick(DESCRIBE);
  const cities = ds.cities.map((c) => ctx.text(c.name));
  const publisher = ctx.ui('siteTitle');
  const jsonLd: WithContext<SchemaDataset> = {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: publisher,
    description: ctx.ui('openDataIntro'),
    url: ctx.url(PATHS.data),
    inLanguage: ctx.locale === 'nb' ? 'nb' : 'en',
    license: `https://creativecommons.org/licenses/by/4.0/`,
    creator: { '@type': 'Organization', name: publisher },
    dateModified: ds.meta.updated,
    temporalCoverage: `${first}/${last}`,
    spatialCoverage: cities.map((name) => ({ '@type': 'Place', name: `${name}, Norge` })),
    includedInDataCatalog: { '@type': 'DataCatalog', name: publisher } satisfies DataCatalog,
    distribution: main.map((d) => ({
      '@type': 'DataDownload',
      name: d.file,
      encodingFormat: d.format === 'CSV' ? 'text/csv' : 'application/json',
      contentUrl: ctx.url(d.href),
    })),
  };
  return [
    {
      meta: { ...ctx.meta(PATHS.data, ctx.ui('openData'), ctx.ui('openDataIntro')), jsonLd: JSON.stringify(jsonLd) },
      intro: ctx.ui('openDataIntro'),
      downloads: main,
      api: pick(API),
      schemas: files.filter((f) => f.path.startsWith(downloads.schemasDir)).map((f) => vm(f, 'JSON Schema', ctx.ui('downloadSchema'))),
      feeds: [
        { href: feedPaths.changes, label: ctx.ui('feedTitle', { site: publisher }) },
        ...ds.cities.map((c) => ({ href: feedPaths.city(c.id), label: ctx.ui('feedCityTitle', { site: publisher, city: ctx.text(c.name) }) })),
      ],
      apiDocs: PATHS.api,
      about: { cities: cities.join(', '), period: `${first}–${last}`, licence: ds.meta.dataLicence, publisher },
      licence: ctx.ui('licenceText', { data: ds.meta.dataLicence, code: ds.meta.codeLicence }),
      labels: ctx.labels(KEYS),
    },
  ];
}
