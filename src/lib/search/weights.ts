/**
 * Every number the ranking uses, in one place. Tuned on the development descriptions and the
 * original queries only (npm run bench:quality -- --tuning); the held-out descriptions are scored
 * with whatever these are, never tuned on.
 */
export const RANKING = {
  /** Shares of the three kinds of evidence in a result's score. */
  words: 0.55,
  criteria: 0.3,
  targetGroups: 0.05,
  /**
   * Length normalisation (BM25's b) of matches in long passages: 0 leaves scores as they are; 1
   * divides by the service's length relative to the average. A broad service with long texts
   * otherwise matches many words of a long description by sheer size.
   */
  lengthNormalisation: 0.625,
  /**
   * A query word the catalogue uses only in running text (summaries, descriptions) weighs this
   * much; one found in names, keywords, criteria, target groups, roles or the glossary weighs in full.
   * A description is full of words that say nothing of the service needed ("kertoo", "viidettä"), and
   * in a small catalogue such a word is rare, so rarity alone would make it weigh most.
   */
  narrativeWeight: 0.5,
  /** How much a service's word score grows when the query names it: ×(1 + nameBonus) with every word of its name. */
  nameBonus: 1,
  /** Catalogue words the lexicon adds weigh this much against the professional's own words. */
  lexiconWeight: 0.6,
  /** Multipliers for what does not fit as well. */
  excluded: 0.5,
  uncalledCoordinator: 0.85,
  ended: 0.5,
  project: 0.85,
  otherLanguage: 0.9,
};
