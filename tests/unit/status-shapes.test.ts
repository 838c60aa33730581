import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { shapeMaskUrl, STATUS_SHAPE_SVG } from '../../src/core/status-shapes';
import { STATUS } from '../../src/core/vocabulary';
import { ROOT } from '../helpers/fixtures';

type Shape = keyof typeof STATUS_SHAPE_SVG;
const shapes = Object.keys(STATUS_SHAPE_SVG) as Shape[];

describe('the status shapes on the pages', () => {
  const css = readFileSync(path.join(ROOT, 'src/css/custom.css'), 'utf8');

  it('the stylesheet masks each shape with the drawing the embeds and share images use', () => {
    for (const shape of shapes) {
      const rule = `.sm--${shape} {\n  mask-image: url("${shapeMaskUrl(shape)}");\n}`;
      // on a mismatch, paste this rule into src/css/custom.css
      expect(css.includes(rule), rule).toBe(true);
    }
  });

  it('every status has a shape of its own, drawn with paint a mask can use', () => {
    const used = Object.values(STATUS).map((s) => s.shape);
    expect(new Set(used).size).toBe(used.length);
    const urls = shapes.map(shapeMaskUrl);
    expect(new Set(urls).size).toBe(shapes.length);
    for (const url of urls) {
      expect(url).toMatch(/^data:image\/svg\+xml,%3Csvg xmlns='http:\/\/www\.w3\.org\/2000\/svg' viewBox='0 0 16 16'%3E.+%3C\/svg%3E$/);
      // nothing left that only the site's classes would paint, and no raw character a CSS url() or a data URL breaks on
      expect(url).not.toMatch(/class=|["<>#]/);
    }
  });
});
