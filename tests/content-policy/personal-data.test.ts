/**
 * Issue: "a test that no content contains a personal name, a phone number or a personal e-mail
 * address". Roles and organisations only: the seeds name some individuals (presenters of the
 * 2024 network meeting, members of a steering group, contact people of the guides, people
 * interviewed in news items), and none of them may appear in the catalogue.
 *
 * The names themselves are not in the repository: tests/fixtures/personal-name-hashes.json holds
 * salted SHA-256 hashes of their folded first and last names (scripts/hash-names.ts reads the
 * names from standard input). Only tokens that are unambiguous as names were hashed. Left out on
 * purpose, because they are also ordinary words or place names and would flag ordinary text:
 * two surnames that are common Finnish nouns, one surname that is also the word for a Karelian
 * (and a newspaper's name), one surname that is a place name, and three first names that are
 * also words or inflected forms of words (a berry, a verb form, an inflected form of "day").
 * The surnames of the two prime ministers in the names of government programmes are not on the
 * list either: a government programme is a public document, not a person's data.
 *
 * A hit reports the file, entry and field, never the name.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fold, hashToken, type NameHashes } from '../../scripts/hash-names.ts';
import { contentStrings, where } from './content-strings.ts';

const nameHashes = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'personal-name-hashes.json'), 'utf8')) as NameHashes;
const hashSet = new Set(nameHashes.hashes);

/** Finnish case endings (and their -i- variants after a consonant stem) a name can carry. */
const ENDINGS = ['n', 'a', 't', 'na', 'ta', 'en', 'in', 'ia', 'lle', 'lla', 'lta', 'ssa', 'sta', 'ksi', 'ille', 'illa', 'ilta', 'issa', 'ista', 'iksi'];

/**
 * The base forms a token may be an inflection of: itself, the token without a case ending, and
 * for -nen surnames the nominative of the -se-/-s- stem (Meikäläisen → meikalainen).
 */
function baseForms(token: string): string[] {
  const forms = new Set([token]);
  for (const ending of ENDINGS) {
    if (!token.endsWith(ending) || token.length - ending.length < 3) continue;
    const stem = token.slice(0, -ending.length);
    forms.add(stem);
    if (stem.endsWith('se')) forms.add(`${stem.slice(0, -2)}nen`);
    else if (stem.endsWith('s')) forms.add(`${stem.slice(0, -1)}nen`);
  }
  return [...forms];
}

function tokens(text: string): string[] {
  return fold(text).match(/\p{L}+/gu) ?? [];
}

function isName(token: string): boolean {
  return baseForms(token).some((form) => hashSet.has(hashToken(nameHashes.salt, form)));
}

/** An e-mail address, also with a non-ASCII local part. */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u;
/** A Finnish phone number: +358 or a leading 0, then at least six more digits with optional spaces or hyphens. */
const PHONE = /(?:\+358|(?<![\d,.])\b0)[\s-]?\d{1,3}(?:[\s-]?\d){5,9}(?!\d)/;

const { check, strings } = contentStrings();

describe('personal data in content', () => {
  test('the name list and the content are loaded', () => {
    expect(nameHashes.salt.length).toBeGreaterThanOrEqual(16);
    expect(hashSet.size).toBeGreaterThanOrEqual(40);
    expect(strings.length).toBeGreaterThan(1000);
  });

  test('the matcher sees through Finnish case endings', () => {
    expect(baseForms('meikalaisen')).toContain('meikalainen');
    expect(baseForms('meikalaista')).toContain('meikalainen');
    expect(baseForms('teppolle')).toContain('teppo');
    expect(baseForms('kurkkusella')).toContain('kurkkunen');
    const salt = nameHashes.salt;
    const fake = new Set([hashToken(salt, 'meikalainen')]);
    const found = tokens('Asiakas tapasi Meikäläisen eilen.').filter((token) => baseForms(token).some((form) => fake.has(hashToken(salt, form))));
    expect(found).toEqual(['meikalaisen']);
  });

  test('no content string contains the name of a person the seeds name', () => {
    const hits = strings.flatMap((item) =>
      tokens(item.text).flatMap((token, index) => (isName(token) ? [`${where(item)}: word ${index + 1} is a personal name`] : [])),
    );
    expect(hits).toEqual([]);
  });

  test('no content string contains an e-mail address', () => {
    expect(strings.filter((item) => EMAIL.test(item.text)).map(where)).toEqual([]);
  });

  test('no content string contains a phone number', () => {
    expect(PHONE.test('p. 040 123 4567')).toBe(true);
    expect(PHONE.test('+358 40 1234567')).toBe(true);
    expect(PHONE.test('budjetti 937 500 € vuosina 2020–2022')).toBe(false);
    expect(strings.filter((item) => PHONE.test(item.text)).map(where)).toEqual([]);
  });

  test('every entry, offering and figure cites at least one source', () => {
    const missing: string[] = [];
    const need = (sources: unknown, label: string): void => {
      if (!Array.isArray(sources) || sources.length === 0) missing.push(label);
    };
    for (const [collection, map] of Object.entries(check.entries) as [string, Map<string, { id: string; file: string; data: Record<string, unknown> }>][]) {
      // sources.yaml is the list of sources itself; municipalities are imported with their
      // provenance in content/regions/SOURCES.md; the lexicon states no facts, it maps everyday
      // words to the catalogue's own concepts (its sources are optional); referral examples are
      // descriptions written for the search to learn from, each set saying who wrote it (`about`).
      if (collection === 'sources' || collection === 'municipalities' || collection === 'lexicon' || collection === 'referralExamples') continue;
      for (const entry of map.values()) {
        const label = `${entry.file} [${entry.id}]`;
        need(entry.data['sources'], `${label} sources`);
        const offerings = (entry.data['offerings'] ?? []) as { id: string; sources: unknown; figures?: { sources: unknown }[] }[];
        offerings.forEach((offering) => {
          need(offering.sources, `${label} offering ${offering.id}`);
          (offering.figures ?? []).forEach((figure, index) => need(figure.sources, `${label} offering ${offering.id} figures[${index}]`));
        });
        const figures = (entry.data['figures'] ?? []) as { sources: unknown }[];
        figures.forEach((figure, index) => need(figure.sources, `${label} figures[${index}]`));
      }
    }
    expect(check.entries.services.size).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });
});
