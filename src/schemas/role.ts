import { z } from 'astro/zod';
import { actorKind } from './actor.ts';
import { isoDate, plainText, slug, sourceList } from './shared.ts';

/** A professional role (työkykykoordinaattori, työhönvalmentaja…). content/roles/<id>.yaml. */
export const roleSchema = z.strictObject({
  name: plainText.describe('Finnish name of the role'),
  actorKinds: z.array(actorKind).min(1).describe('Kinds of actor the role appears in'),
  actors: z.array(slug).default([]).describe('Ids of specific actors the sources place the role in'),
  summary: plainText.describe('What the role does, one or two sentences'),
  tasks: z.array(plainText).default([]),
  sources: sourceList,
  verified: isoDate.describe('When a person last checked this entry against its sources'),
});
export type Role = z.output<typeof roleSchema>;
