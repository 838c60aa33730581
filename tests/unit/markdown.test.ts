import { describe, expect, it } from 'vitest';
import { isPlainText, markdownProblems, renderBlock, renderBlockFull, renderInline, toPlainText } from '../../src/core/markdown';
import { createTermLinker } from '../../src/core/terms';
import { realDataset } from '../helpers/fixtures';
import type { Glossary } from '../../src/core/types.generated';

describe('rendering data text', () => {
  it('renders links and emphasis', () => {
    expect(renderInline('Se [planen](https://example.org/p) og *merk*')).toBe('Se <a href="https://example.org/p">planen</a> og <em>merk</em>');
  });

  it('renders lists as block HTML', () => {
    expect(renderBlock('Punkter:\n- en\n- to')).toBe('<p>Punkter:</p>\n<ul>\n<li>en</li>\n<li>to</li>\n</ul>');
  });

  it('escapes plain text on the fast path', () => {
    expect(renderInline('Tall: 3 924 personer')).toBe('Tall: 3 924 personer');
    expect(renderInline('Plan 2018–2022 (vedtatt)')).toBe('Plan 2018–2022 (vedtatt)');
    const html = renderInline('A & B <b>fet</b>');
    expect(html).toMatch(/^A &(amp|#x26); B /);
    expect(html).not.toContain('<b>');
  });

  it.each([
    ['a script tag', 'før <script>alert(1)</script> etter'],
    ['an onerror handler', 'bilde <img src=x onerror=alert(1)> her'],
    ['an inline event handler', '<a href="#" onclick="alert(1)">klikk</a>'],
    ['an iframe', '<iframe src="https://evil.example"></iframe>'],
  ])('never lets %s through as live markup', (_what, text) => {
    for (const html of [renderInline(text), renderBlock(text)]) {
      expect(html).not.toMatch(/<script|<img|<iframe|onerror=|onclick=/i);
    }
  });

  it('drops javascript: and data: link targets', () => {
    const html = renderInline('[klikk](javascript:alert(1)) og [data](data:text/html;base64,PHNjcmlwdD4=)');
    expect(html).not.toMatch(/javascript:|data:text/i);
    expect(html).toContain('klikk');
  });

  it('reduces Markdown to plain text for CSV and alt text', () => {
    expect(toPlainText('Se [planen](https://example.org) og *merk*')).toBe('Se planen og merk');
    expect(toPlainText('Liste:\n- en\n- to')).toBe('Liste: en to');
  });
});

describe('what the validator reports about text', () => {
  it('flags raw HTML and unsafe links, and accepts safe Markdown', () => {
    expect(markdownProblems('ren tekst')).toEqual([]);
    expect(markdownProblems('[lenke](https://example.org) og **fet**')).toEqual([]);
    expect(markdownProblems('<b>fet</b>')[0]!.message).toMatch(/raw HTML/);
    expect(markdownProblems('[x](javascript:alert(1))')[0]!.message).toMatch(/link target/);
    expect(markdownProblems('![bilde](https://example.org/x.png)').map((p) => p.message)).toContain('images are not allowed in data text');
  });
});

describe('glossary links', () => {
  const glossary: Glossary = {
    terms: [
      { id: 'lar', term: { nb: 'LAR', en: 'LAR' }, definition: { nb: 'x', en: 'y' } },
      { id: 'brukerrom', term: { nb: 'brukerrom', en: 'consumption room' }, aliases: ['brukerrommet'], definition: { nb: 'x', en: 'y' } },
      { id: 'heroinassistert-behandling', term: { nb: 'heroinassistert behandling', en: 'heroin-assisted treatment' }, definition: { nb: 'x', en: 'y' } },
    ],
  };
  const terms = createTermLinker(glossary, '/en/ordliste')!;

  it('links the first occurrence of each term, in plain text and in Markdown', () => {
    expect(renderBlock('Brukerrommet og LAR. Brukerrom igjen.', terms)).toBe(
      '<p><a class="term" href="/en/ordliste#brukerrom">Brukerrommet</a> og <a class="term" href="/en/ordliste#lar">LAR</a>. Brukerrom igjen.</p>',
    );
    expect(renderBlock('*Heroinassistert behandling* i [LAR](https://example.org)', terms)).toBe(
      '<p><em><a href="/en/ordliste#heroinassistert-behandling" class="term">Heroinassistert behandling</a></em> i <a href="https://example.org">LAR</a></p>',
    );
  });

  it('matches acronyms only as written and words only whole', () => {
    expect(renderBlock('Han lar det være; rommet er ikke et brukerrommets rom.', terms)).toBe('<p>Han lar det være; rommet er ikke et brukerrommets rom.</p>');
  });
});

describe('the plain-text fast path', () => {
  const samples = [
    'En setning.',
    'Første avsnitt.\n\nAndre avsnitt med mer tekst.',
    'Linje en\nlinje to i samme avsnitt.',
    'Tre   mellomrom og «sitat» – tankestrek, 3 924 personer (2017).',
    'Avsnitt.\n\n\n\nEtter flere tomme linjer.',
    '  Innrykk på første linje forsvinner.',
  ];
  it.each(samples)('renders %j exactly as the full Markdown renderer would', (text) => {
    expect(isPlainText(text.trim())).toBe(true);
    expect(renderBlock(text)).toBe(renderBlockFull(text));
  });

  it.each([
    'Avsnitt før.\n\n- en\n- to\n\nAvsnitt etter.',
    'Avsnitt.\n\n- en\n\n- to (løs liste)\n\nSlutt.',
    'Punkt:\n- en\n- to',
    '- en\n\n  fortsettelse i punktet\n\nNytt avsnitt.',
    'Se [lenke](https://example.org).\n\nVanlig avsnitt.\n\n*Uthevet* avsnitt.',
    'Tekst med [ref][1].\n\n[1]: https://example.org',
    '1. første\n2. andre\n\nEtterpå.',
  ])('renders mixed text %j block by block exactly as the full renderer would', (text) => {
    expect(renderBlock(text)).toBe(renderBlockFull(text));
  });

  it('sends anything that may be Markdown to the full renderer', () => {
    for (const text of [
      '- liste',
      '1. liste',
      '> sitat',
      '# Overskrift',
      'Tekst\n---',
      '    kode',
      '*fet*',
      'a_b',
      '[x](https://example.org)',
      'se https://example.org',
    ]) {
      expect(isPlainText(text), text).toBe(false);
    }
  });

  it('agrees with the full renderer on every text in data/', () => {
    const ds = realDataset();
    const texts: string[] = [];
    const walk = (n: unknown) => {
      if (Array.isArray(n)) n.forEach(walk);
      else if (n && typeof n === 'object') {
        const o = n as Record<string, unknown>;
        if (typeof o.nb === 'string' && typeof o.en === 'string') texts.push(o.nb, o.en);
        else Object.values(o).forEach(walk);
      }
    };
    walk(ds);
    expect(texts.length).toBeGreaterThan(500);
    const differ = texts.filter((t) => renderBlock(t) !== renderBlockFull(t));
    expect(differ).toEqual([]);
  });
});
