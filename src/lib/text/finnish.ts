/**
 * Finnish text normalisation for the referral search: case and diacritic folding, a light
 * stemmer (common case, number and possessive endings), stop words, stem-variant matching,
 * small-typo matching and compound splitting against a vocabulary.
 *
 * Pure and dependency-free: the build (index), the island (queries) and the benchmark script
 * (plain Node) all import it, so imports stay relative with explicit .ts extensions.
 */

/** Text of ASCII letters and ä, ö, å only, which fold() needs no Unicode normalisation for. */
const PLAIN = /^[\u0000-\u007fäöå]*$/;

/** Lowercase, and fold ä→a, ö→o, å→a (and any other accent) so a query typed without them matches. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Most text is ASCII and ä, ö, å: folded without Unicode normalisation, which a national
  // catalogue's thousands of names would otherwise pay for on every page load.
  if (PLAIN.test(lower)) return lower.replace(/[äå]/g, 'a').replace(/ö/g, 'o');
  return lower.normalize('NFD').replace(/\p{M}/gu, '');
}

/** A word of the text with its position, for highlighting. */
export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

/**
 * A word, and the case ending Finnish writes after a colon on an abbreviation ("yt:ssä", "cv:n",
 * "AMK:sta"): the ending is part of the word it inflects, not a word of its own ("ssä" would
 * otherwise match every inessive in the catalogue).
 */
const WORD = /([\p{L}\p{N}]+)(?::\p{Ll}{1,5}(?![\p{L}\p{N}]))?/gu;

/** Words of `text` with their offsets in the original string (an abbreviation's colon ending left out). */
export function words(text: string): WordSpan[] {
  return [...text.matchAll(WORD)].map((match) => {
    const word = match[1] as string;
    return { word, start: match.index, end: match.index + word.length };
  });
}

/** Folded words of `text` (no stop-word removal). */
export function tokenize(text: string): string[] {
  return words(text).map((span) => fold(span.word));
}

/**
 * The filler of a situation typed as a sentence ("asiakas tarvitsisi…") and the function words
 * the Snowball list below leaves out. Folded. Content words are never here: ranking weighs
 * common content words down by itself.
 */
const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'eika miten milloin ma myos viela jo nain voi voisi voiko pitaisi pitaa saa saisi sais ilman kautta ' +
    'ennen jalkeen aina usein paljon vahan hyvin oma oman omaa omat asiakas asiakkaan asiakkaalle ' +
    'asiakkaalla asiakasta asiakkaani asiakkaalleni tarvitsee tarvitsisi tarvitaan haluaa haluaisi ' +
    'halutaan etsin etsii haen hae sopiva sopisi sopii olisiko onko mihinka vuotias vuotiaalle vuotiaan vuotta vuoden'
  ).split(' '),
);

/**
 * The Snowball project's Finnish stop-word list (BSD licence, snowballstem.org), folded: the forms
 * of pronouns and of "olla" that the list above leaves out.
 */
const SNOWBALL_STOP_WORDS: ReadonlySet<string> = new Set(
  fold(
    'ei eivät emme en et ette että he heidän heidät heihin heille heillä heiltä heissä heistä heitä hän häneen hänelle hänellä häneltä hänen hänessä hänestä hänet häntä itse ja johon joiden joihin joiksi joilla joille joilta joina joissa joista joita joka joksi jolla jolle jolta jona jonka jos jossa josta jota jotka kanssa keiden keihin keiksi keille keillä keiltä keinä keissä keistä keitä keneen keneksi kenelle kenellä keneltä kenen kenenä kenessä kenestä kenet ketkä ketä koska kuin kuka kun me meidän meidät meihin meille meillä meiltä meissä meistä meitä mihin miksi mikä mille millä miltä minkä minua minulla minulle minulta minun minussa minusta minut minuun minä missä mistä mitkä mitä mukaan mutta ne niiden niihin niiksi niille niillä niiltä niin niinä niissä niistä niitä noiden noihin noiksi noilla noille noilta noin noina noissa noista noita nuo nyt näiden näihin näiksi näille näillä näiltä näinä näissä näistä näitä nämä ole olemme olen olet olette oli olimme olin olisi olisimme olisin olisit olisitte olisivat olit olitte olivat olla olleet ollut on ovat poikki se sekä sen siihen siinä siitä siksi sille sillä siltä sinua sinulla sinulle sinulta sinun sinussa sinusta sinut sinuun sinä sitä tai te teidän teidät teihin teille teillä teiltä teissä teistä teitä tuo tuohon tuoksi tuolla tuolle tuolta tuon tuona tuossa tuosta tuota tähän täksi tälle tällä tältä tämä tämän tänä tässä tästä tätä vaan vai vaikka yli',
  ).split(' '),
);

/** True for a folded word that carries no meaning for the search. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word) || SNOWBALL_STOP_WORDS.has(word) || /^\d{1,3}$/.test(word);
}

/** Case endings in the order they are tried (longest first); folded forms. */
const CASE_ENDINGS = [
  'iksi',
  'itten',
  'iden',
  'ista',
  'issa',
  'ilta',
  'illa',
  'ille',
  'ineen',
  'seen',
  'siin',
  'ssa',
  'sta',
  'lla',
  'lta',
  'lle',
  'ksi',
  'tta',
  'hin',
  'hon',
  'han',
  'hen',
  'hun',
  'hyn',
  'iin',
  'ita',
  'ina',
  'na',
];

/**
 * A light Finnish stemmer: strips one possessive, one case ending (or an illative Vn), and a
 * final genitive -n or plural -t. It does not undo consonant gradation; `stemsMatch` accepts the
 * small differences that remain (asiakas / asiakkaa, nuori / nuore).
 */
export function stem(folded: string): string {
  let word = folded;
  if (word.length <= 3) return word;
  const possessive = /(nsa|nse|mme|nne)$/.exec(word);
  if (possessive !== null && word.length - 3 >= 4) word = word.slice(0, -3);
  for (const ending of CASE_ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 3) {
      return word.slice(0, -ending.length);
    }
  }
  // Illative with a doubled vowel: kuntouttavaan → kuntouttava, tyotoimintaan → tyotoiminta.
  const illative = /([aeiouy])\1n$/.exec(word);
  if (illative !== null && word.length - 2 >= 3) return word.slice(0, -2);
  if (/[aeiouy][nt]$/.test(word) && word.length - 1 >= 3) return word.slice(0, -1);
  return word;
}

/** Folded, stemmed content words of a text (stop words removed). */
export function analyze(text: string): string[] {
  return tokenize(text)
    .filter((word) => !isStopWord(word))
    .map(stem);
}

function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Strong grade → weak grade of a stem's last consonants (the pairs that keep a word recognisable). */
const WEAK_GRADE: readonly (readonly [RegExp, string])[] = [
  [/kk$/, 'k'],
  [/pp$/, 'p'],
  [/tt$/, 't'],
  [/nk$/, 'ng'],
  [/mp$/, 'mm'],
  [/lt$/, 'll'],
  [/nt$/, 'nn'],
  [/rt$/, 'rr'],
  [/([uy])k$/, '$1v'],
  [/k$/, ''],
  [/p$/, 'v'],
  [/t$/, 'd'],
];
const TRAILING_VOWELS = /[aeiouy]+$/;

/**
 * Whether two stems are forms of one word that differ by consonant gradation in the last syllable:
 * "kuntoutustuki" / "kuntoutustue(lla)", "saikku" / "saiku(lla)", "elake" / "elakkee(lla)",
 * "tyokyky" / "tyokyvy(n)", "hoito" / "hoido(ssa)". Only stems whose shared part is at least four
 * letters long: short words grade into other words.
 */
export function sameUpToGradation(a: string, b: string): boolean {
  if (a === b) return true;
  return weakens(a, b) || weakens(b, a);
}

/** `weak` is `strong` with its last consonants in the weak grade, followed by vowels only. */
function weakens(strong: string, weak: string): boolean {
  const base = strong.replace(TRAILING_VOWELS, '');
  return WEAK_GRADE.some(([pattern, replacement]) => {
    if (!pattern.test(base)) return false;
    const graded = base.replace(pattern, replacement);
    return graded.length >= 4 && weak.startsWith(graded) && /^[aeiouy]*$/.test(weak.slice(graded.length));
  });
}

/**
 * How well two stems match: 1 for the same stem; 0.85 for forms of one word the light stemmer
 * left apart (a shared beginning of at least 4 letters, at most 2 letters left over on the
 * shorter and 3 on the longer: asiakas / asiakkaa, nuori / nuore, tyotoimin / tyotoiminta);
 * otherwise 0.
 */
export function stemsMatch(a: string, b: string): number {
  if (a === b) return 1;
  const shared = commonPrefix(a, b);
  if (shared < 4) return 0;
  const shorter = Math.min(a.length, b.length);
  const longer = Math.max(a.length, b.length);
  return shorter - shared <= 2 && longer - shared <= 3 ? 0.85 : 0;
}

/**
 * Damerau–Levenshtein distance (optimal string alignment) with an upper bound: any distance above
 * `max` is returned as `max + 1`. Only the band of cells within `max` of the diagonal is computed
 * (a cell outside it is over `max` already), and a row whose cells all exceed `max` ends the scan:
 * a typo scan over a national vocabulary stays cheap.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  const over = max + 1;
  const m = b.length;
  if (Math.abs(a.length - m) > max) return over;
  // Rows of m + 2 cells: the cell just right of the band is always there to mark as over the bound.
  let [prevPrev, prev, current] = [new Int32Array(m + 2), new Int32Array(m + 2), new Int32Array(m + 2)];
  for (let j = 0; j <= m; j++) prev[j] = Math.min(j, over);
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(m, i + max);
    // The cells just outside the band count as over the bound (the next row reads them).
    let rowMin = (current[lo - 1] = lo === 1 ? Math.min(i, over) : over);
    current[hi + 1] = over;
    for (let j = lo; j <= hi; j++) {
      let value = Math.min(prev[j]! + 1, current[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, prevPrev[j - 2]! + 1);
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return over;
    [prevPrev, prev, current] = [prev, current, prevPrev];
  }
  return Math.min(prev[m]!, over);
}

/** Typos tolerated for a stem of this length: none below 5 letters, one up to 8, two from 9. */
export function typoAllowance(length: number): number {
  if (length < 5) return 0;
  return length < 9 ? 1 : 2;
}

/**
 * Word stems that often start or end Finnish compounds in this field, so that splitting works
 * even before the catalogue uses the part on its own. Folded and stemmed.
 */
export const COMPOUND_PARTS: readonly string[] = [
  'tyo',
  'kyky',
  'terveys',
  'mielenterveys',
  'kuntoutus',
  'kuntoutuja',
  'kuntouttava',
  'valmennus',
  'valmentaja',
  'koordinaattori',
  'toiminta',
  'palvelu',
  'ohjaus',
  'ohjaaja',
  'tuki',
  'tuen',
  'hakija',
  'tyoton',
  'tyottomyys',
  'nuori',
  'sosiaali',
  'paihde',
  'vamma',
  'maahanmuuttaja',
  'kokeilu',
  'koulutus',
  'tiimi',
  'neuvonta',
  'talous',
  'velka',
  'tarkastus',
  'hoitaja',
  'laakari',
  'elake',
  'kuntoutuminen',
  'keskus',
  'suunnitelma',
  'arvio',
  'arviointi',
  'yhteis',
  'asiakas',
  'osallisuus',
];

/**
 * Splits a compound stem into known parts, longest first part first; `known` says whether a
 * piece is a word of the vocabulary. A first part may end in a genitive -n ("tyon-hakija") or an
 * illative ("tyohon-valmennus"). Returns [] when no full split exists. Parts are at least 3 letters.
 */
export function splitCompound(word: string, known: (piece: string) => boolean, depth = 0): string[] {
  if (word.length < 7 || depth > 3) return [];
  for (let cut = word.length - 3; cut >= 3; cut--) {
    const left = word.slice(0, cut);
    const right = word.slice(cut);
    const leftStem = known(left) ? left : known(stem(left)) ? stem(left) : undefined;
    if (leftStem === undefined) continue;
    if (known(right) || known(stem(right))) return [leftStem, known(right) ? right : stem(right)];
    const rest = splitCompound(right, known, depth + 1);
    if (rest.length > 0) return [leftStem, ...rest];
  }
  return [];
}
