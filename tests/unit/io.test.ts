import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset, validatorsFor } from '../../src/core/io';
import { SCHEMA_DIR, VALID_DIR } from '../helpers/fixtures';

describe('the schema cache under the dev server', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rusplaner-schemas-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('validates against an edited schema on the next load, not the one compiled first', () => {
    cpSync(SCHEMA_DIR, dir, { recursive: true });
    expect(loadDataset(VALID_DIR, { schemaDir: dir }).errors).toEqual([]);
    const first = validatorsFor(dir);
    // tighten the meta schema as a contributor would while `npm start` runs: the licence must now be "MIT"
    const metaPath = path.join(dir, 'meta.schema.json');
    const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as { properties: { dataLicence: Record<string, unknown> } };
    meta.properties.dataLicence.const = 'MIT';
    writeFileSync(metaPath, JSON.stringify(meta));
    const second = loadDataset(VALID_DIR, { schemaDir: dir });
    expect(second.errors.map((e) => `${e.file} ${e.message}`)).toEqual([expect.stringContaining('data/meta.yml')]);
    expect(validatorsFor(dir)).not.toBe(first);
    // an unchanged schema is not compiled again
    expect(validatorsFor(dir)).toBe(validatorsFor(dir));
  });
});
