/** A cottage's service count in words (src/components/village/services-text.ts): none is said, not "0 palvelua". */
import { describe, expect, test } from 'vitest';
import { servicesText } from '@/components/village/services-text';

describe("a cottage's service count", () => {
  test('none, one and many read as Finnish', () => {
    expect(servicesText(0)).toBe('ei palveluja');
    expect(servicesText(1)).toBe('1 palvelu');
    expect(servicesText(3)).toBe('3 palvelua');
  });
});
