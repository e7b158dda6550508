/**
 * The client-situation finder: ticked situations are matched against the criteria items of every
 * criteria list, and each service the lists apply to is ranked, with the reasons it fits (matched
 * required and preferred items), the reasons it does not (matched "excludes" items, with the
 * services to consider instead) and what to check next (its required items not yet ticked).
 *
 * Pure; runs in the browser only, so no client data leaves it.
 */

import type { CriterionForce } from '../../schemas/enums.ts';

export type { CriterionForce };

export interface FinderCriteria {
  id: string;
  title: string;
  appliesTo: readonly string[];
  items: readonly {
    id: string;
    text: string;
    situations: readonly string[];
    force: CriterionForce;
    instead: readonly string[];
  }[];
}

/** One criteria item as it explains a match. */
export interface MatchedItem {
  criteria: string;
  criteriaTitle: string;
  item: string;
  text: string;
  force: CriterionForce;
  /** The ticked situations the item matched (empty for items to check). */
  situations: string[];
  instead: string[];
}

export interface FinderMatch {
  service: string;
  score: number;
  /** False when an excludes item matched: the service does not fit as things stand. */
  fits: boolean;
  required: MatchedItem[];
  preferred: MatchedItem[];
  excludes: MatchedItem[];
  /** Services to consider instead (from the matched excludes items). */
  instead: string[];
  /** Required items of this service's lists that no ticked situation covers. */
  toCheck: MatchedItem[];
}

/** Points per matched item by force. */
export const FORCE_POINTS: Record<Exclude<CriterionForce, 'excludes'>, number> = { required: 3, preferred: 1 };

/**
 * Ranks services for the ticked situations. Only services with at least one matched item are
 * returned; services that fit come first (by score, then id), then those an excludes item rules out.
 */
export function matchSituations(ticked: readonly string[], criteria: readonly FinderCriteria[]): FinderMatch[] {
  const chosen = new Set(ticked);
  if (chosen.size === 0) return [];
  const byService = new Map<string, FinderMatch>();
  const entry = (service: string): FinderMatch => {
    let match = byService.get(service);
    if (match === undefined) {
      match = { service, score: 0, fits: true, required: [], preferred: [], excludes: [], instead: [], toCheck: [] };
      byService.set(service, match);
    }
    return match;
  };
  // Only services with a matched item are returned: find them first, so the lists' other services
  // (thousands at national scale) cost nothing.
  const matched = new Set<string>();
  for (const list of criteria) {
    if (list.items.some((item) => item.situations.some((id) => chosen.has(id)))) for (const service of list.appliesTo) matched.add(service);
  }
  if (matched.size === 0) return [];
  for (const list of criteria) {
    if (!list.appliesTo.some((service) => matched.has(service))) continue;
    for (const item of list.items) {
      const hit = item.situations.filter((id) => chosen.has(id));
      const described: MatchedItem = {
        criteria: list.id,
        criteriaTitle: list.title,
        item: item.id,
        text: item.text,
        force: item.force,
        situations: hit,
        instead: [...item.instead],
      };
      for (const service of list.appliesTo) {
        if (!matched.has(service)) continue;
        if (hit.length === 0) {
          if (item.force === 'required') entry(service).toCheck.push(described);
          continue;
        }
        const match = entry(service);
        if (item.force === 'excludes') {
          match.excludes.push(described);
          match.fits = false;
          for (const id of item.instead) if (!match.instead.includes(id) && id !== service) match.instead.push(id);
        } else {
          match[item.force].push(described);
          match.score += FORCE_POINTS[item.force];
        }
      }
    }
  }
  return [...byService.values()]
    .filter((match) => match.required.length + match.preferred.length + match.excludes.length > 0)
    .sort((a, b) => Number(b.fits) - Number(a.fits) || b.score - a.score || a.service.localeCompare(b.service));
}

/**
 * What to check next: the unticked required items of the top services that fit, without
 * repeating an item, at most `limit`.
 */
export function nextChecks(matches: readonly FinderMatch[], top = 3, limit = 6): MatchedItem[] {
  const seen = new Set<string>();
  const out: MatchedItem[] = [];
  for (const match of matches.filter((m) => m.fits).slice(0, top)) {
    for (const item of match.toCheck) {
      const key = `${item.criteria}/${item.item}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(item);
      if (out.length >= limit) return out;
    }
  }
  return out;
}

/**
 * The order the finder shows its matches in: services that fit first, then by score; a tie is
 * broken by what matters most to a referral: more required criteria met, then fewer required
 * criteria still unmet, then more preferred criteria met, then the service's name (Finnish order).
 */
export function compareMatches(a: FinderMatch, b: FinderMatch, nameOf: (id: string) => string): number {
  return (
    Number(b.fits) - Number(a.fits) ||
    b.score - a.score ||
    b.required.length - a.required.length ||
    a.toCheck.length - b.toCheck.length ||
    b.preferred.length - a.preferred.length ||
    nameOf(a.service).localeCompare(nameOf(b.service), 'fi') ||
    a.service.localeCompare(b.service)
  );
}

/** The matches in display order (compareMatches); a new array. */
export function rankMatches(matches: readonly FinderMatch[], nameOf: (id: string) => string): FinderMatch[] {
  return [...matches].sort((a, b) => compareMatches(a, b, nameOf));
}

/**
 * Why a match fits, as the ticked situations its criteria require and those they prefer (ids,
 * each once, a required one not repeated as preferred): what the finder says in words.
 */
export function metSituations(match: FinderMatch): { required: string[]; preferred: string[] } {
  const required = [...new Set(match.required.flatMap((item) => item.situations))];
  const preferred = [...new Set(match.preferred.flatMap((item) => item.situations))].filter((id) => !required.includes(id));
  return { required, preferred };
}
