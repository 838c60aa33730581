import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYamlFast } from '../../src/core/validate/yaml-fast';
import { parseYamlText } from '../../src/core/validate/yaml-file';
import { BROKEN_DIR, ROOT, VALID_DIR } from '../helpers/fixtures';

/** The fast YAML path must give exactly the data the strict parser gives, or stand aside. */

const strict = (text: string) => parseYamlText('t.yml', text);

function ymlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? ymlFiles(p) : n.endsWith('.yml') ? [p] : [];
  });
}

describe('the fast YAML path', () => {
  const files = [...ymlFiles(path.join(ROOT, 'data')), ...ymlFiles(VALID_DIR), ...ymlFiles(BROKEN_DIR)];

  it('reads every data, fixture and broken-corpus file as the strict parser does, or leaves it to the strict parser', () => {
    let fast = 0;
    for (const f of files) {
      const text = readFileSync(f, 'utf8').replace(/^\uFEFF/, '');
      const data = parseYamlFast(text);
      if (data === undefined) continue;
      fast++;
      const r = strict(text);
      expect(r.errors, f).toEqual([]);
      expect(data, f).toEqual(r.parsed!.data);
    }
    // the real data takes the fast path
    expect(fast).toBeGreaterThan(files.length / 2);
  });

  it.each([
    '1_000',
    '0b101',
    'No',
    'yes',
    'on',
    '2018-11-21',
    '"2018"',
    '2018',
    '.inf',
    '-.INF',
    '.NaN',
    '~',
    'null',
    'NULL',
    'nULL',
    '',
    '0o17',
    '0x1F',
    '012',
    '+12',
    '-0',
    '1e3',
    '.5',
    '1.',
    'TRUE',
    'True',
    'tRue',
    '1:30',
    '0.1e-2',
    '3 924',
    '¶2',
    '«Plan» ¶1',
    'a # comment',
    "'it''s'",
    '"tab\\tescape"',
    '|-\n  line one\n  line two\n',
    '>\n  folded\n  text\n\n  next\n',
  ])('resolves the scalar %j as YAML 1.2 core does', (value) => {
    const text = `key: ${value}\n`;
    expect(parseYamlFast(text)).toEqual(strict(text).parsed!.data);
  });

  it.each([
    ['an anchor and an alias', 'a: &x 1\nb: *x\n'],
    ['an alias in a list', 'a:\n  - &x {k: 1}\n  - *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a custom tag', 'a: !thing 1\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a second document', 'a: 1\n---\nb: 2\n'],
    ['a tab as indentation', 'a:\n\t- 1\n'],
    ['a list at the top', '- 1\n- 2\n'],
    ['a scalar at the top', 'just text\n'],
    ['a syntax error', 'a: "open\n'],
  ])('leaves %s to the strict parser', (_, text) => {
    expect(parseYamlFast(text)).toBeUndefined();
  });
});
