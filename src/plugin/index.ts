/**
 * The local Docusaurus plugin: thin glue between the pure core (src/core) and
 * Docusaurus. It loads and validates data/ through the core, fails the build
 * with the full error list when anything is invalid, emits one route per
 * generated page (data passed with createData, not global data), writes the
 * open-data downloads after the build, and makes `docusaurus start` reload
 * when a data file or schema changes.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { normalizeUrl } from '@docusaurus/utils';
import { DataValidationError } from '../core/errors';
import { buildExports, type ExportFile } from '../core/export';
import type { Locale } from '../core/i18n';
import { loadDataset, readSchemas } from '../core/io';
import { buildSearchIndex } from './search-index';
import { buildSite, COMPONENT_FILE, type GeneratedPage, type PageKind, type SiteFile } from '../core/site/index';

export interface PluginOptions {
  /** where the site is published, for citations; defaults to the site url */
  siteUrl?: string;
  citiesPerPage?: number;
}

interface Content {
  pages: GeneratedPage[];
  /** open-data downloads (the same in every locale) */
  exports: ExportFile[];
  /** this locale's compare-tool cells per city */
  files: SiteFile[];
}

/** The stemming language of each locale's search index (Pagefind's codes). */
const SEARCH_LANGUAGE: Record<Locale, string> = { nb: 'no', en: 'en' };

/** The component module of each page kind, derived from the page registry. */
const componentOf = (kind: PageKind) => `@site/src/components/pages/${COMPONENT_FILE[kind]}`;

/** A file name for the page's data module, derived from its path. */
function dataFileName(page: GeneratedPage): string {
  const slug = page.path === '/' ? 'home' : page.path.slice(1).replace(/[^a-z0-9-]+/gi, '_');
  return `page-${slug}.json`;
}

export default function rusplanerDataPlugin(context: LoadContext, options: PluginOptions = {}): Plugin<Content> {
  // RUSPLANER_DATA_DIR builds the site from another data folder (test fixtures, the benchmark's synthetic data)
  const dataDir = path.resolve(context.siteDir, process.env.RUSPLANER_DATA_DIR ?? 'data');
  const schemaDir = path.join(context.siteDir, 'data', 'schemas');
  const locale = context.i18n.currentLocale as Locale;
  const siteUrl = (options.siteUrl ?? context.siteConfig.url).replace(/\/$/, '');

  return {
    name: 'rusplaner-data',

    getPathsToWatch() {
      return [path.join(dataDir, '**/*.yml'), path.join(schemaDir, '*.json')];
    },

    loadContent() {
      const displayDir = path.relative(context.siteDir, dataDir).split(path.sep).join('/');
      const result = loadDataset(dataDir, { schemaDir, displayDir });
      if (!result.dataset) throw new DataValidationError(result.errors);
      const exports = buildExports(result.dataset, readSchemas(schemaDir));
      const files = exports.map((f) => ({ path: f.path, bytes: Buffer.byteLength(f.content, 'utf8') }));
      const siteOptions = { siteUrl, citiesPerPage: options.citiesPerPage };
      const site = buildSite(result.dataset, locale, siteOptions, files);
      return { pages: site.pages, exports, files: site.files };
    },

    async contentLoaded({ content, actions }) {
      for (const page of content.pages) {
        const data = await actions.createData(dataFileName(page), JSON.stringify(page.props));
        actions.addRoute({
          path: normalizeUrl([context.baseUrl, page.path]),
          component: componentOf(page.kind),
          modules: { data },
          exact: true,
        });
      }
    },

    async postBuild({ outDir, content }) {
      for (const file of [...content.exports, ...content.files]) {
        const target = path.join(outDir, ...file.path.split('/').filter(Boolean));
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, file.content, 'utf8');
      }
      // the search index of this language, from the HTML just written (other languages live in their own folders)
      const others = context.i18n.locales.filter((l) => l !== locale && l !== context.i18n.defaultLocale);
      const result = await buildSearchIndex(outDir, SEARCH_LANGUAGE[locale], locale === context.i18n.defaultLocale ? others : []);
      if (result.errors.length > 0) throw new Error(`search index (${locale}): ${result.errors.join('; ')}`);
      console.log(`[rusplaner] search index (${locale}): ${result.pages} pages, ${result.files} files`);
    },
  };
}
