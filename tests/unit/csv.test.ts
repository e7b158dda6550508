/** src/lib/csv.ts: quoting for Finnish Excel, and the byte order mark that makes Excel read UTF-8. */
import { describe, expect, test } from 'vitest';
import { BOM, csvField, toCsv } from '@/lib/csv';

describe('csvField', () => {
  test.each([
    ['plain', 'plain'],
    ['Äänekoski', 'Äänekoski'],
    ['a, b', '"a, b"'],
    ['a; b', '"a; b"'],
    ['sanoi "kyllä"', '"sanoi ""kyllä"""'],
    ['rivi\nrivi', '"rivi\nrivi"'],
    ['rivi\rrivi', '"rivi\rrivi"'],
    ['', ''],
  ])('%j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('toCsv', () => {
  test('rows joined with "\\n", a final line break, no BOM by default', () => {
    expect(toCsv([['a', 'b'], ['c', 'd']])).toBe('a,b\nc,d\n');
  });

  test('with { bom: true } the text starts with U+FEFF and is otherwise the same', () => {
    const text = toCsv([['kunta'], ['Äänekoski']], { bom: true });
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.slice(1)).toBe('kunta\nÄänekoski\n');
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
});
