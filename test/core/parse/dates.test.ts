import { describe, expect, it } from 'vitest';
import { isoMillis, parseDate } from '../../../src/core/parse/dates';
import { mulberry32 } from '../../../src/core/graph/random';

describe('parseDate: machine-written UTC times', () => {
  it('reads YYYY-MM-DDTHH:MM:SSZ to the second, dropping any fraction', () => {
    expect(parseDate('2024-01-01T00:00:00Z')).toEqual({ iso: '2024-01-01T00:00:00Z', precision: 'second' });
    expect(parseDate('2024-02-29T23:59:59.999Z')).toEqual({ iso: '2024-02-29T23:59:59Z', precision: 'second' });
    expect(parseDate('2010-04-29T14:05:33.341Z')).toEqual({ iso: '2010-04-29T14:05:33Z', precision: 'second' });
  });

  it('rejects impossible clock times and years out of range', () => {
    expect(parseDate('2024-01-01T24:00:00Z')).toBeUndefined();
    expect(parseDate('2024-01-01T10:60:00Z')).toBeUndefined();
    expect(parseDate('1969-12-31T23:59:59Z')).toBeUndefined();
    expect(parseDate('2101-01-01T00:00:00Z')).toBeUndefined();
  });

  it('gives the same answer with and without the shortcut for exact-shape strings', () => {
    // A leading space keeps a string off the exact-shape shortcut, so both paths are compared.
    const rng = mulberry32(7);
    const pick = (options: readonly string[]): string => options[Math.floor(rng() * options.length)]!;
    for (let i = 0; i < 5000; i++) {
      const s = `${pick(['1969', '1970', '1999', '2000', '2023', '2024', '2100', '2101'])}-${pick(['00', '01', '02', '04', '06', '09', '11', '12', '13'])}-`
        + `${pick(['00', '01', '15', '28', '29', '30', '31', '32'])}T${pick(['00', '09', '23', '24'])}:${pick(['00', '30', '59', '60'])}:`
        + `${pick(['00', '30', '59', '60'])}${pick(['', '.5', '.123', '.999999'])}Z`;
      expect(parseDate(s), s).toEqual(parseDate(` ${s}`));
    }
  });
});

describe('isoMillis', () => {
  it('equals Date.parse on the times the parsers write and on other shapes', () => {
    for (const iso of [
      '2010-04-29T14:05:00Z', '1970-01-01T00:00:00Z', '2024-02-29T23:59:59Z', '2099-12-31T12:00:00Z',
      '2023-02-29T10:00:00Z', '2010-04-29T14:05:00.250Z', '2010-04-29', '2010-04-29T14:05:00+02:00', 'not a date',
    ]) {
      expect(Object.is(isoMillis(iso), Date.parse(iso)), iso).toBe(true);
    }
  });

  it('equals Date.parse along a thread\'s times: runs of one day, day changes, bad days after good ones', () => {
    const times: string[] = [];
    for (let m = 0; m < 3000; m += 7) times.push(new Date(Date.UTC(2024, 1, 27, 22, 0, 0) + m * 60_000).toISOString().replace('.000Z', 'Z'));
    times.push('2024-02-30T10:00:00Z', '2024-03-01T25:00:00Z', '2024-03-01T10:00:00Z', '2023-02-29T10:00:00Z', '2024-03-01T10:00:00Z', '1969-12-31T23:59:59Z');
    expect(new Set(times.map((t) => t.slice(0, 10))).size).toBeGreaterThan(3);
    for (const iso of times) expect(Object.is(isoMillis(iso), Date.parse(iso)), iso).toBe(true);
  });
});

describe('parseDate: all-numeric dates', () => {
  it('reads day first unless the numbers or the caller say month first, and says what the numbers show', () => {
    expect(parseDate('13/04/2020')).toEqual({ iso: '2020-04-13T00:00:00Z', precision: 'day', numericOrder: 'day' });
    expect(parseDate('04/13/2020 2:05 pm')).toEqual({ iso: '2020-04-13T14:05:00Z', precision: 'minute', numericOrder: 'month' });
    expect(parseDate('04/05/2020')).toEqual({ iso: '2020-05-04T00:00:00Z', precision: 'day', numericOrder: 'either' });
    expect(parseDate('04/05/2020', { monthFirst: true })?.iso).toBe('2020-04-05T00:00:00Z');
    // What the numbers show wins over the caller.
    expect(parseDate('13/04/2020', { monthFirst: true })?.iso).toBe('2020-04-13T00:00:00Z');
    expect(parseDate('13/13/2020')).toBeUndefined();
    expect(parseDate('05/05/2020')).toEqual({ iso: '2020-05-05T00:00:00Z', precision: 'day' });
    // As WordPress themes print them.
    expect(parseDate('04/13/2020 at 2:28 pm')?.iso).toBe('2020-04-13T14:28:00Z');
  });
});
