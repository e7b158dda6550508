import type { UiKey } from '@/i18n/ui';
import { routes } from '@/lib/routes';

/** Header navigation: every section of the site, in the order a visitor meets them. */
export const navItems: readonly { href: string; label: UiKey }[] = [
  { href: routes.search(), label: 'nav.search' },
  { href: routes.services(), label: 'nav.services' },
  { href: routes.actors(), label: 'nav.actors' },
  { href: routes.regions(), label: 'nav.regions' },
  { href: routes.village(), label: 'nav.village' },
  { href: routes.staircase(), label: 'nav.staircase' },
  { href: routes.pathways(), label: 'nav.pathways' },
  { href: routes.orientation(), label: 'nav.orientation' },
  { href: routes.glossary(), label: 'nav.glossary' },
  { href: routes.sources(), label: 'nav.sources' },
];

/** True when `href` is the current section (so the link gets aria-current). */
export function isCurrent(href: string, pathname: string): boolean {
  return pathname === href || (href !== routes.home() && pathname.startsWith(href));
}
