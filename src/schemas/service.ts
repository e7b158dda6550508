import { z } from 'astro/zod';
import { actorRoles, permanences, serviceKinds } from './enums.ts';
import { figure, httpsUrl, isoDate, plainText, ptvId, regionRefs, slug, sourceList, status, years } from './shared.ts';

/** What an actor does for a service (see enums.ts). */
export const actorRole = z.enum(actorRoles);

/** A law (and sections) a service rests on, linked to its text on finlex.fi. */
export const legalBasisSchema = z.strictObject({
  law: plainText.describe('Name and number of the act, e.g. "Laki kuntouttavasta työtoiminnasta (189/2001)"'),
  sections: plainText.optional().describe('Sections, e.g. "3 §, 8 §"'),
  url: httpsUrl
    .refine((url) => /^https:\/\/(www\.)?finlex\.fi\//.test(url), {
      message: 'a law reference needs its finlex.fi address, e.g. https://finlex.fi/fi/laki/ajantasa/2001/20010189',
    })
    .describe('The act on finlex.fi'),
  read: isoDate.describe('The date a person read the law text'),
});
export type LegalBasis = z.output<typeof legalBasisSchema>;

/** How a client gets to the service. Every field is optional: write what the sources say. */
const referral = z.strictObject({
  whoDecides: plainText.optional().describe('The authority that grants the service, e.g. "hyvinvointialueen sosiaalityöntekijä"'),
  whoRefers: z.array(plainText).default([]).describe('Who refers, e.g. "työttömien terveydenhoitaja"'),
  prerequisites: z
    .array(plainText)
    .default([])
    .describe('What must be in place first, e.g. "ilmoittautuminen työnhakijaksi", "aktivointisuunnitelma", an age, a doctor\'s statement'),
  howToApply: plainText.optional().describe('Channel and form where the source names one'),
  clientReceives: plainText.optional().describe('What the client receives meanwhile: benefit, allowance, costs'),
  legalBasis: z.array(legalBasisSchema).default([]).describe('Laws and sections, each with its finlex.fi address'),
  lawVersion: plainText
    .optional()
    .describe('Which version of the law or which reform the route describes, e.g. "1.1.2025 voimaan tullut laki"'),
  consent: plainText.optional().describe('What consent is needed'),
  form: plainText.optional().describe('Form or channel, e.g. "yhteinen hakulomake"'),
  selfReferral: z.boolean().optional().describe('Can the client come on their own initiative?'),
  notes: plainText.optional().describe('What a professional should keep in mind when referring (shown last in the route section)'),
});
/** A service's referral route as code sees it (lists default to []). */
export type Referral = z.output<typeof referral>;

/** Languages a service or offering is given in, recorded only where a source says so. */
export const languageSchema = z.strictObject({
  codes: z.array(z.enum(['fi', 'sv', 'en', 'se', 'ru', 'ar', 'so', 'fa', 'uk', 'et'])).min(1).describe('ISO 639-1 codes'),
  sources: sourceList,
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
  languages: languageSchema.optional().describe('Languages this offering is given in, where a source says so'),
  sources: sourceList,
});
export type Offering = z.output<typeof offeringSchema>;

/** A service or operating model (palvelu / toimintamalli), incl. pilots and proposals. content/services/<id>.yaml or .md. */
export const serviceSchema = z.strictObject({
  name: plainText,
  kind: z.enum(serviceKinds),
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
  languages: languageSchema.optional().describe('Languages the service is given in, where a source says so'),
  coordinates: z
    .boolean()
    .default(false)
    .describe('true for a service that coordinates other services (a team, a coordinator, a multi-agency model): the search ranks it high only when the client situation asks for coordination'),
  replacedBy: z.array(slug).default([]).describe('For an ended project or service: ids of the services that replaced it, where a source says so'),
  permanence: z
    .enum(permanences)
    .optional()
    .describe('statutory = laid down in law; permanent = an established service; project = a project or pilot with years'),
  ptv: ptvId.optional().describe('The service in Suomi.fi\'s service catalogue (PTV), where it is described there'),
  sources: sourceList,
  verified: isoDate.describe('When a person last checked this entry against its sources'),
});
export type Service = z.output<typeof serviceSchema>;
