import { describe, expect, it } from 'vitest';
import { analyseLine } from '../../../src/core/parse/text/marker-line';

const shapeOf = (line: string) => {
  const info = analyseLine(line);
  return info && [info.kind, info.shape, info.name, info.date?.iso];
};

describe('analyseLine', () => {
  it('reads an age or a day without its year in place of a date, with no time', () => {
    expect(shapeOf('Kevin Wu • 3 years ago')).toEqual(['name-date', '<NAME> • <WHEN>', 'Kevin Wu', undefined]);
    expect(shapeOf('alice_dev 4 hours ago | next [–]')).toEqual(['name-date', '<NAME> <WHEN> | next', 'alice_dev', undefined]);
    expect(shapeOf('@gardenlover 2 years ago')).toEqual(['name-date', '<NAME> <WHEN>', '@gardenlover', undefined]);
    expect(shapeOf('5 hr. ago')).toEqual(['date', '<WHEN>', undefined, undefined]);
    expect(shapeOf('2d')).toEqual(['date', '<WHEN>', undefined, undefined]);
    expect(shapeOf('Mar 3')).toEqual(['date', '<WHEN>', undefined, undefined]);
    expect(shapeOf('4 March')).toEqual(['date', '<WHEN>', undefined, undefined]);
    expect(shapeOf('Ann Lee - May 3, 2020')).toEqual(['name-date', '<NAME> - <DATE>', 'Ann Lee', '2020-05-03T00:00:00Z']);
  });

  it('does not read a name that begins like a month, followed by a number, as a day', () => {
    expect(shapeOf('Marcus 12')).toEqual(['name', '<NAME>', 'Marcus 12', undefined]);
    expect(shapeOf('Janet 4')).toEqual(['name', '<NAME>', 'Janet 4', undefined]);
  });

  it('leaves scores, author tags, collapse toggles and ellipses out of the name', () => {
    expect(shapeOf('[–]sunny_side_up 12 points 3 days ago')).toEqual(['name-date', '<NAME> # points <WHEN>', 'sunny_side_up', undefined]);
    expect(shapeOf('[+]leafy_greens[S] 1 point 3 days ago')).toEqual(['name-date', '<NAME> # points <WHEN>', 'leafy_greens', undefined]);
    expect(shapeOf('Tom Baxter said...')).toEqual(['name', '<NAME> said ...', 'Tom Baxter', undefined]);
    expect(shapeOf('by Mara Quist » Mon Jan 05, 2009 10:00 am')).toEqual(['name-date', 'by <NAME> » <DATE>', 'Mara Quist', '2009-01-05T10:00:00Z']);
  });
});
