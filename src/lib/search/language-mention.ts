/**
 * The client's language, mentioned in passing: "ruotsinkielinen", "puhuu vain venäjää",
 * "svenskspråkig", "englanniksi". The search notes it and prefers services that content says are
 * given in that language (content records a language only where a source says so).
 */
import { fold } from '../text/finnish.ts';

/** ISO 639-1 code → the folded stems a description uses for it (genitive "ruotsin-", partitive "ruotsia", translative "ruotsiksi"). */
const LANGUAGES: readonly (readonly [string, readonly string[]])[] = [
  ['sv', ['ruotsin', 'ruotsia', 'ruotsiksi', 'svensk', 'svenska', 'pa svenska']],
  ['en', ['englannin', 'englantia', 'englanniksi', 'english']],
  ['se', ['saamen', 'saamea', 'saameksi', 'pohjoissaame']],
  ['ru', ['venajan', 'venajaa', 'venajaksi']],
  ['ar', ['arabian', 'arabiaa', 'arabiaksi']],
  ['so', ['somalin', 'somaliksi']],
  ['fa', ['persian', 'persiaa', 'farsi', 'dari']],
  ['uk', ['ukrainan', 'ukrainaa', 'ukrainaksi']],
  ['et', ['viron', 'viroa', 'viroksi']],
];

/** A genitive stem only counts with "-kielinen"/"-kieli" or "puhuu"; partitive and translative forms count alone. */
const NEEDS_CONTEXT = /(in|an|en)$/;

export interface LanguageMention {
  code: string;
  /** The words of the description that named it, as typed. */
  phrase: string;
}

/** One pattern per language stem, with the stem (each pattern needs it in the text). */
const PATTERNS: readonly (readonly [string, string, RegExp])[] = LANGUAGES.flatMap(([code, stems]) =>
  stems.map(
    (stem) =>
      [
        code,
        stem,
        NEEDS_CONTEXT.test(stem) && !stem.includes(' ')
          ? new RegExp(`\\b${stem}(kieli\\w*|kiel\\w*)\\b|\\bpuhu\\w*\\s+(vain\\s+|ainoastaan\\s+|lahinna\\s+|hyvin\\s+)?${stem}\\b`)
          : new RegExp(`\\b${stem}\\w*`),
      ] as const,
  ),
);

/** The first language the description names, if any. */
export function findLanguage(text: string): LanguageMention | undefined {
  const folded = fold(text);
  for (const [code, stem, pattern] of PATTERNS) {
    // A plain look for the stem first: most descriptions name no language, and a pattern's first
    // use compiles it (some 35 patterns, a noticeable wait on a slow phone's first search).
    if (!folded.includes(stem)) continue;
    const match = pattern.exec(folded);
    // fold() keeps string length for Finnish letters (NFD + mark removal maps ä → a one to one), so offsets carry over.
    if (match !== null) return { code, phrase: text.slice(match.index, match.index + match[0].length) };
  }
  return undefined;
}
