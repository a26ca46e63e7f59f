import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/build';
import { commentsCsv, edgesCsv, filterReplies, linksCsv, nodesCsv, repliesCsv } from '../../../src/core/export/tables';
import type { Thread } from '../../../src/core/types';
import { makeReply, sampleReplies, sampleThread } from '../../fixtures/graph/sampleThread';

describe('the four CSV tables of the sample thread', () => {
  const replies = filterReplies(sampleReplies);
  const graph = buildGraph(sampleThread, sampleReplies);

  it('comments.csv lists every comment with protected formula cells', () => {
    expect(commentsCsv(sampleThread)).toBe([
      'comment_id,comment_index,author,timestamp,text',
      'c1,1,Mara Lind,2021-03-04T09:15:00Z,"I tried the new bike lanes on Elm Street this morning. Much safer than before, though the crossing at the bridge is still confusing."',
      'c2,2,Tomas Berg,2021-03-04T09:40:00Z,"\'@Mara Lind the bridge crossing is getting new signals next month, according to the council minutes."',
      'c3,3,mara lind,2021-03-04T10:02:00Z,"Thanks Tomas, that\'s good to hear. Do you know if they will add a bike box too?"',
      'c4,4,Ines Okafor,2021-03-04T10:30:00Z,"> the crossing at the bridge is still confusing\nAgreed, I nearly got clipped there last week."',
      'c5,5,Tomas Berg,2021-03-04T11:05:00Z,"Mara, the minutes only mention signals, nothing about a bike box."',
      'c6,6,Ruth Almeida,2021-03-04T11:20:00Z,Has anyone measured how much longer the commute takes now?',
      'c7,7,Ines Okafor,2021-03-04T12:00:00Z,Tomas: do you have a link to those minutes? Mara might want it too.',
      'c8,8,Jonas Weber,,"\'=HYPERLINK(""http://example.com"",""Great write-up"") thanks for posting"',
      '',
    ].join('\n'));
  });

  it('replies.csv is in comment order then target name, with the comment\'s own author spelling', () => {
    expect(repliesCsv(sampleThread, replies)).toBe([
      'comment_id,comment_index,author,target,target_comment_id,signal,confidence,evidence',
      "c2,2,Tomas Berg,Mara Lind,c1,mention,0.900,'@Mara Lind",
      'c3,3,mara lind,Tomas Berg,c2,salutation,0.850,Thanks Tomas',
      'c4,4,Ines Okafor,Mara Lind,c1,quote,0.950,> the crossing at the bridge is still confusing',
      'c5,5,Tomas Berg,Mara Lind,c3,salutation,0.800,Mara',
      'c7,7,Ines Okafor,Mara Lind,c3,mention,0.350,Mara',
      'c7,7,Ines Okafor,Tomas Berg,c5,salutation,0.400,Tomas',
      '',
    ].join('\n'));
  });

  it('nodes.csv has one row per participant, isolated ones included', () => {
    expect(nodesCsv(graph)).toBe([
      'id,label,comments,words,first_timestamp,last_timestamp,in_weight,out_weight,community',
      'mara-lind,Mara Lind,2,41,2021-03-04T09:15:00Z,2021-03-04T10:02:00Z,4,1,0',
      'tomas-berg,Tomas Berg,2,27,2021-03-04T09:40:00Z,2021-03-04T11:05:00Z,2,2,0',
      'ines-okafor,Ines Okafor,2,31,2021-03-04T10:30:00Z,2021-03-04T12:00:00Z,0,3,0',
      'ruth-almeida,Ruth Almeida,1,10,2021-03-04T11:20:00Z,2021-03-04T11:20:00Z,0,0,1',
      'jonas-weber,Jonas Weber,1,5,,,0,0,2',
      '',
    ].join('\n'));
  });

  it('edges.csv is sorted by source then target label, with per-signal counts', () => {
    expect(edgesCsv(graph)).toBe([
      'source,target,weight,explicit,salutation,mention,quote,reference,adjacency,mean_confidence,comment_ids',
      'Ines Okafor,Mara Lind,2,0,0,1,1,0,0,0.650,c4 c7',
      'Ines Okafor,Tomas Berg,1,0,1,0,0,0,0,0.400,c7',
      'Mara Lind,Tomas Berg,1,0,1,0,0,0,0,0.850,c3',
      'Tomas Berg,Mara Lind,2,0,1,1,0,0,0,0.850,c2 c5',
      '',
    ].join('\n'));
  });

  it('tables and graph agree for the same filter', () => {
    const filter = { minConfidence: 0.5 };
    const strictGraph = buildGraph(sampleThread, sampleReplies, filter);
    const rows = repliesCsv(sampleThread, filterReplies(sampleReplies, filter)).trim().split('\n').length - 1;
    let weight = 0;
    strictGraph.forEachEdge((_e, a) => (weight += a.weight));
    expect(rows).toBe(4);
    expect(weight).toBe(rows);
  });
});

describe('formula protection in every text column', () => {
  const thread: Thread = {
    format: 'csv', dialect: 'generic',
    comments: [
      { id: '-1', index: 1, author: '@admin', authorId: 'admin', text: '+1 to this, great idea' },
      { id: '=2', index: 2, author: '=cmd|calc', authorId: 'cmd', text: '-2 points for the rude tone, @admin' },
    ],
    participants: [
      { id: 'admin', name: '@admin', spellings: ['@admin'], commentIndexes: [1] },
      { id: 'cmd', name: '=cmd|calc', spellings: ['=cmd|calc'], commentIndexes: [2] },
    ],
  };
  const replies = [makeReply('=2', 'admin', 'mention', 0.9, '@admin', '-1', thread)];

  it('protects ids, names, text and evidence but not numbers', () => {
    expect(commentsCsv(thread)).toBe([
      'comment_id,comment_index,author,timestamp,text',
      "'-1,1,'@admin,,\"'+1 to this, great idea\"",
      "'=2,2,'=cmd|calc,,\"'-2 points for the rude tone, @admin\"",
      '',
    ].join('\n'));
    expect(repliesCsv(thread, replies).split('\n')[1]).toBe("'=2,2,'=cmd|calc,'@admin,'-1,mention,0.900,'@admin");
    const graph = buildGraph(thread, replies);
    expect(nodesCsv(graph).split('\n')[1]).toBe("admin,'@admin,1,5,,,1,0,0");
    expect(edgesCsv(graph).split('\n')[1]).toBe("'=cmd|calc,'@admin,1,0,0,1,0,0,0,0.900,'=2");
    expect(linksCsv(thread, [{ commentId: '=2', parentId: '-1', confidence: 0.42 }])).toBe([
      'comment_id,comment_index,author,parent_comment_id,parent_index,parent_author,confidence',
      "'=2,2,'=cmd|calc,'-1,1,'@admin,0.420",
      '',
    ].join('\n'));
    // Below the floor, or pointing outside the thread: no row.
    expect(linksCsv(thread, [{ commentId: '=2', parentId: '-1', confidence: 0.42 }], 0.5).split('\n')).toHaveLength(2);
    expect(linksCsv(thread, [{ commentId: '=2', parentId: 'gone', confidence: 0.9 }]).split('\n')).toHaveLength(2);
  });
});
