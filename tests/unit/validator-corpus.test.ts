import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/core/errors';
import { validateData } from '../../src/core/validate/index';
import { MAX_FILE_BYTES } from '../../src/core/validate/yaml-file';
import { brokenCaseFiles, brokenCases, expectedReport, ROOT, VALID_DIR, validators, validFiles } from '../helpers/fixtures';

describe('the valid fixture set', () => {
  it('validates without errors and yields a dataset', () => {
    const result = validateData(validFiles(), validators());
    expect(result.errors).toEqual([]);
    expect(result.dataset?.cities.map((c) => c.id)).toEqual(['alpha', 'beta']);
    expect(result.dataset?.themes.map((t) => t.id)).toEqual(['rooms', 'housing', 'centres']);
  });
});

const cases = brokenCases();

describe('the corpus of broken data files', () => {
  it('has at least 25 cases, each with an expected report', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    for (const name of cases) expect(expectedReport(name), name).toBeDefined();
  });

  it.each(cases)('%s: is rejected with every error located to file:line:col, and no dataset', (name) => {
    const result = validateData(brokenCaseFiles(name), validators());
    expect(result.dataset).toBeUndefined();
    expect(result.errors.length).toBeGreaterThan(0);
    for (const e of result.errors) {
      expect(e.file).toMatch(/^data\/[\w./-]+$/);
      expect(e.line).toBeGreaterThanOrEqual(1);
      expect(e.col).toBeGreaterThanOrEqual(1);
    }
    expect(formatReport(result.errors) + '\n').toBe(expectedReport(name));
  });
});

describe('limits', () => {
  it('rejects a file over the size limit before parsing it, quickly', () => {
    const files = validFiles();
    const big = 'summary: "' + 'x'.repeat(MAX_FILE_BYTES) + '"\n';
    files.set('themes/housing.yml', new TextEncoder().encode(big));
    const start = performance.now();
    const result = validateData(files, validators());
    expect(performance.now() - start).toBeLessThan(5_000);
    expect(formatReport(result.errors)).toContain(`data/themes/housing.yml:1:1 file is ${big.length} bytes, over the limit`);
  });

  it('reports all errors of all files in one run, sorted by file, line and column', () => {
    const result = validateData(brokenCaseFiles('many-errors-many-files'), validators());
    const lines = formatReport(result.errors).split('\n');
    expect(lines.slice(0, -1).map((l) => l.split(' ')[0])).toEqual(['data/cities/alpha.yml:36:17', 'data/cities/beta.yml:6:10', 'data/themes/rooms.yml:2:8']);
    expect(lines.at(-1)).toBe('3 errors in 3 files');
  });
});

describe('npm run validate (the command line)', () => {
  const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
  const script = path.join(ROOT, 'scripts/validate.ts');

  it('exits 0 and prints a summary for valid data', () => {
    const out = execFileSync(tsx, [script, VALID_DIR], { cwd: ROOT, encoding: 'utf8' });
    expect(out).toContain('valid — 2 cities, 3 themes, 6 positions');
  });

  it('exits 1 and prints every error with file:line:col for broken data', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rusplaner-broken-'));
    try {
      cpSync(VALID_DIR, path.join(dir, 'data'), { recursive: true });
      writeFileSync(path.join(dir, 'data/themes/housing.yml'), 'id: housing\norder: 2\nnmae: x\n');
      let status = 0;
      let stderr = '';
      try {
        execFileSync(tsx, [script, path.join(dir, 'data')], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
      } catch (e) {
        const err = e as { status: number; stderr: string };
        status = err.status;
        stderr = err.stderr;
      }
      expect(status).toBe(1);
      const rel = path.relative(ROOT, path.join(dir, 'data')).split(path.sep).join('/');
      expect(stderr).toContain(`${rel}/themes/housing.yml:1:1 missing key "name" at the top of the file`);
      expect(stderr).toContain(`${rel}/themes/housing.yml:3:1 unknown key "nmae". Did you mean "name"?`);
      expect(stderr.trim().split('\n').at(-1)).toMatch(/^\d+ errors in 1 file$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
