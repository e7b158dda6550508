/**
 * Issue "Ohjautuminen 2": the finder and the search offer a service for a client situation only
 * through its criteria. A client service with no "who is it for" list can be found by its words
 * alone, and a description in everyday words misses it. So every service (kind `service`) whose
 * target groups include clients, and that is offered today (not ended, not a proposal), has a
 * referral guideline that points at least one item at a client situation. Services for
 * professionals or employers only are exempt: no client situation describes them.
 *
 * When a service fails here, write its criteria from sources (content/criteria/<id>-kenelle.yaml).
 */
import { describe, expect, test } from 'vitest';
import { contentStrings } from './content-strings.ts';

/** Target groups that are not clients: a service only for them is not offered for a client situation. */
const NOT_CLIENTS = new Set(['ammattilaiset', 'tyonantajat']);

const { entries } = contentStrings().check;
const clientServices = [...entries.services.values()]
  .filter((entry) => entry.data.kind === 'service' && entry.data.status !== 'ended' && entry.data.status !== 'proposal')
  .filter((entry) => entry.data.targetGroups.some((group) => !NOT_CLIENTS.has(group)))
  .map((entry) => entry.id);
const guidelines = [...entries.criteria.values()].filter((entry) => entry.data.kind === 'referral-guideline');

describe('every client service is reachable from a client situation', () => {
  test('there are client services to check', () => {
    expect(clientServices.length).toBeGreaterThan(30);
  });

  test.each(clientServices)('%s has a referral guideline pointing at a situation', (id) => {
    const lists = guidelines.filter((entry) => entry.data.appliesTo.includes(id));
    const situations = lists.flatMap((entry) => entry.data.items.flatMap((item) => item.situations));
    expect(situations.length, `no content/criteria list with appliesTo: [${id}] names a situation`).toBeGreaterThan(0);
  });
});
