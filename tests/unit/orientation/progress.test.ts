/** Orientation progress: stored values parsed defensively, kept in chapter order. */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { parseProgress, serializeProgress, setRead } from '@/lib/orientation/progress.ts';

const chapters = ['perusteet', 'toimijat', 'alueet'];

describe('parseProgress', () => {
  test.each([
    ['nothing stored', null, { read: [], malformed: false }],
    ['a valid value', '{"read":["toimijat","perusteet"]}', { read: ['perusteet', 'toimijat'], malformed: false }],
    ['unknown chapters are ignored', '{"read":["poistettu","alueet"]}', { read: ['alueet'], malformed: false }],
    ['empty list', '{"read":[]}', { read: [], malformed: false }],
    ['not JSON', '{read:', { read: [], malformed: true }],
    ['wrong shape', '["perusteet"]', { read: [], malformed: true }],
    ['wrong types', '{"read":[1,2]}', { read: [], malformed: true }],
    ['null', 'null', { read: [], malformed: true }],
    ['markup is only a string that matches nothing', '{"read":["<img src=x onerror=alert(1)>"]}', { read: [], malformed: false }],
    ['absurdly long ids are refused', JSON.stringify({ read: ['x'.repeat(101)] }), { read: [], malformed: true }],
    ['escapes read as JSON does', '{"read":["a\\"b","\\u0061lueet"]}', { read: ['alueet'], malformed: false }],
    ['500 ids at most', JSON.stringify({ read: Array(501).fill('alueet') }), { read: [], malformed: true }],
    ['500 ids of 100 escaped characters each', JSON.stringify({ read: [...Array(499).fill('\u0001'.repeat(100)), 'alueet'] }), { read: ['alueet'], malformed: false }],
    ['other keys are not the stored shape', '{"read":["alueet"],"x":1}', { read: [], malformed: true }],
  ] as const)('%s', (_name, raw, expected) => {
    expect(parseProgress(raw, chapters)).toEqual(expected);
  });

  // What serializeProgress can write reads back, whatever the strings; anything else never throws.
  test('any stored list of strings reads back; any text at all is read without throwing', () => {
    const ids = fc.array(fc.oneof(fc.constantFrom(...chapters), fc.string({ maxLength: 100, size: 'max' })), { maxLength: 500 });
    fc.assert(
      fc.property(ids, (read) => {
        expect(parseProgress(JSON.stringify({ read }), chapters)).toEqual({ read: chapters.filter((id) => read.includes(id)), malformed: false });
      }),
    );
    fc.assert(
      fc.property(fc.string(), (raw) => {
        expect(parseProgress(raw, chapters).read.every((id) => chapters.includes(id))).toBe(true);
      }),
    );
  });
});

describe('serializeProgress and setRead', () => {
  test('round trip in chapter order without duplicates', () => {
    const text = serializeProgress(['alueet', 'perusteet', 'alueet'], chapters);
    expect(text).toMatchInlineSnapshot(`"{"read":["perusteet","alueet"]}"`);
    expect(parseProgress(text, chapters).read).toEqual(['perusteet', 'alueet']);
  });

  test.each([
    ['mark read', [], 'toimijat', true, ['toimijat']],
    ['mark read keeps order', ['alueet'], 'perusteet', true, ['perusteet', 'alueet']],
    ['mark unread', ['perusteet', 'alueet'], 'perusteet', false, ['alueet']],
    ['unknown chapter changes nothing', ['alueet'], 'muu', true, ['alueet']],
  ] as [string, string[], string, boolean, string[]][])('%s', (_name, read, id, isRead, expected) => {
    expect(setRead(read, id, isRead, chapters)).toEqual(expected);
  });
});
