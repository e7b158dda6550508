/**
 * What the map's nodes need from the island: which services to highlight and how to open an item.
 * One context value per island (created in VillageMap), not a module singleton.
 */
import { createContext, useContext } from 'react';

/** The item whose details the panel shows. */
export type Selection = { kind: 'actor'; id: string } | { kind: 'service'; id: string };

export interface VillageContextValue {
  /** Ids of services that serve the chosen target group (empty: no highlight). */
  highlight: ReadonlySet<string>;
  /** Whether a target group is chosen at all (chips that do not match are then shown plainer). */
  filtering: boolean;
  selected: Selection | null;
  open: (selection: Selection) => void;
}

export const VillageContext = createContext<VillageContextValue | null>(null);

export function useVillage(): VillageContextValue {
  const value = useContext(VillageContext);
  if (value === null) throw new Error('map nodes must be rendered inside VillageMap');
  return value;
}
