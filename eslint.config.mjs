// ESLint (flat config): typescript-eslint with type-aware rules, React hooks and jsx-a11y,
// plus the project's own layering rules. `npm run lint` runs it with Prettier and the label check.
import js from '@eslint/js';
import globals from 'globals';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** A string literal that is a route ("/tema", "/om/metode"): routes live in src/core/paths.ts. */
const ROUTE_LITERAL = {
  selector: 'Literal[value=/^\\/[a-z]/], TemplateLiteral > TemplateElement:first-child[value.raw=/^\\/[a-z]/]',
  message: 'Route literal: build routes and anchors with src/core/paths.ts (PATHS, themePath, ANCHOR …).',
};
/** Words written straight into JSX: UI text lives in src/core/i18n.ts and reaches components as labels. */
const UI_TEXT_IN_JSX = {
  selector: 'JSXText[value=/[A-Za-zÆØÅæøå]{2,}/]',
  message: 'UI text in a component: add it to src/core/i18n.ts and pass it in the page’s labels.',
};

/** Imports that would run the layers backwards: validate → site → export, and core never imports Docusaurus or React. */
const restrict = (patterns) => ['error', { patterns }];
const NO_DOCUSAURUS = { group: ['@docusaurus/*', '@theme/*', 'react', 'react-dom'], message: 'src/core is plain TypeScript: no Docusaurus or React.' };

export default tseslint.config(
  {
    ignores: [
      'build/',
      '.docusaurus/',
      'node_modules/',
      'src/core/types.generated.ts',
      'tests/fixtures/',
      'bench-out/',
      'test-results/',
      '**/*.mjs',
      '**/*.mts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'no-restricted-syntax': ['error', ROUTE_LITERAL],
    },
  },
  {
    files: ['src/components/**/*.tsx', 'src/theme/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'no-restricted-syntax': ['error', ROUTE_LITERAL, UI_TEXT_IN_JSX],
      // a scrollable table region must be reachable by keyboard (WCAG 2.1.1)
      'jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['region'] }],
      // components get view models and labels; at run time they may import only the small pure modules
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@site/src/core/site/*', '@site/src/core/i18n', '@site/src/core/validate/*', '@site/src/core/export'],
              allowTypeImports: true,
              message: 'Components import view-model types only; text and data come in their props.',
            },
          ],
        },
      ],
    },
  },
  { files: ['src/core/**/*.ts'], rules: { 'no-restricted-imports': restrict([NO_DOCUSAURUS]) } },
  {
    files: ['src/core/validate/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        NO_DOCUSAURUS,
        { group: ['../site/*', '../../site/*', '../export', '../../export'], message: 'validate runs first: it never imports site or export.' },
      ]),
    },
  },
  {
    files: ['src/core/site/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        NO_DOCUSAURUS,
        {
          group: ['**/validate/*', '**/export'],
          message: 'site never imports the validator or the exports; shared rules live in src/core (dates, paths, history).',
        },
      ]),
    },
  },
  {
    files: ['src/core/export.ts'],
    rules: {
      'no-restricted-imports': restrict([
        NO_DOCUSAURUS,
        { group: ['./site/*', './validate/*'], message: 'export never imports site or validate; shared rules live in src/core.' },
      ]),
    },
  },
  {
    // the route table itself, configuration, tests and scripts may write routes
    files: ['src/core/paths.ts', 'docusaurus.config.ts', 'sidebars.ts', 'tests/**', 'scripts/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['tests/**', 'scripts/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
