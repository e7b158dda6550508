/** Links to Suomi.fi's service catalogue (src/lib/catalog/ptv.ts) and the schema's PTV id format. */
import { describe, expect, test } from 'vitest';
import { ptvUrl, suomiFiSlug } from '@/lib/catalog/ptv';
import { ptvId } from '@/schemas/shared';

const ID = 'd93be162-07a2-45f2-84b3-f794da852b58';

describe('suomiFiSlug', () => {
  test.each([
    ['Suomi.fi-palvelutietovaranto (PTV)', 'suomi-fi-palvelutietovaranto-ptv'],
    ['Työkyvyn tuen tiimi', 'tyokyvyn-tuen-tiimi'],
    ['Åbo – Turku', 'abo-turku'],
    ['!!!', 'x'],
  ])('%j → %j', (name, slug) => {
    expect(suomiFiSlug(name)).toBe(slug);
  });
});

describe('ptvUrl', () => {
  test('a service: /palvelut/<name>/<id>, the shape of Suomi.fi\'s own addresses', () => {
    expect(ptvUrl('service', ID, 'Suomi.fi-palvelutietovaranto (PTV)')).toBe(`https://www.suomi.fi/palvelut/suomi-fi-palvelutietovaranto-ptv/${ID}`);
  });

  test('an organisation: /organisaatiot/<name>/<id>', () => {
    expect(ptvUrl('organization', ID, 'Kela')).toBe(`https://www.suomi.fi/organisaatiot/kela/${ID}`);
  });
});

describe('ptv id in content', () => {
  test('a lower-case UUID is accepted', () => {
    expect(ptvId.parse(` ${ID} `)).toBe(ID);
  });

  test.each([
    ['an address instead of the id', `https://www.suomi.fi/palvelut/x/${ID}`],
    ['upper case', ID.toUpperCase()],
    ['too short', ID.slice(0, -1)],
  ])('%s is refused with a message that says what to write', (_, value) => {
    const result = ptvId.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/UUID at the end of the suomi.fi address/);
  });
});
