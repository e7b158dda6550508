/** The preload script for ?alue= (src/lib/village/preload.ts), run against a stand-in page. */
import { describe, expect, test } from 'vitest';
import { preloadScript } from '@/lib/village/preload';

interface Link {
  rel?: string;
  as?: string;
  crossOrigin?: string;
  href?: string;
}

/** Runs the script as a page at `search` would, and returns the links it added to the head. */
function run(search: string): Link[] {
  const source = preloadScript({ 'pohjois-karjala': '/data/mokkikyla/pohjois-karjala.json', lappi: '/data/mokkikyla/lappi.json' });
  const added: Link[] = [];
  const document = { createElement: (tag: string) => (expect(tag).toBe('link'), {} as Link), head: { append: (link: Link) => added.push(link) } };
  new Function('location', 'document', source)({ search }, document);
  return added;
}

describe('preloadScript', () => {
  test('a known region: one preload of its data, as a fetch the island\'s own fetch can take', () => {
    expect(run('?alue=pohjois-karjala')).toEqual([{ rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: '/data/mokkikyla/pohjois-karjala.json' }]);
  });

  test('read as the island reads it: trimmed and in lower case', () => {
    expect(run('?alue=%20Lappi%20').map((link) => link.href)).toEqual(['/data/mokkikyla/lappi.json']);
  });

  test.each(['', '?alue=', '?alue=tuntematon', '?alue=constructor', '?alue=__proto__', '?x=lappi'])('nothing for %j', (search) => {
    expect(run(search)).toEqual([]);
  });

  test('the addresses are data in the script, not code', () => {
    const source = preloadScript({ 'a"b': '/x";alert(1);"' });
    expect(source).toContain(JSON.stringify({ 'a"b': '/x";alert(1);"' }));
  });
});
