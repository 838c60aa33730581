import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatPeriod, formatValue } from '../../src/core/format';

describe('Norwegian and English number and date style', () => {
  it('formats dates as the sources give them', () => {
    expect(formatDate('2018-05-11', 'nb')).toBe('11. mai 2018');
    expect(formatDate('2018-05-11', 'en')).toBe('11 May 2018');
    expect(formatDate('2018-11', 'nb')).toBe('november 2018');
    expect(formatDate('2018', 'en')).toBe('2018');
    expect(formatDate('unknown', 'nb')).toBe('ukjent');
  });

  it('groups thousands with a no-break space in nb and a comma in en', () => {
    expect(formatNumber(3924, 'nb')).toBe('3\u00a0924');
    expect(formatNumber(30223, 'en')).toBe('30,223');
    expect(formatNumber(455, 'nb')).toBe('455');
  });

  it('writes values with their units', () => {
    expect(formatValue({ value: 34, unit: 'percent', approximate: true }, 'nb')).toBe('ca. 34\u00a0%');
    expect(formatValue({ value: 455, unit: 'million-nok' }, 'en')).toBe('NOK 455 million');
    expect(formatValue({ value: 3924, unit: 'persons' }, 'nb')).toBe('3\u00a0924\u00a0personer');
    expect(formatValue({ value: 1, unit: 'deaths' }, 'en')).toBe('1\u00a0death');
  });

  it('writes periods, including open ends', () => {
    expect(formatPeriod({ from: '2016', to: '2023' }, 'nb')).toBe('2016–2023');
    expect(formatPeriod({ from: '2017', to: '2017' }, 'en')).toBe('2017');
    expect(formatPeriod({ from: '2020', to: 'unknown' }, 'en')).toBe('from 2020');
    expect(formatPeriod({ from: 'unknown', to: '2023' }, 'nb')).toBe('t.o.m. 2023');
  });
});
