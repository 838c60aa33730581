import type * as Preset from '@docusaurus/preset-classic';
import type { Config } from '@docusaurus/types';
import { themes as prismThemes } from 'prism-react-renderer';
import { PATHS } from './src/core/paths';

/**
 * Site configuration. Bokmål (nb) is the default locale at /, English at /en/.
 * SITE_URL sets the published address (used in citations and the sitemap);
 * the default is the local address `npm run serve` uses.
 */
const locale = process.env.DOCUSAURUS_CURRENT_LOCALE === 'en' ? 'en' : 'nb';
const siteUrl = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
// BASE_URL: the path the site is served under, e.g. /rusplaner/ for a GitHub Pages project site (default /)
const baseUrl = `/${(process.env.BASE_URL ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/\/+$/, '/').replace(/^\/\/$/, '/');
// RUSPLANER_CITIES_PER_PAGE: how many cities a matrix page holds before it is split (tests and the benchmark set it)
const citiesPerPage = process.env.RUSPLANER_CITIES_PER_PAGE ? Number(process.env.RUSPLANER_CITIES_PER_PAGE) : undefined;

const TITLE = { nb: 'Rusplaner i storbyene', en: "Drug policy plans in Norway's largest cities" } as const;
const TAGLINE = {
  nb: 'Oslo, Bergen, Trondheim og Stavanger sammenlignet tema for tema, med kilde for hver opplysning',
  en: 'Oslo, Bergen, Trondheim and Stavanger compared theme by theme, with a source for every statement',
} as const;

const config: Config = {
  title: TITLE[locale],
  tagline: TAGLINE[locale],
  favicon: 'img/favicon.svg',
  url: siteUrl,
  baseUrl,
  trailingSlash: false,
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  // Docusaurus Faster: Rspack, SWC and Lightning CSS (see npm run bench for what it gives)
  future: {
    faster:
      process.env.DOCUSAURUS_SLOWER === '1'
        ? false
        : {
            swcJsLoader: true,
            swcJsMinimizer: true,
            swcHtmlMinimizer: true,
            lightningCssMinimizer: true,
            rspackBundler: true,
            mdxCrossCompilerCache: true,
            rspackPersistentCache: false,
            // worker threads each load the whole server bundle; at national scale that costs more memory than it saves time
            ssgWorkerThreads: process.env.DOCUSAURUS_SSG_WORKERS === '1',
            gitEagerVcs: true,
          },
    v4: { removeLegacyPostBuildHeadAttribute: true },
  },
  markdown: {
    hooks: { onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw' },
  },

  i18n: {
    defaultLocale: 'nb',
    locales: ['nb', 'en'],
    localeConfigs: {
      nb: { label: 'Norsk bokmål', htmlLang: 'nb-NO' },
      en: { label: 'English', htmlLang: 'en-GB' },
    },
  },

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: 'om',
          sidebarPath: './sidebars.ts',
          showLastUpdateTime: true,
          breadcrumbs: true,
        },
        blog: false,
        pages: false,
        theme: { customCss: './src/css/custom.css' },
        sitemap: { lastmod: null, changefreq: null, priority: null },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [['./src/plugin/index.ts', { siteUrl, citiesPerPage }]],

  themeConfig: {
    colorMode: { respectPrefersColorScheme: true },
    metadata: [{ name: 'robots', content: 'index, follow' }],
    navbar: {
      title: 'Rusplaner i storbyene',
      items: [
        { to: PATHS.matrix, label: 'Oversikt', position: 'left' },
        { to: PATHS.compare, label: 'Sammenlign', position: 'left' },
        { to: PATHS.themes, label: 'Tema', position: 'left' },
        { to: PATHS.cities, label: 'Byer', position: 'left' },
        { to: PATHS.figures, label: 'Tall', position: 'left' },
        { to: PATHS.sources, label: 'Kilder', position: 'left' },
        { type: 'localeDropdown', position: 'right' },
        { type: 'search', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Innhold',
          items: [
            { label: 'Oversikt', to: PATHS.matrix },
            { label: 'Endringer', to: PATHS.changes },
            { label: 'Tidslinje', to: PATHS.timeline },
            { label: 'Ordliste', to: PATHS.glossary },
            { label: 'Søk', to: PATHS.search },
          ],
        },
        {
          title: 'Om',
          items: [
            { label: 'Om nettstedet', to: PATHS.about },
            { label: 'Metode', to: PATHS.method },
            { label: 'Kodebok', to: PATHS.codebook },
            { label: 'Meld fra om feil', to: PATHS.contribute },
          ],
        },
        {
          title: 'Data',
          items: [
            { label: 'Åpne data', to: PATHS.data },
            { label: 'Kilder', to: PATHS.sources },
          ],
        },
      ],
      copyright: 'Data: CC BY 4.0 · Kode: MIT',
    },
    prism: { theme: prismThemes.github, darkTheme: prismThemes.dracula },
  } satisfies Preset.ThemeConfig,
};

export default config;
