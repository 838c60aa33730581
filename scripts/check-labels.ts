/**
 * Part of `npm run lint`: every UI label a view model requests is rendered.
 *
 * Rendering a label that was not requested is already a type error (a
 * component's labels are typed by the keys it declares). This check covers the
 * other direction: each key a key list declares itself (spreads of shared lists
 * aside) must appear as `labels.<key>` in a component that consumes the list:
 *  - a shared list in src/core/site/labels.ts (e.g. TIMELINE_KEYS) is consumed
 *    by the components that type their labels with `typeof TIMELINE_KEYS`;
 *  - a page module's list is consumed by the components of the page kinds the
 *    module builds (COMPONENT_FILE in the page registry) and by components that
 *    import the module.
 * It also fails on a UI string in src/core/i18n.ts that nothing uses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UI } from '../src/core/i18n';

const ROOT = path.resolve(__dirname, '..');
const read = (rel: string) => readFileSync(path.join(ROOT, rel), 'utf8');
const walk = (dir: string): string[] =>
  readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(`${dir}/${e.name}`) : [`${dir}/${e.name}`]));

const components = walk('src/components').filter((f) => /\.tsx?$/.test(f));
const componentText = new Map(components.map((f) => [f, read(f)]));
const problems: string[] = [];

/** `export const NAME = [ ... ] as const;` → the list's own string keys (spreads skipped). */
function keyLists(file: string): { name: string; keys: string[] }[] {
  const text = read(file);
  return [...text.matchAll(/export const (\w+) = \[([\s\S]*?)\] as const;/g)].map((m) => ({
    name: m[1]!,
    keys: [...m[2]!.replace(/\.\.\.\w+/g, '').matchAll(/'(\w+)'/g)].map((k) => k[1]!),
  }));
}

const rendered = (files: string[], key: string) => files.some((f) => new RegExp(`\\blabels\\.${key}\\b`).test(componentText.get(f) ?? ''));

// 1. shared lists: consumers type their labels with `typeof LIST`
for (const list of keyLists('src/core/site/labels.ts')) {
  const consumers = components.filter((f) => new RegExp(`typeof ${list.name}\\b`).test(componentText.get(f)!));
  if (consumers.length === 0 && list.keys.length > 0) problems.push(`src/core/site/labels.ts: ${list.name} is declared but no component uses it`);
  for (const key of list.keys)
    if (!rendered(consumers, key))
      problems.push(`src/core/site/labels.ts: ${list.name} requests "${key}", but ${consumers.join(', ') || 'no component'} never renders labels.${key}`);
}

// 2. page module lists: consumers are the components of the kinds the module builds, and components importing the module
const registry = read('src/core/site/pages/index.ts');
const kindModule = new Map([...registry.matchAll(/^ {2}(\w+): \(ctx: SiteContext[^)]*\) => (\w+)\./gm)].map((m) => [m[1]!, m[2]!]));
const moduleFile = new Map([...registry.matchAll(/^import \* as (\w+) from '\.\/([\w-]+)';/gm)].map((m) => [m[1]!, m[2]!]));
const componentOfKind = new Map([...registry.matchAll(/^ {2}(\w+): '(\w+)',$/gm)].map((m) => [m[1]!, `src/components/pages/${m[2]!}.tsx`]));
for (const [mod, file] of moduleFile) {
  const kinds = [...kindModule].filter(([, m]) => m === mod).map(([k]) => k);
  const consumers = [
    ...new Set([
      ...kinds.map((k) => componentOfKind.get(k)!).filter(Boolean),
      ...components.filter((f) => componentText.get(f)!.includes(`core/site/pages/${file}'`)),
    ]),
  ];
  for (const list of keyLists(`src/core/site/pages/${file}.ts`)) {
    for (const key of list.keys) {
      if (!rendered(consumers, key))
        problems.push(`src/core/site/pages/${file}.ts: ${list.name} requests "${key}", but ${consumers.join(', ')} never renders labels.${key}`);
    }
  }
}

// 3. UI strings nothing uses
// the search box (src/theme) reads its strings straight from src/core/search-text.ts
const sources = [...walk('src/core'), ...walk('scripts'), ...walk('src/theme')]
  .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('i18n.ts') && !f.endsWith('search-text.ts'))
  .map(read)
  .join('\n');
for (const key of Object.keys(UI)) {
  if (!new RegExp(`'${key}'|UI\\.${key}\\b`).test(sources)) problems.push(`src/core/i18n.ts: the UI string "${key}" is never used; remove it`);
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`${problems.length} label ${problems.length === 1 ? 'problem' : 'problems'}`);
  process.exit(1);
}
console.log(`labels: every requested label is rendered (${components.length} components checked)`);
