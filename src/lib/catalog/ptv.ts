/**
 * Links to Suomi.fi's service catalogue (PTV, palvelutietovaranto) from the optional `ptv` id of
 * a service or an actor. Suomi.fi addresses end in the entry's UUID after a readable name
 * (`https://www.suomi.fi/palvelut/<name>/<uuid>`); the name part is made from ours.
 */
import { fold } from '../text/finnish.ts';

/** Which kind of PTV entry an id names. */
export type PtvKind = 'service' | 'organization';

const BASE: Record<PtvKind, string> = {
  service: 'https://www.suomi.fi/palvelut/',
  organization: 'https://www.suomi.fi/organisaatiot/',
};

/** The readable part of a Suomi.fi address: ASCII letters and digits joined by single hyphens. */
export function suomiFiSlug(name: string): string {
  const slug = fold(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'x' : slug;
}

/** The entry's page on Suomi.fi. */
export function ptvUrl(kind: PtvKind, id: string, name: string): string {
  return `${BASE[kind]}${suomiFiSlug(name)}/${encodeURIComponent(id)}`;
}
