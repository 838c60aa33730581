/**
 * `npm run check:i18n`: fails when a translation is missing.
 * - every hand-written page in docs/ has an English version with the same
 *   id, slug and place in the sidebar, and a translated title and description
 *   (front matter read with gray-matter);
 * - every navbar and footer label has an English translation;
 * - every UI string (src/core/i18n.ts, including the search box's) is translated.
 * The generated pages' UI strings are typed ({nb, en} for every key) and the
 * data's nb/en texts are required by the JSON Schemas, so those cannot go missing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import config from '../docusaurus.config';
import { UI } from '../src/core/i18n';

const ROOT = path.resolve(__dirname, '..');
const problems: string[] = [];

function docsFiles(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? docsFiles(dir, path.join(rel, e.name)) : /\.mdx?$/.test(e.name) ? [path.join(rel, e.name)] : [],
  );
}

// 1. docs
const nbDocs = path.join(ROOT, 'docs');
const enDocs = path.join(ROOT, 'i18n/en/docusaurus-plugin-content-docs/current');
for (const rel of docsFiles(nbDocs)) {
  const nb = matter(readFileSync(path.join(nbDocs, rel), 'utf8'));
  for (const key of ['title', 'description']) {
    if (!nb.data[key]) problems.push(`docs/${rel}: front matter has no "${key}"`);
  }
  const enPath = path.join(enDocs, rel);
  if (!existsSync(enPath)) {
    problems.push(`docs/${rel}: no English version at i18n/en/docusaurus-plugin-content-docs/current/${rel}`);
    continue;
  }
  const en = matter(readFileSync(enPath, 'utf8'));
  for (const key of ['id', 'slug', 'sidebar_position']) {
    if (nb.data[key] !== en.data[key])
      problems.push(`i18n/en/…/${rel}: "${key}" is ${JSON.stringify(en.data[key])}, the Norwegian page has ${JSON.stringify(nb.data[key])}`);
  }
  for (const key of ['title', 'description']) {
    if (!en.data[key]) problems.push(`i18n/en/…/${rel}: front matter has no "${key}"`);
    else if (en.data[key] === nb.data[key]) problems.push(`i18n/en/…/${rel}: "${key}" is not translated`);
  }
  if (en.content.trim().length < nb.content.trim().length / 2)
    problems.push(`i18n/en/…/${rel}: the English text is much shorter than the Norwegian; is it complete?`);
}
for (const rel of docsFiles(enDocs)) {
  if (!existsSync(path.join(nbDocs, rel))) problems.push(`i18n/en/…/${rel}: no Norwegian page docs/${rel}`);
}

// 2. navbar and footer labels, read from the site config itself
interface Item {
  label?: string;
  title?: string;
  items?: Item[];
}
const theme = config.themeConfig as { navbar: { items: Item[] }; footer: { links: Item[] } };
const expected: Record<string, string[]> = {
  'docusaurus-theme-classic/navbar.json': ['title', ...theme.navbar.items.filter((i) => i.label).map((i) => `item.label.${i.label}`)],
  'docusaurus-theme-classic/footer.json': [
    ...theme.footer.links.map((col) => `link.title.${col.title}`),
    ...theme.footer.links.flatMap((col) => (col.items ?? []).map((i) => `link.item.label.${i.label}`)),
    'copyright',
  ],
};
for (const [file, keys] of Object.entries(expected)) {
  const p = path.join(ROOT, 'i18n/en', file);
  const json = existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as Record<string, { message: string }>) : {};
  for (const k of keys) if (!json[k]?.message) problems.push(`i18n/en/${file}: no English translation for "${k}"`);
}

// 3. the UI strings: both languages are required by the type; an English string that is a copy of the Norwegian is not translated
for (const [key, value] of Object.entries(UI)) {
  if (value.nb.length > 12 && value.nb === value.en) problems.push(`src/core/i18n.ts: "${key}" has the same text in both languages; translate it`);
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`${problems.length} missing ${problems.length === 1 ? 'translation' : 'translations'}`);
  process.exit(1);
}
console.log(
  `translations complete: ${docsFiles(nbDocs).length} pages, ${Object.values(expected).flat().length} navigation labels, ${Object.keys(UI).length} UI strings`,
);
