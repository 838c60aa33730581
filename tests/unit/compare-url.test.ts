import { describe, expect, it } from 'vitest';
import { parseSelection, selectionQuery, statusAtEndOf, type Options } from '../../src/components/compare-url';

const O: Options = {
  cities: ['oslo', 'bergen', 'trondheim', 'stavanger'],
  themes: ['desentralisering', 'mo-sentre', 'brukerrom'],
  years: ['2016', '2019', '2025'],
};

describe('the compare tool’s URL', () => {
  it('reads cities and themes, in the site’s order, ignoring unknown ids', () => {
    expect(parseSelection('?byer=bergen,oslo,narvik&tema=brukerrom', O)).toEqual({ cities: ['oslo', 'bergen'], themes: ['brukerrom'], time: null });
  });

  it('falls back to the defaults when a parameter is missing', () => {
    expect(parseSelection('', O)).toEqual({ cities: O.cities, themes: O.themes, time: null });
    expect(parseSelection('?tema=mo-sentre', { ...O, defaultCities: ['oslo'] })).toEqual({ cities: ['oslo'], themes: ['mo-sentre'], time: null });
  });

  it('writes only what differs from the default, and round-trips', () => {
    expect(selectionQuery({ cities: [...O.cities], themes: [...O.themes], time: null }, O)).toBe('');
    const q = selectionQuery({ cities: ['oslo', 'bergen'], themes: ['desentralisering', 'brukerrom'], time: null }, O);
    expect(q).toBe('?byer=oslo,bergen&tema=desentralisering,brukerrom');
    expect(parseSelection(q, O)).toEqual({ cities: ['oslo', 'bergen'], themes: ['desentralisering', 'brukerrom'], time: null });
    expect(selectionQuery({ cities: [], themes: [...O.themes], time: null }, O)).toBe('?byer=');
  });

  it('keeps a comparison of one city at two dates in the URL; unknown years fall back to the first and last', () => {
    const q = selectionQuery({ cities: [...O.cities], themes: ['brukerrom'], time: { city: 'trondheim', from: '2019', to: '2025' } }, O);
    expect(q).toBe('?by=trondheim&fra=2019&til=2025&tema=brukerrom');
    expect(parseSelection(q, O).time).toEqual({ city: 'trondheim', from: '2019', to: '2025' });
    expect(parseSelection('?by=trondheim&fra=1999', O).time).toEqual({ city: 'trondheim', from: '2016', to: '2025' });
    expect(parseSelection('?by=narvik', O).time).toBeNull();
  });
});

describe('the status of a cell at the end of a year', () => {
  const steps = [
    ['not-now', '2019'],
    ['adopted', '2021'],
  ] as const;
  it('is the last step that took effect by then, or nothing before the first dated step', () => {
    expect(statusAtEndOf(steps, '2018')).toBeNull();
    expect(statusAtEndOf(steps, '2019')).toEqual(['not-now', '2019']);
    expect(statusAtEndOf(steps, '2020')).toEqual(['not-now', '2019']);
    expect(statusAtEndOf(steps, '2025')).toEqual(['adopted', '2021']);
    expect(statusAtEndOf([['not-mentioned', null]] as const, '2016')).toEqual(['not-mentioned', null]);
  });
});
