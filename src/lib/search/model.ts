/**
 * The search's model of a service as results show it, and of its passages: the texts a
 * professional may search by, each of a kind that sets how much a match in it weighs. Shared by
 * the build (index-build.ts), the wire format (codec.ts) and the query side (rank.ts).
 */
import type { CriterionForce } from '../../schemas/enums.ts';

/** What kind of text a passage is; the kind sets how much a match in it weighs. */
export type PassageKind =
  | 'name'
  | 'keyword'
  | 'glossary'
  | 'summary'
  | 'criterion'
  | 'targetGroup'
  | 'role'
  | 'description'
  | 'provider'
  | 'level'
  | 'example';

/** Passage kinds in the order of their codes in the index. */
export const PASSAGE_KINDS: readonly PassageKind[] = ['name', 'keyword', 'glossary', 'summary', 'criterion', 'targetGroup', 'role', 'description', 'provider', 'level', 'example'];

/** Weight of a match by passage kind: the name and the words professionals use weigh most. */
export const PASSAGE_WEIGHTS: Record<PassageKind, number> = {
  name: 4,
  keyword: 3,
  glossary: 3,
  summary: 2,
  criterion: 1.6,
  targetGroup: 1.5,
  // A role named in a description is most often who is asking ("terveysaseman lääkäri kysyy"), not what the client needs.
  role: 1,
  description: 1,
  provider: 1,
  level: 1,
  // An example description a professional wrote of a client this service fits (content/referral-examples):
  // as much as the service's own description; never shown.
  example: 1,
};

/** Weight factor of a compound's part against the whole word. */
const PART_FACTOR = 0.6;

/**
 * Weight × 10 of a match in a passage of this kind, as the whole word or as a compound's part.
 * The index stores only which of the two a posting is; the weight follows from the passage.
 */
export function postingWeight(kind: PassageKind, part: boolean): number {
  return Math.round(PASSAGE_WEIGHTS[kind] * (part ? PART_FACTOR : 1) * 10);
}

export interface Passage {
  kind: PassageKind;
  text: string;
  /** Where the text comes from, e.g. the criteria list's title. */
  label?: string | undefined;
  /** For criteria items: the force (required / preferred / excludes). */
  force?: CriterionForce | undefined;
}

export interface RegionScope {
  national: boolean;
  wellbeingAreas: string[];
  employmentAreas: string[];
  municipalities: string[];
}

export interface ReferralInfo {
  whoRefers: string[];
  whoDecides?: string | undefined;
  prerequisites?: string[] | undefined;
  howToApply?: string | undefined;
  clientReceives?: string | undefined;
  consent?: string | undefined;
  form?: string | undefined;
  selfReferral?: boolean | undefined;
  notes?: string | undefined;
}

export interface CitedSourceDoc {
  href: string;
  title: string;
  lines?: string | undefined;
}

/** One service as the search and the finder show it (decoded from the index by loadSearcher). */
export interface ServiceDoc {
  id: string;
  name: string;
  summary: string;
  /** Names of organisers, producers and offering providers. */
  providers: string[];
  /** Actor kinds of those providers (facet). */
  providerKinds: string[];
  targetGroups: string[];
  levels: string[];
  /** Where the service (or one of its offerings) is available. */
  regions: RegionScope;
  referral?: ReferralInfo | undefined;
  sources: CitedSourceDoc[];
  /** Service kind and status as content gives them (service, operating-model, programme, project; established, pilot, ended, proposal). */
  kind: string;
  status: string;
  /** statutory, permanent or project, where content says. */
  permanence?: string | undefined;
  /** The service coordinates others (a team, a coordinator): ranked high only when coordination is asked for. */
  coordinates: boolean;
  /** Languages the service is given in, where a source says (ISO 639-1). */
  languages: string[];
  /** Number of indexed words over all its passages (length normalisation in ranking). */
  length: number;
  /**
   * True while what a result card shows (summary, providers, referral, sources, permanence) has not
   * loaded: the browser fetches it per service, for the results shown (shards.ts).
   */
  partial?: true | undefined;
}

/** A client situation or target group as the search names it, and the cue phrases that signal it. */
export interface ConceptDoc {
  id: string;
  label: string;
  cues: string[];
  /** Situations only: ticking or recognising it asks for coordination of several services. */
  coordination?: boolean | undefined;
  /** Situations only: the ages it covers, inclusive (an age read from a description signals it). */
  ages?: { min?: number | undefined; max?: number | undefined } | undefined;
}

/** An everyday-word entry of the lexicon (content/lexicon.yaml). */
export interface LexiconDoc {
  words: string[];
  terms: string[];
  situations: string[];
  targetGroups: string[];
}
