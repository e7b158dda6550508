/**
 * Actors of the past (the TE offices abolished on 1.1.2025, the OTE-era maakunta that was never
 * established): what their pages say first, the short mark beside their names in lists, and the
 * split that keeps them out of the lists of actors working now.
 */
import type { ActorHistory } from '../../schemas/enums.ts';

/** What these functions read of an actor. */
export interface PastOrPresent {
  id: string;
  historical?: ActorHistory | undefined;
  historicalSince?: string | undefined;
  replacedBy?: readonly string[] | undefined;
}

/** The notice at the top of a past actor's page: what happened, since when, and who took over. */
export interface HistoryNotice {
  kind: ActorHistory;
  since?: string | undefined;
  replacedBy: readonly string[];
}

/** For an actor of the past, what its page says first; undefined for one that acts now. */
export function historyNotice(actor: PastOrPresent): HistoryNotice | undefined {
  if (actor.historical === undefined) return undefined;
  return { kind: actor.historical, since: actor.historicalSince, replacedBy: actor.replacedBy ?? [] };
}

/** True for an actor that acts now (not abolished, not a plan that was never carried out). */
export function actsNow(actor: PastOrPresent): boolean {
  return actor.historical === undefined;
}

/** Items split into those whose actor acts now and those of the past, each in the given order. */
export function splitByHistory<T>(items: readonly T[], actorOf: (item: T) => PastOrPresent): { present: T[]; past: T[] } {
  const present: T[] = [];
  const past: T[] = [];
  for (const item of items) (actsNow(actorOf(item)) ? present : past).push(item);
  return { present, past };
}
