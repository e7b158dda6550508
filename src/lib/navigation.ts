/**
 * Which header link marks the reader's place: the page itself (`aria-current="page"`) or the section
 * the page belongs to (`aria-current="true"`, e.g. "Palvelut" on a service page). Pure string logic,
 * so the header and its unit test share it.
 */

/** A header link: its address and the other path prefixes that belong to its section. */
export interface NavSection {
  href: string;
  /** Path prefixes outside `href` that belong to the section (the role pages under "Toimijat"). */
  also?: readonly string[];
}

/** The `aria-current` value of a header link on `pathname`, or undefined when it is not the reader's place. */
export function currentState(section: NavSection, pathname: string): 'page' | 'true' | undefined {
  if (pathname === section.href) return 'page';
  if (section.href === '/') return undefined;
  const prefixes = [section.href, ...(section.also ?? [])];
  return prefixes.some((prefix) => pathname.startsWith(prefix)) ? 'true' : undefined;
}

/** The section the reader is in (the first link that is current), if any. */
export function currentSection<S extends NavSection>(sections: readonly S[], pathname: string): S | undefined {
  return sections.find((section) => currentState(section, pathname) !== undefined);
}
