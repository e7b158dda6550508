import { z } from 'astro/zod';
import { figure, isoDate, plainText, regionRefs, slug, sourceList, status, years } from './shared.ts';

/** What an actor does for a service: organiser (järjestäjä), producer (tuottaja), referrer (ohjaava taho), partner. */
export const actorRole = z.enum(['organiser', 'producer', 'referrer', 'partner']);

/** How a client gets to the service. Every field is optional: write what the sources say. */
const referral = z.strictObject({
  whoRefers: z.array(plainText).default([]).describe('Who refers, e.g. "työttömien terveydenhoitaja"'),
  consent: plainText.optional().describe('What consent is needed'),
  form: plainText.optional().describe('Form or channel, e.g. "yhteinen hakulomake"'),
  selfReferral: z.boolean().optional().describe('Can the client come on their own initiative?'),
  notes: plainText.optional(),
});

/**
 * Where and by whom the service actually runs (one regional implementation, like a PTV channel).
 * The coverage table of /alueet/ is built from these.
 */
export const offeringSchema = z.strictObject({
  id: slug.describe('Unique within the service, e.g. "siun-sote"'),
  name: plainText.optional().describe('Local name, if it has one'),
  provider: slug.describe('Actor id of the provider'),
  regions: regionRefs,
  status,
  years: years.optional(),
  notes: plainText.optional().describe('Local referral notes and details'),
  figures: z.array(figure).default([]),
  sources: sourceList,
});
export type Offering = z.output<typeof offeringSchema>;

/** A service or operating model (palvelu / toimintamalli), incl. pilots and proposals. content/services/<id>.yaml or .md. */
export const serviceSchema = z.strictObject({
  name: plainText,
  kind: z.enum(['service', 'operating-model', 'programme', 'project']),
  status,
  years: years.optional(),
  summary: plainText.describe('What it is, one or two sentences, client first'),
  description: z.array(plainText).default([]).describe('Paragraphs of plain Finnish'),
  targetGroups: z.array(slug).default([]).describe('Ids in content/target-groups.yaml'),
  actors: z
    .array(z.strictObject({ actor: slug, role: actorRole, note: plainText.optional() }))
    .default([])
    .describe('Who organises, produces or refers'),
  roles: z.array(slug).default([]).describe('Ids of professional roles involved'),
  referral: referral.optional(),
  cost: plainText.optional().describe('Cost to the client, where stated'),
  duration: plainText.optional().describe('How long it lasts, where stated'),
  staircaseLevels: z.array(slug).default([]).describe('Ids of staircase levels the service sits on'),
  related: z.array(slug).default([]).describe('Ids of related services'),
  regions: regionRefs.prefault('national').describe('Where the service is available; detail goes in offerings'),
  offerings: z.array(offeringSchema).default([]),
  figures: z.array(figure).default([]),
  keywords: z.array(plainText).default([]).describe('Extra words professionals search with'),
  sources: sourceList,
  verified: isoDate.describe('When a person last checked this entry against its sources'),
});
export type Service = z.output<typeof serviceSchema>;
