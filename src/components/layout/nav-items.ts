import type { UiKey } from '@/i18n/ui';

/** Header navigation: every section of the site, in the order a visitor meets them. */
export const navItems: readonly { href: string; label: UiKey }[] = [
  { href: '/ohjautuminen/', label: 'nav.search' },
  { href: '/palvelut/', label: 'nav.services' },
  { href: '/toimijat/', label: 'nav.actors' },
  { href: '/alueet/', label: 'nav.regions' },
  { href: '/mokkikyla/', label: 'nav.village' },
  { href: '/portaat/', label: 'nav.staircase' },
  { href: '/polut/', label: 'nav.pathways' },
  { href: '/perehdytys/', label: 'nav.orientation' },
  { href: '/sanasto/', label: 'nav.glossary' },
  { href: '/lahteet/', label: 'nav.sources' },
];

/** True when `href` is the current section (so the link gets aria-current). */
export function isCurrent(href: string, pathname: string): boolean {
  return pathname === href || (href !== '/' && pathname.startsWith(href));
}
