import { describe, expect, it } from 'vitest';
import { foldForSearch, searchMatches } from '../../../src/views/network/search';

const nodes: [string, string][] = [['a', 'Ada Moss'], ['b', 'Bo Lind'], ['c', 'René Dubois'], ['d', 'MOSSY']];

describe('participant search', () => {
  it('is inactive for a blank query', () => {
    expect(searchMatches(nodes, '')).toBeNull();
    expect(searchMatches(nodes, '   ')).toBeNull();
  });

  it('matches case-insensitive substrings of the label', () => {
    expect([...searchMatches(nodes, 'moss')!].sort()).toEqual(['a', 'd']);
    expect([...searchMatches(nodes, 'LIN')!]).toEqual(['b']);
  });

  it('ignores accents and extra spaces', () => {
    expect([...searchMatches(nodes, 'rene')!]).toEqual(['c']);
    expect([...searchMatches(nodes, '  ada   moss ')!]).toEqual(['a']);
    expect(foldForSearch('  Ünïcode  Name ')).toBe('unicode name');
  });

  it('returns an empty set (not null) when nothing matches', () => {
    expect(searchMatches(nodes, 'zzz')!.size).toBe(0);
  });
});
