import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const BUILD = path.join(ROOT, 'build');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe('the build refuses bad data', () => {
  it('fails on an invalid data file with every error located, and writes nothing', () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'rusplaner-gate-'));
    try {
      cpSync(path.join(ROOT, 'tests/fixtures/valid/data'), path.join(tmp, 'data'), { recursive: true });
      writeFileSync(path.join(tmp, 'data/themes/housing.yml'), 'id: housing\norder: 2\nnmae: x\n');
      writeFileSync(
        path.join(tmp, 'data/cities/beta.yml'),
        readFileSync(path.join(tmp, 'data/cities/beta.yml'), 'utf8').replace('status: not-now', 'status: nope'),
      );
      const out = path.join(tmp, 'out');
      const res = spawnSync(path.join(ROOT, 'node_modules/.bin/docusaurus'), ['build', '--locale', 'nb', '--out-dir', out], {
        cwd: ROOT,
        env: { ...process.env, RUSPLANER_DATA_DIR: path.join(tmp, 'data') },
        encoding: 'utf8',
        timeout: 120_000,
      });
      const output = res.stdout + res.stderr;
      expect(res.status).not.toBe(0);
      expect(output).toMatch(/data\/cities\/beta\.yml:\d+:\d+ "nope" is not allowed for "status"/);
      expect(output).toContain('data/themes/housing.yml:3:1 unknown key "nmae"');
      expect(output).toMatch(/\d+ errors in 2 files/);
      expect(existsSync(path.join(out, 'index.html'))).toBe(false);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('the production build', () => {
  const html = walk(BUILD).filter((f) => f.endsWith('.html'));

  it('has every page in both languages', () => {
    const nb = html.filter((f) => !f.startsWith(path.join(BUILD, 'en/'))).map((f) => path.relative(BUILD, f));
    const en = html.filter((f) => f.startsWith(path.join(BUILD, 'en/'))).map((f) => path.relative(path.join(BUILD, 'en'), f));
    expect(nb.length).toBeGreaterThan(60);
    expect(en.sort()).toEqual(nb.sort());
  });

  it('keeps every HTML page under 1 MB', () => {
    const big = html.filter((f) => statSync(f).size > 1_000_000).map((f) => path.relative(BUILD, f));
    expect(big).toEqual([]);
  });

  it('has no live markup from data: no javascript: links or inline event handlers in page content', () => {
    const bad: string[] = [];
    for (const f of html) {
      const text = readFileSync(f, 'utf8');
      const main = text.slice(text.indexOf('<main'), text.lastIndexOf('</main>'));
      if (/href="\s*javascript:/i.test(main) || /<[^>]+\son[a-z]+=/i.test(main) || /<script/i.test(main)) bad.push(path.relative(BUILD, f));
    }
    expect(bad).toEqual([]);
  });

  it('publishes exports that are byte-identical to an independent run of the same code and data', () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'rusplaner-export-'));
    try {
      const res = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'scripts/export-data.ts'), tmp], { cwd: ROOT, encoding: 'utf8' });
      expect(res.status, res.stderr).toBe(0);
      const files = walk(path.join(tmp, 'data'))
        .map((f) => path.relative(tmp, f))
        .sort();
      expect(files.length).toBeGreaterThanOrEqual(12);
      for (const rel of files) {
        expect(readFileSync(path.join(BUILD, rel)).equals(readFileSync(path.join(tmp, rel))), rel).toBe(true);
        expect(readFileSync(path.join(BUILD, 'en', rel)).equals(readFileSync(path.join(tmp, rel))), `en/${rel}`).toBe(true);
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('links every source address as a well-formed https URL (http only where marked insecureUrl)', () => {
    const ds = JSON.parse(readFileSync(path.join(BUILD, 'data/rusplaner.json'), 'utf8')) as { sources: { id: string; url: string; insecureUrl?: boolean }[] };
    for (const s of ds.sources) if (s.url !== 'unknown') expect(new URL(s.url).protocol, s.id).toBe(s.insecureUrl ? 'http:' : 'https:');
  });
});
