import { z } from 'astro/zod';
import { figure, isoDate, plainText, regionRefs, sourceList } from './shared.ts';

/**
 * Kinds of actor. The mökkikylä groups them into neighbourhoods (src/lib/village/graph.ts);
 * labels live in src/i18n.
 */
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
export const actorKind = z.enum(actorKinds);
export type ActorKind = z.output<typeof actorKind>;

/**
 * How far an actor reaches:
 * - national: one organisation for the whole country (Kela, THL);
 * - every-wellbeing-area / every-employment-area: an organisation type found in each area
 *   (the sote centre, the employment area's services);
 * - regional: named regions only (list them in `regions`).
 */
export const actorScope = z.enum(['national', 'every-wellbeing-area', 'every-employment-area', 'regional']);

/** An organisation or organisation type in the network. content/actors/<id>.yaml (or .md). */
export const actorSchema = z
  .strictObject({
    name: plainText.describe('Finnish name, e.g. "Kela" or "Siun soten työ- ja toimintakyvyn osaamiskeskus"'),
    shortName: plainText.optional(),
    kind: actorKind,
    scope: actorScope,
    regions: regionRefs.optional().describe('Required when scope is regional'),
    parent: z.string().optional().describe('Id of the actor this one is part of'),
    description: plainText.describe('What the actor does in work-ability support, plain Finnish'),
    tasks: z.array(plainText).default([]).describe('Concrete tasks, one short sentence each'),
    figures: z.array(figure).default([]),
    sources: sourceList,
    verified: isoDate.describe('When a person last checked this entry against its sources'),
  })
  .refine((actor) => actor.scope !== 'regional' || actor.regions !== undefined, {
    message: 'a regional actor needs regions: { wellbeingAreas: [...], employmentAreas: [...], municipalities: [...] }',
    path: ['regions'],
  });
export type Actor = z.output<typeof actorSchema>;
