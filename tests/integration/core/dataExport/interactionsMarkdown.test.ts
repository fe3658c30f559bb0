import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { yamlScalar } from '../../../../electron/core/dataExport/yamlFrontMatter';
import { contractCalls, openTestCore, tempDir } from '../../../support/testCore';

let core: ReturnType<typeof openTestCore>;
let files: ReturnType<typeof tempDir>;
let api: ReturnType<typeof contractCalls>;
beforeEach(() => {
  core = openTestCore();
  api = contractCalls(core);
  files = tempDir('farley-markdown-');
});
afterEach(() => {
  core.close();
  files.remove();
});

async function twoInteractions() {
  const { call } = api;
  await call('me.set', { name: 'Morgan Reed', timeZone: 'America/New_York' });
  const ada = await call('people.create', { displayName: 'Ada Lovelace' });
  const grace = await call('people.create', { displayName: 'Grace Hopper' });
  const meeting = await call('interactions.create', {
    kind: 'meeting',
    // 22:30 on the 16th in New York: the file is named after the user's day, not UTC's.
    occurredAt: '2026-11-17T03:30:00.000Z',
    durationMinutes: 45,
    title: 'Re: "Q1" plan — yes: #1',
    location: 'Café Zürich',
    body: `Talked with @[Ada Lovelace](person:${ada.id}) about engines.\nAlso @Grace, later.\n\n- no: quoting here`,
    participantIds: [grace.id],
    followUps: [
      { title: 'Send: the "deck"', dueOn: '2026-11-20', personIds: [ada.id] },
      { title: 'Book dinner', personIds: [] },
    ],
    event: {
      source: 'work-calendar',
      uid: 'q1@example.com',
      recurrenceId: '2026-11-17T03:30:00.000Z',
    },
  });
  const sendDeck = meeting.followUps.find((f) => f.title.startsWith('Send'));
  await call('followUps.update', { id: sendDeck?.id ?? '', done: true });
  const visit = await call('interactions.create', {
    kind: 'in_person',
    occurredAt: '2026-11-18T15:00:00.000Z',
  });
  return { ada, grace, meeting, visit };
}

describe('interactions as Markdown notes', () => {
  it('writes one file per interaction with YAML front matter and plain mentions', async () => {
    const { ada, grace, meeting, visit } = await twoInteractions();
    const out = path.join(files.dir, 'notes');
    const result = await api.call('data.export', { format: 'markdown', path: out });
    expect(result).toEqual({ path: out, count: 2 });
    const short = (id: string) => id.replaceAll('-', '').slice(-8);
    const meetingFile = `2026-11-16-re-q1-plan-yes-1-${short(meeting.id)}.md`;
    const visitFile = `2026-11-18-in-person-${short(visit.id)}.md`;
    expect(readdirSync(out).sort()).toEqual([meetingFile, visitFile]);
    expect(meetingFile).toBe('2026-11-16-re-q1-plan-yes-1-00000003.md');

    expect(readFileSync(path.join(out, meetingFile), 'utf8')).toBe(
      [
        '---',
        `id: "${meeting.id}"`,
        'kind: meeting',
        'date: 2026-11-16T22:30:00-05:00',
        'duration: 45',
        'title: "Re: \\"Q1\\" plan — yes: #1"',
        'location: Café Zürich',
        'participants:',
        '  - Ada Lovelace',
        '  - Grace Hopper',
        'participant_ids:',
        `  - "${ada.id}"`,
        `  - "${grace.id}"`,
        'follow_ups:',
        '  - title: "Send: the \\"deck\\""',
        '    due: 2026-11-20',
        '    done: true',
        '  - title: Book dinner',
        '    due: null',
        '    done: false',
        'event:',
        '  calendar_id: work-calendar',
        '  uid: "q1@example.com"',
        '  recurrence_id: 2026-11-17T03:30:00.000Z',
        '---',
        '',
        'Talked with @Ada Lovelace about engines.',
        'Also @Grace, later.',
        '',
        '- no: quoting here',
        '',
      ].join('\n'),
    );
    expect(readFileSync(path.join(out, visitFile), 'utf8')).toBe(
      [
        '---',
        `id: "${visit.id}"`,
        'kind: in_person',
        'date: 2026-11-18T10:00:00-05:00',
        'duration: null',
        'title: ""',
        'location: ""',
        'participants: []',
        'participant_ids: []',
        'follow_ups: []',
        'event: null',
        '---',
        '',
      ].join('\n'),
    );
  });

  it('refuses a folder that holds anything, or a file, and writes nothing', async () => {
    await twoInteractions();
    const busy = path.join(files.dir, 'busy');
    mkdirSync(busy);
    writeFileSync(path.join(busy, 'mine.md'), 'keep me');
    const refused = await api.attempt('data.export', { format: 'markdown', path: busy });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: `${busy} is not empty (1 item(s)); choose a new or empty folder for the notes.`,
      },
    });
    expect(readdirSync(busy)).toEqual(['mine.md']);
    const file = path.join(busy, 'mine.md');
    expect(await api.attempt('data.export', { format: 'markdown', path: file })).toMatchObject({
      ok: false,
      error: { message: `${file} is a file; choose a folder to export into.` },
    });
    // An empty folder is fine, as is a new one several levels down.
    const emptyFolder = path.join(files.dir, 'empty');
    mkdirSync(emptyFolder);
    expect(await api.call('data.export', { format: 'markdown', path: emptyFolder })).toEqual({
      path: emptyFolder,
      count: 2,
    });
    const deep = path.join(files.dir, 'a', 'b', 'notes');
    expect((await api.call('data.export', { format: 'markdown', path: deep })).count).toBe(2);
  });
});

describe('YAML scalars in the front matter', () => {
  it.each([
    ['Ada Lovelace', 'Ada Lovelace'],
    ['O’Brien & Sons, Ltd.', 'O’Brien & Sons, Ltd.'],
    ['yes', '"yes"'],
    ['No', '"No"'],
    ['null', '"null"'],
    ['', '""'],
    ['1:1', '"1:1"'],
    ['42', '"42"'],
    ['Ada ', '"Ada "'],
    ['- list?', '"- list?"'],
    ['a: b', '"a: b"'],
    ['tag #1', '"tag #1"'],
    ['[x]', '"[x]"'],
    ['*star', '"*star"'],
    ['say "hi"\\now', '"say \\"hi\\"\\\\now"'],
    ['two\nlines\ttab', '"two\\nlines\\ttab"'],
    ['bell\u0007 and\u2028sep', '"bell\\u0007 and\\u2028sep"'],
    ['2026-11-20', '2026-11-20'],
    ['2026-11-20T10:00:00-05:00', '2026-11-20T10:00:00-05:00'],
  ])('%j as %s', (text, yaml) => {
    expect(yamlScalar(text)).toBe(yaml);
  });

  it('writes numbers, booleans and null plainly', () => {
    expect([yamlScalar(45), yamlScalar(true), yamlScalar(false), yamlScalar(null)]).toEqual([
      '45',
      'true',
      'false',
      'null',
    ]);
  });
});
