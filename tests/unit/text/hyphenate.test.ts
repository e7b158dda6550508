/** Finnish soft hyphens (src/lib/text/hyphenate.ts): breaks at syllables, and the text is otherwise unchanged. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { hyphenateFinnish, SOFT_HYPHEN } from '@/lib/text/hyphenate';

const shown = (text: string) => text.replaceAll(SOFT_HYPHEN, '·');

describe('Finnish hyphenation', () => {
  test('long words break at syllables, short ones not at all', () => {
    expect(shown(hyphenateFinnish('Työkyvyn tuen tiimi'))).toBe('Työ·ky·vyn tuen tiimi');
    expect(shown(hyphenateFinnish('Mielenterveys- ja päihdepalvelut'))).toBe('Mie·len·ter·veys- ja päih·de·pal·ve·lut');
    expect(hyphenateFinnish('Kela')).toBe('Kela');
  });

  test('removing the soft hyphens gives back the text, whatever it is', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(hyphenateFinnish(text).replaceAll(SOFT_HYPHEN, '')).toBe(text.replaceAll(SOFT_HYPHEN, ''));
      }),
    );
  });
});
