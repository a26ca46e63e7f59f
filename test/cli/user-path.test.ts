/**
 * Relative paths on the command line are read from where the user stands: INIT_CWD under
 * `npm run`, else the current folder.
 */
import { describe, expect, it } from 'vitest';
import { userFolder, userPath } from '../../src/cli/user-path';

describe('userPath', () => {
  it('reads relative paths from INIT_CWD when npm set it', () => {
    expect(userPath('data/x.csv', { INIT_CWD: '/home/ann/threads' })).toBe('/home/ann/threads/data/x.csv');
    expect(userPath('../x.csv', { INIT_CWD: '/home/ann/threads' })).toBe('/home/ann/x.csv');
  });

  it('keeps absolute paths and falls back to the current folder', () => {
    expect(userPath('/tmp/x.csv', { INIT_CWD: '/home/ann' })).toBe('/tmp/x.csv');
    expect(userFolder({})).toBe(process.cwd());
    expect(userFolder({ INIT_CWD: '' })).toBe(process.cwd());
  });
});
