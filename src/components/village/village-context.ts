/**
 * What the map's nodes need from the island: which services to highlight and how to open an item
 * or a neighbourhood. One context value per island (created in VillageMap), not a module singleton.
 */
import { createContext, useContext } from 'react';
import type { Neighbourhood } from '@/lib/village/graph';

/** The item whose details the panel shows. */
export type Selection = { kind: 'actor'; id: string } | { kind: 'service'; id: string };

export interface VillageContextValue {
  /** Ids of services that serve the chosen target group (empty: no highlight). */
  highlight: ReadonlySet<string>;
  /** Whether a target group is chosen at all (cottages without its services are then shown plainer). */
  filtering: boolean;
  selected: Selection | null;
  open: (selection: Selection) => void;
  /** Shows a neighbourhood's cottages (from the folded village). */
  openNeighbourhood: (id: Neighbourhood) => void;
}

export const VillageContext = createContext<VillageContextValue | null>(null);

export function useVillage(): VillageContextValue {
  const value = useContext(VillageContext);
  if (value === null) throw new Error('map nodes must be rendered inside VillageMap');
  return value;
}
