import { createHash } from 'node:crypto';
import type { ExportFile } from '../export';
import { SITE_TITLE } from '../i18n';
import type { Dataset } from '../types.generated';
import { citiesCsv, sourceUseCsv, themesCsv } from './csv';
import { packageTables } from './package-tables';
import { packagePaths, relativeHref } from './routes';

/**
 * The Frictionless Data Package (v1, profile tabular-data-package) that
 * describes every CSV download: field names, types, descriptions, primary
 * keys and the foreign keys between cities, themes, cell entries and sources.
 * Profiles are named ("tabular-data-package"), never fetched by URL, and every
 * path is relative to datapackage.json, so a reader needs no network.
 */

const LICENCES: Record<string, { name: string; path: string; title: string }> = {
  'CC BY 4.0': { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' },
  'CC0 1.0': { name: 'CC0-1.0', path: 'https://creativecommons.org/publicdomain/zero/1.0/', title: 'CC0 1.0' },
};
const licence = (name: string) => LICENCES[name] ?? { name: name.replace(/[^-a-zA-Z0-9._]+/g, '-'), title: name };

const listOf = (names: string[]) => (names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}` : (names[0] ?? ''));

const DIALECT = { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true };

export interface DataPackageOptions {
  /** the site's address (with base path), given as the package's homepage where known */
  homepage?: string;
}

/** The datapackage.json descriptor (an object; see buildDataPackage for the file). */
export function dataPackageDescriptor(ds: Dataset, options: DataPackageOptions = {}): Record<string, unknown> {
  const resources = packageTables(ds).map((t) => {
    const content = t.content(ds);
    return {
      profile: 'tabular-data-resource',
      name: t.name,
      path: relativeHref(packagePaths.descriptor, t.path),
      title: t.title,
      description: t.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      bytes: Buffer.byteLength(content, 'utf8'),
      hash: `sha256:${createHash('sha256').update(content, 'utf8').digest('hex')}`,
      dialect: DIALECT,
      schema: { fields: t.fields, primaryKey: t.primaryKey, ...(t.foreignKeys ? { foreignKeys: t.foreignKeys } : {}), missingValues: [''] },
    };
  });
  return {
    profile: 'tabular-data-package',
    name: 'rusplaner-i-storbyene',
    title: SITE_TITLE.nb,
    description: `${SITE_TITLE.nb} (${SITE_TITLE.en}) compares the drug and alcohol policy plans of ${listOf(ds.cities.map((c) => c.name.en))} theme by theme, with a source for every statement. Data as of ${ds.meta.updated}. The CSV files are UTF-8 with a byte-order mark, CRLF line ends and RFC 4180 quoting.`,
    ...(options.homepage ? { homepage: options.homepage } : {}),
    dataDate: ds.meta.updated,
    licenses: [licence(ds.meta.dataLicence)],
    contributors: [{ title: SITE_TITLE.nb, role: 'publisher' }],
    keywords: ['rusplaner', 'ruspolitikk', 'drug policy', 'Norway', ...ds.cities.map((c) => c.name.nb)],
    resources,
  };
}

/** datapackage.json and the CSV files it adds to export.ts's (cities, themes, source use). */
export function buildDataPackage(ds: Dataset, options: DataPackageOptions = {}): ExportFile[] {
  return [
    { path: packagePaths.descriptor, content: JSON.stringify(dataPackageDescriptor(ds, options), null, 2) + '\n' },
    { path: packagePaths.citiesCsv, content: citiesCsv(ds) },
    { path: packagePaths.themesCsv, content: themesCsv(ds) },
    { path: packagePaths.sourceUseCsv, content: sourceUseCsv(ds) },
  ];
}
