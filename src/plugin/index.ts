/**
 * The local Docusaurus plugin: thin glue between the pure core (src/core) and
 * Docusaurus. It loads and validates data/ through the core, fails the build
 * with the full error list when anything is invalid, emits one route per
 * generated page (data passed with createData, not global data), writes the
 * downloads and reuse files after the build (API, data package, feeds, embeds,
 * citation files, share images, search index), and makes `docusaurus start`
 * reload when a data file or schema changes.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { normalizeUrl } from '@docusaurus/utils';
import { DataValidationError } from '../core/errors';
import { buildExports, type ExportFile } from '../core/export';
import type { Locale } from '../core/i18n';
import { loadDataset, readSchemas } from '../core/io';
import { buildApi } from '../core/reuse/api';
import { buildDataPackage } from '../core/reuse/datapackage';
import { buildEmbeds } from '../core/reuse/embed';
import { buildFeeds } from '../core/reuse/feeds';
import { buildOgImages, loadOgFonts } from '../core/reuse/og-image';
import { pageReuse } from '../core/reuse/page-reuse';
import { EMBED_ROOT } from '../core/paths';
import { buildSite, clientProps, COMPONENT_FILE, type GeneratedPage, type PageKind } from '../core/site/index';
import type { Dataset } from '../core/types.generated';
import { buildSearchIndex } from './search-index';

export interface PluginOptions {
  /** where the site is published (without the base path), for citations, feeds and share images; defaults to the site url */
  siteUrl?: string;
  citiesPerPage?: number;
}

interface Content {
  dataset: Dataset;
  pages: GeneratedPage[];
  /** downloads that are the same in every locale: the open data, the API, the data package */
  exports: ExportFile[];
  /** this locale's files: compare-tool cells, feeds, embeds, citation files */
  files: ExportFile[];
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

/** The page data the browser loads instead (production builds): see clientProps. */
const clientFileName = (page: GeneratedPage) => dataFileName(page).replace(/\.json$/, '.client.json');
/** A page data module of this plugin, by file name, as the bundler sees it. */
const PAGE_DATA_MODULE = /[\\/]rusplaner-data[\\/][^\\/]+[\\/]page-[^\\/]+(?<!\.client)\.json$/;

/** The classic theme's client module that loads Prism on every page. */
const THEME_PRISM_MODULE = /theme-classic[\\/]lib[\\/]prism-include-languages(\.js)?$/;

async function write(outDir: string, sitePath: string, content: string | Uint8Array) {
  const target = path.join(outDir, ...sitePath.split('/').filter(Boolean));
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, content);
}

export default function rusplanerDataPlugin(context: LoadContext, options: PluginOptions = {}): Plugin<Content> {
  // RUSPLANER_DATA_DIR builds the site from another data folder (test fixtures, the benchmark's synthetic data)
  const dataDir = path.resolve(context.siteDir, process.env.RUSPLANER_DATA_DIR ?? 'data');
  const schemaDir = path.join(context.siteDir, 'data', 'schemas');
  const locale = context.i18n.currentLocale as Locale;
  const siteUrl = (options.siteUrl ?? context.siteConfig.url).replace(/\/$/, '');
  const basePath = context.siteConfig.baseUrl;
  // the site's root address with its base path (the locale prefix is added per page)
  const siteRoot = `${siteUrl}${basePath.replace(/\/$/, '')}`;
  const localeRoot = `${siteRoot}${locale === context.i18n.defaultLocale ? '' : `/${locale}`}`;

  return {
    name: 'rusplaner-data',

    getClientModules() {
      return [path.join(context.siteDir, 'src/client/enhance.ts')];
    },

    // the browser bundle: no Prism in the main bundle (src/client/no-prism.ts); and in a production build each page
    // loads its client data (its meta; the interactive pages' whole view model), not the full view model the server
    // renders from (the dev server renders in the browser and keeps it all)
    configureWebpack(config, isServer, utils) {
      if (isServer) return {};
      const { NormalModuleReplacementPlugin } = utils.currentBundler.instance;
      const plugins = [new NormalModuleReplacementPlugin(THEME_PRISM_MODULE, path.join(context.siteDir, 'src/client/no-prism.ts'))];
      if (config.mode === 'production') {
        plugins.push(
          new NormalModuleReplacementPlugin(PAGE_DATA_MODULE, (resource: { request: string }) => {
            resource.request = resource.request.replace(/\.json$/, '.client.json');
          }),
        );
      }
      return { plugins };
    },

    getPathsToWatch() {
      return [path.join(dataDir, '**/*.yml'), path.join(schemaDir, '*.json')];
    },

    loadContent() {
      const displayDir = path.relative(context.siteDir, dataDir).split(path.sep).join('/');
      const result = loadDataset(dataDir, { schemaDir, displayDir });
      if (!result.dataset) throw new DataValidationError(result.errors);
      const ds = result.dataset;
      const schemas = readSchemas(schemaDir);
      const exports = [...buildExports(ds, schemas), ...buildApi(ds, Object.keys(schemas)), ...buildDataPackage(ds)];
      const sizes = exports.map((f) => ({ path: f.path, bytes: Buffer.byteLength(f.content, 'utf8') }));
      const reuse = pageReuse(ds, { siteUrl, basePath, locale });
      const site = buildSite(ds, locale, { siteUrl: siteRoot, citiesPerPage: options.citiesPerPage }, sizes, (meta) =>
        reuse.forPage({ path: meta.path, title: meta.title, kind: '', cityId: meta.subject?.cityId, themeId: meta.subject?.themeId }),
      );
      const files = [...site.files, ...reuse.files(), ...buildFeeds(ds, { siteUrl, basePath, locale }), ...buildEmbeds(ds, { siteRoot: localeRoot, locale })];
      return { dataset: ds, pages: site.pages, exports, files };
    },

    async contentLoaded({ content, actions }) {
      for (const page of content.pages) {
        const data = await actions.createData(dataFileName(page), JSON.stringify(page.props));
        await actions.createData(clientFileName(page), JSON.stringify(clientProps(page)));
        actions.addRoute({
          path: normalizeUrl([context.baseUrl, page.path]),
          component: componentOf(page.kind),
          modules: { data },
          exact: true,
        });
      }
    },

    async postBuild({ outDir, content }) {
      for (const file of [...content.exports, ...content.files]) await write(outDir, file.path, file.content);
      for (const image of await buildOgImages(content.dataset, locale, loadOgFonts(context.siteDir))) await write(outDir, image.path, image.bytes);
      // the search index of this language, from the HTML just written (other languages live in their own folders)
      const others = context.i18n.locales.filter((l) => l !== locale && l !== context.i18n.defaultLocale);
      // embeds repeat the pages' cells: not indexed
      const skip = [...(locale === context.i18n.defaultLocale ? others : []), EMBED_ROOT.slice(1)];
      const started = performance.now();
      const result = await buildSearchIndex(outDir, SEARCH_LANGUAGE[locale], skip);
      if (result.errors.length > 0) throw new Error(`search index (${locale}): ${result.errors.join('; ')}`);
      console.log(`[rusplaner] search index (${locale}): ${result.pages} pages, ${result.files} files in ${Math.round(performance.now() - started)} ms`);
    },
  };
}
