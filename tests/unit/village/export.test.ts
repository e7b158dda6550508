/** "Lataa kuva": the standalone SVG with title, region, date, sources, escaped text and wrapped names. */
import { describe, expect, test } from 'vitest';
import { escapeXml, villageSvg, wrapText, type ExportInput } from '@/lib/village/export';

const input: ExportInput = {
  title: 'Mökkikylä',
  region: 'Pohjois-Karjala; työllisyysalueet: Joensuun seutu',
  date: '12.3.2026',
  sources: ['Lähteet: Siun soten työkykyohjelma <2022>'],
  bounds: { x: 0, y: 0, width: 400, height: 200 },
  blocks: [{ label: 'Sosiaali- ja terveyspalvelut (2)', box: { x: 0, y: 0, width: 180, height: 120 }, labelBox: { x: 8, y: 8, width: 164, height: 56 }, colour: '#1d6fa3' }],
  cottages: [
    { name: 'Kela & "Työkanava"', box: { x: 8, y: 70, width: 120, height: 54 }, colour: '#6a3d9a', marked: true },
    { name: 'TE-toimisto', box: { x: 200, y: 70, width: 120, height: 54 }, colour: '#2e7d32', historical: true },
    { name: 'Ohjaamo', box: { x: 200, y: 130, width: 120, height: 68 }, colour: '#2e7d32', note: '3 palvelua' },
  ],
  square: { box: { x: 150, y: 140, width: 100, height: 50 }, title: 'Asiakas', text: '' },
  roads: [{ d: 'M0,0 L10,0', kind: 'referral' }],
  nameFont: 16,
  labelFont: 24,
};

describe('villageSvg', () => {
  const svg = villageSvg(input);
  test('is one SVG document with the title, region, date and sources', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg).toContain('>Mökkikylä</text>');
    expect(svg).toContain('Pohjois-Karjala; työllisyysalueet: Joensuun seutu · 12.3.2026');
    expect(svg).toContain('Siun soten työkykyohjelma &lt;2022&gt;');
  });
  test('escapes names and marks cottages and roads', () => {
    expect(svg).toContain('>Kela &amp;</text>');
    expect(svg).toContain('>&quot;Työkanava&quot;</text>');
    expect(svg).not.toContain('<2022>');
    expect(svg).toContain('stroke-width="4"');
    expect(svg).toContain('stroke-dasharray="5 3"');
    expect(svg).toContain('stroke-dasharray="8 5"');
  });
  test('a cottage\'s note (its number of services) is its last line', () => {
    expect(svg).toContain('y="193" font-size="13" fill="#4a5360">3 palvelua</text>');
  });
  test('is deterministic', () => {
    expect(villageSvg(structuredClone(input))).toBe(svg);
  });
});

test.each([
  ['fits one line', 'Kela', 100, 16, 2, ['Kela']],
  ['wraps', 'Siun soten työikäisten sosiaalipalvelut', 100, 16, 3, ['Siun soten', 'työikäisten', 'sosiaalipalvelut']],
  ['cuts with an ellipsis', 'Siun soten työikäisten sosiaalipalvelut', 100, 16, 2, ['Siun soten', 'työikäist…']],
])('wrapText: %s', (_name, text, width, font, lines, expected) => {
  expect(wrapText(text, width, font, lines)).toEqual(expected);
});

test('escapeXml', () => {
  expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
});
