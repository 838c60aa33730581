import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/fixtures';
import { YamlLanguageServer } from '../helpers/yaml-lsp';

/**
 * What a contributor sees in VS Code with the recommended YAML extension: the
 * YAML language server (the one redhat.vscode-yaml runs), started with the
 * project's .vscode/settings.json, ties each data file to its JSON Schema, so
 * it shows the schema's descriptions on hover and flags what the schema rejects.
 */
describe('editor support for data files (.vscode/settings.json + the YAML language server)', () => {
  const settings = JSON.parse(readFileSync(path.join(ROOT, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string> };
  const server = new YamlLanguageServer(ROOT);
  beforeAll(() => server.start({ schemas: settings['yaml.schemas'], validate: true, hover: true, completion: true }), 30_000);
  afterAll(() => server.stop());

  it('ties every kind of data file to its schema', () => {
    expect(Object.values(settings['yaml.schemas']).sort()).toEqual(
      ['data/cities/*.yml', 'data/codebook.yml', 'data/glossary.yml', 'data/meta.yml', 'data/national.yml', 'data/sources/*.yml', 'data/themes/*.yml'].sort(),
    );
  });

  it('shows the schema’s description on hover and flags an unknown key and a wrong status in data/cities/oslo.yml', async () => {
    const file = path.join(ROOT, 'data/cities/oslo.yml');
    const original = readFileSync(file, 'utf8');
    const text = original
      .replace('municipalityNumber:', 'municipalityNumbr: unknown\nmunicipalityNumber:')
      .replace(/status: in-operation/, 'status: in-operaton');
    const doc = await server.open(file, text);
    const messages = doc.diagnostics().map((d) => d.message);
    expect(messages).toContainEqual(expect.stringContaining('municipalityNumbr'));
    expect(messages).toContainEqual(expect.stringMatching(/in-operation/));
    const lines = text.split('\n');
    const checked = lines.findIndex((l) => l.trimStart().startsWith('checked:'));
    expect(await server.hover(doc.uri, checked, 6)).toContain('the day this cell was last checked against the sources');
    const from = lines.findIndex((l) => l.trimStart().startsWith('- from:'));
    expect(await server.hover(doc.uri, from, lines[from]!.indexOf('from'))).toContain('when this status took effect');
  }, 30_000);

  it('accepts the file as it is', async () => {
    const file = path.join(ROOT, 'data/codebook.yml');
    const doc = await server.open(file, readFileSync(file, 'utf8'));
    expect(doc.diagnostics()).toEqual([]);
  }, 30_000);
});
