/**
 * `npm run validate [data-dir]`: validates every data file and prints all
 * errors as `file:line:col message`, sorted, then a count. Exit code 1 on any error.
 */
import path from 'node:path';
import { formatReport } from '../src/core/errors';
import { loadDataset } from '../src/core/io';

const root = process.cwd();
const dataDir = path.resolve(root, process.argv[2] ?? 'data');
const schemaDir = path.resolve(root, 'data/schemas');
const displayDir = path.relative(root, dataDir).split(path.sep).join('/') || '.';

const result = loadDataset(dataDir, { schemaDir, displayDir });
if (result.errors.length > 0) {
  console.error(formatReport(result.errors));
  process.exit(1);
}
const d = result.dataset!;
const positions = d.cities.reduce((n, c) => n + Object.keys(c.positions).length, 0);
console.log(
  `${displayDir}: valid — ${d.cities.length} cities, ${d.themes.length} themes, ${positions} positions, ` +
    `${d.cities.reduce((n, c) => n + c.plans.length, 0)} plans, ` +
    `${d.cities.reduce((n, c) => n + c.figures.length, 0) + d.national.figures.length} figures, ` +
    `${d.sources.length} sources, ${d.glossary.terms.length} glossary terms`,
);
