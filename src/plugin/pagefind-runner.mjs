// Builds the Pagefind index of one language's build folder. Run as its own Node
// process (node pagefind-runner.mjs <outDir> <language> <skipDir>...): Pagefind is an
// ES module, which the transpiler Docusaurus loads plugins with cannot import.
// Prints {pages, files, errors} as JSON.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';

const [outDir, language, ...skipDirs] = process.argv.slice(2);
const PAGEFIND_DIR = 'pagefind';
const skip = new Set([...skipDirs, PAGEFIND_DIR]);

/** The HTML files of the folder, without other languages' folders, the index itself and the 404 page. */
async function htmlFiles(rel = '') {
  const out = [];
  for (const e of await readdir(path.join(outDir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (!skip.has(r)) out.push(...(await htmlFiles(r)));
    } else if (e.name.endsWith('.html') && r !== '404.html') out.push(r);
  }
  return out.sort();
}

/** "tema/brukerrom.html" → "/tema/brukerrom", "om/index.html" → "/om/": routes without the base URL (the browser adds it). */
const routeOf = (rel) => `/${rel.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}`;

const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
const all = [...errors];
let pages = 0;
if (index) {
  for (const rel of await htmlFiles()) {
    const res = await index.addHTMLFile({ url: routeOf(rel), content: await readFile(path.join(outDir, rel), 'utf8') });
    all.push(...res.errors);
    if (res.file?.uniqueWords) pages++;
  }
  const written = await index.writeFiles({ outputPath: path.join(outDir, PAGEFIND_DIR) });
  all.push(...written.errors);
}
await pagefind.close();
const files = (await readdir(path.join(outDir, PAGEFIND_DIR), { recursive: true })).length;
process.stdout.write(JSON.stringify({ pages, files, errors: all }));
