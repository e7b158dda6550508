import { describe, expect, test } from 'vitest';
import { navItems } from '@/components/layout/nav-items';
import { currentSection, currentState } from '@/lib/navigation';

describe('currentState', () => {
  test.each([
    [{ href: '/palvelut/' }, '/palvelut/', 'page'],
    [{ href: '/palvelut/' }, '/palvelut/ips/', 'true'],
    [{ href: '/palvelut/' }, '/polut/', undefined],
    [{ href: '/' }, '/', 'page'],
    [{ href: '/' }, '/palvelut/', undefined],
    [{ href: '/toimijat/', also: ['/roolit/'] }, '/roolit/tyokykykoordinaattori/', 'true'],
    [{ href: '/toimijat/', also: ['/roolit/'] }, '/toimijat/', 'page'],
  ] as const)('%o on %s → %s', (section, pathname, expected) => {
    expect(currentState(section, pathname)).toBe(expected);
  });
});

describe('the header sections', () => {
  test.each([
    ['/palvelut/ips/', '/palvelut/'],
    ['/roolit/tyokykykoordinaattori/', '/toimijat/'],
    ['/alueet/hyvinvointialueet/kainuu/', '/alueet/'],
    ['/alueet/vertaa/', '/alueet/'],
    ['/mokkikyla/', '/mokkikyla/'],
  ])('%s is in the section %s', (pathname, href) => {
    expect(currentSection(navItems, pathname)?.href).toBe(href);
  });

  test('the front page and the accessibility statement belong to no section', () => {
    expect(currentSection(navItems, '/')).toBeUndefined();
    expect(currentSection(navItems, '/saavutettavuus/')).toBeUndefined();
  });
});
