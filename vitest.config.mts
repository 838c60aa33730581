import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const stub = (file: string) => fileURLToPath(new URL(`tests/helpers/docusaurus/${file}`, import.meta.url));

export default defineConfig({
  // tsconfig keeps JSX for Docusaurus' own compiler (jsx: preserve); the tests compile it themselves
  oxc: { jsx: { runtime: 'automatic' } },
  resolve: {
    alias: {
      // the project's own modules, as Docusaurus resolves them
      '@site': fileURLToPath(new URL('.', import.meta.url)),
      // Docusaurus' client modules, stubbed for the render tests (components render outside a Docusaurus app)
      '@docusaurus/Link': stub('Link.tsx'),
      '@docusaurus/Head': stub('Head.tsx'),
      '@docusaurus/useBaseUrl': stub('useBaseUrl.ts'),
      '@docusaurus/useIsBrowser': stub('useIsBrowser.ts'),
      '@docusaurus/useBrokenLinks': stub('useBrokenLinks.ts'),
      '@docusaurus/useDocusaurusContext': stub('useDocusaurusContext.ts'),
      '@docusaurus/router': stub('router.ts'),
      '@theme/Layout': stub('Layout.tsx'),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
