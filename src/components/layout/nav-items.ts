import type { UiKey } from '@/i18n/ui';
import type { NavSection } from '@/lib/navigation';
import { routes } from '@/lib/routes';

/** Header navigation: every section of the site, in the order a visitor meets them. */
export const navItems: readonly (NavSection & { label: UiKey })[] = [
  { href: routes.search(), label: 'nav.search' },
  { href: routes.services(), label: 'nav.services' },
  // Role pages (/roolit/<id>/) have no list of their own: /toimijat/ lists them.
  { href: routes.actors(), label: 'nav.actors', also: [routes.role('').slice(0, -1)] },
  { href: routes.regions(), label: 'nav.regions' },
  { href: routes.village(), label: 'nav.village' },
  { href: routes.staircase(), label: 'nav.staircase' },
  { href: routes.pathways(), label: 'nav.pathways' },
  { href: routes.orientation(), label: 'nav.orientation' },
  { href: routes.glossary(), label: 'nav.glossary' },
  { href: routes.sources(), label: 'nav.sources' },
];
