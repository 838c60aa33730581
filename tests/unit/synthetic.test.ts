import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/core/io';
import { SCHEMA_DIR } from '../helpers/fixtures';
import { writeSynthetic } from '../../scripts/lib/synthetic';

describe('the benchmark’s synthetic data', () => {
  it('is valid against the current schemas and checks, so `npm run bench` measures a site that builds', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'synthetic-'));
    try {
      writeSynthetic(dir, { municipalities: 6 });
      const r = loadDataset(dir, { schemaDir: SCHEMA_DIR });
      expect(r.errors.slice(0, 10).map((e) => `${e.file}:${e.line}:${e.col} ${e.message}`)).toEqual([]);
      expect(r.dataset?.cities).toHaveLength(6);
      // the cells have a time axis: some have more than one entry
      expect(r.dataset!.cities.flatMap((c) => Object.values(c.positions)).some((cell) => cell.history.length > 1)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
