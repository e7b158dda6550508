import { z } from 'astro/zod';
import { actorHistories, actorKinds, actorScopes } from './enums.ts';
import { figure, isoDate, plainText, ptvId, regionRefs, slug, sourceList } from './shared.ts';

export { actorHistories, actorKinds, actorScopes, type ActorHistory, type ActorKind, type ActorScope } from './enums.ts';
/** Kind of actor (see enums.ts); the mökkikylä groups actors into neighbourhoods by kind. */
export const actorKind = z.enum(actorKinds);

/** How far an actor reaches (see enums.ts). */
export const actorScope = z.enum(actorScopes);

/** An organisation or organisation type in the network. content/actors/<id>.yaml (or .md). */
export const actorSchema = z
  .strictObject({
    name: plainText.describe('Finnish name, e.g. "Kela" or "Siun soten työ- ja toimintakyvyn osaamiskeskus"'),
    shortName: plainText.optional(),
    kind: actorKind,
    scope: actorScope,
    regions: regionRefs.optional().describe('Required when scope is regional'),
    historical: z
      .enum(actorHistories)
      .optional()
      .describe(
        'Only for actors of the past: "abolished" (e.g. the TE offices, abolished when the employment areas took over on 1.1.2025) or "never-established" (planned, e.g. the OTE-era maakunta). Say when and why in the description.',
      ),
    historicalSince: plainText
      .optional()
      .describe('For an actor of the past: since when it no longer acts, as the sources say, e.g. "1.1.2025"'),
    replacedBy: z
      .array(slug)
      .default([])
      .describe('For an actor of the past: ids of the actors that took over its tasks, e.g. [tyollisyysalue]'),
    parent: z.string().optional().describe('Id of the actor this one is part of'),
    description: plainText.describe('What the actor does in work-ability support, plain Finnish'),
    tasks: z.array(plainText).default([]).describe('Concrete tasks, one short sentence each'),
    figures: z.array(figure).default([]),
    ptv: ptvId.optional().describe('The organisation in Suomi.fi\'s service catalogue (PTV), where it is described there'),
    sources: sourceList,
    verified: isoDate.describe('When a person last checked this entry against its sources'),
  })
  .refine((actor) => actor.scope !== 'regional' || actor.regions !== undefined, {
    message: 'a regional actor needs regions: { wellbeingAreas: [...], employmentAreas: [...], municipalities: [...] }',
    path: ['regions'],
  })
  .refine((actor) => actor.historical !== undefined || (actor.historicalSince === undefined && actor.replacedBy.length === 0), {
    message: 'historicalSince and replacedBy are for actors of the past: add historical: abolished (or never-established), or remove them',
    path: ['historical'],
  });
export type Actor = z.output<typeof actorSchema>;
