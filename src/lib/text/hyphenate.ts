/**
 * Soft hyphens at Finnish syllable breaks (TeX's Finnish patterns, the `hyphen` package), for text
 * in narrow boxes: Chromium on Linux has no Finnish hyphenation dictionary, so `hyphens: auto`
 * alone broke long compounds at any letter ("Työkyvy|n", "Mielente|rveys"). A soft hyphen shows
 * only where the line breaks.
 */
import createHyphenator from 'hyphen';
import finnishPatterns from 'hyphen/patterns/fi';

export const SOFT_HYPHEN = '\u00AD';

// The package is CommonJS: its default export is the factory (named exports do not reach ESM).
const hyphenate = createHyphenator(finnishPatterns, { async: false, minWordLength: 6 }) as (text: string) => string;

export function hyphenateFinnish(text: string): string {
  return hyphenate(text);
}
