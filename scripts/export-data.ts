/**
 * `npm run export [out-dir]`: writes the open-data downloads (JSON, CSV and the
 * JSON Schemas) from data/ without building the site. The build writes the
 * same files into build/data/ (and build/en/data/).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatReport } from '../src/core/errors';
import { buildExports } from '../src/core/export';
import { loadDataset, readSchemas } from '../src/core/io';

const root = path.resolve(__dirname, '..');
const out = path.resolve(process.cwd(), process.argv[2] ?? 'exports');
const result = loadDataset(path.join(root, 'data'));
if (!result.dataset) {
  console.error(formatReport(result.errors));
  process.exit(1);
}
const files = buildExports(result.dataset, readSchemas(path.join(root, 'data/schemas')));
for (const f of files) {
  const target = path.join(out, ...f.path.split('/').filter(Boolean));
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, f.content, 'utf8');
}
console.log(`wrote ${files.length} files to ${path.relative(process.cwd(), out) || '.'}`);
