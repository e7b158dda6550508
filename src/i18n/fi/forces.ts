/**
 * Labels of a criteria item's force, a share of the catalogue's strings (catalog.ts spreads them): the
 * referral island shows these and no other catalogue label, so it imports this alone (../islands.md).
 */
export const forces = {
  'force.required': 'Edellytys',
  'force.preferred': 'Puoltaa',
  'force.excludes': 'Ei sovi',
} as const;
