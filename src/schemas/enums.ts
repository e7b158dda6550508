/**
 * The closed vocabularies of the content model as plain constants, free of zod, so browser code
 * (islands and src/lib) can import them without bundling the schema library. The schemas build
 * their enums from these lists; code derives its types from them: one list, written once.
 */

/** Kinds of actor. The mökkikylä groups them into neighbourhoods; labels live in src/i18n. */
export const actorKinds = [
  'sote', // wellbeing area and its units, HUS
  'employment', // employment authority, municipal employment services, TE office, TYP, Ohjaamo
  'kela',
  'pension', // earnings-related pension insurers
  'ngo', // third sector
  'education',
  'private', // private service providers
  'employer',
  'national', // ministries, national agencies and developers (THL, TTL, STM, TEM, Kuntaliitto…)
] as const;
export type ActorKind = (typeof actorKinds)[number];

/**
 * How far an actor reaches:
 * - national: one organisation for the whole country (Kela, THL);
 * - every-wellbeing-area / every-employment-area: an organisation type found in each area
 *   (the sote centre, the employment area's services);
 * - regional: named regions only (listed in the actor's `regions`).
 */
export const actorScopes = ['national', 'every-wellbeing-area', 'every-employment-area', 'regional'] as const;
export type ActorScope = (typeof actorScopes)[number];

/**
 * An actor that belongs to the past of the ecosystem: abolished (the TE offices, whose services moved
 * to the employment areas on 1.1.2025) or planned and never established (the OTE-era maakunta and
 * its kasvupalvelut). The mökkikylä leaves them out of its default view.
 */
export const actorHistories = ['abolished', 'never-established'] as const;
export type ActorHistory = (typeof actorHistories)[number];

/** What an actor does for a service: organiser (järjestäjä), producer (tuottaja), referrer (ohjaava taho), partner. */
export const actorRoles = ['organiser', 'producer', 'referrer', 'partner'] as const;
export type ActorRole = (typeof actorRoles)[number];

/**
 * How strongly a criteria item counts when it matches the client's situation:
 * required (the service is for this), preferred (it speaks for the service),
 * excludes (the service does not fit: say what to consider instead).
 */
export const criterionForces = ['required', 'preferred', 'excludes'] as const;
export type CriterionForce = (typeof criterionForces)[number];

/** Kinds of service, in the order /palvelut/ lists them (labels `serviceKind.*` in src/i18n). */
export const serviceKinds = ['service', 'operating-model', 'programme', 'project'] as const;
export type ServiceKind = (typeof serviceKinds)[number];

/** Where a service or offering stands in the sources' time (labels `status.*` in src/i18n). */
export const statuses = ['established', 'pilot', 'ended', 'proposal'] as const;
export type Status = (typeof statuses)[number];

/**
 * How lasting a service is: statutory (laid down in law), permanent (an established service without
 * a law of its own), project (a project or pilot with years). Labels `permanence.*` in src/i18n.
 */
export const permanences = ['statutory', 'permanent', 'project'] as const;
export type Permanence = (typeof permanences)[number];
