import { describe, expect, it } from 'vitest';
import { parseSelection, selectionQuery } from '../../src/components/compare-url';

const CITIES = ['oslo', 'bergen', 'trondheim', 'stavanger'];
const THEMES = ['desentralisering', 'mo-sentre', 'brukerrom'];

describe('the compare tool’s URL', () => {
  it('reads cities and themes, in the site’s order, ignoring unknown ids', () => {
    expect(parseSelection('?byer=bergen,oslo,narvik&tema=brukerrom', CITIES, THEMES)).toEqual({ cities: ['oslo', 'bergen'], themes: ['brukerrom'] });
  });

  it('falls back to the defaults when a parameter is missing', () => {
    expect(parseSelection('', CITIES, THEMES)).toEqual({ cities: CITIES, themes: THEMES });
    expect(parseSelection('?tema=mo-sentre', CITIES, THEMES, ['oslo'])).toEqual({ cities: ['oslo'], themes: ['mo-sentre'] });
  });

  it('writes only what differs from the default, and round-trips', () => {
    expect(selectionQuery({ cities: CITIES, themes: THEMES }, CITIES, THEMES)).toBe('');
    const q = selectionQuery({ cities: ['oslo', 'bergen'], themes: ['desentralisering', 'brukerrom'] }, CITIES, THEMES);
    expect(q).toBe('?byer=oslo,bergen&tema=desentralisering,brukerrom');
    expect(parseSelection(q, CITIES, THEMES)).toEqual({ cities: ['oslo', 'bergen'], themes: ['desentralisering', 'brukerrom'] });
    expect(selectionQuery({ cities: [], themes: THEMES }, CITIES, THEMES)).toBe('?byer=');
  });
});
