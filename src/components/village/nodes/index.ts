/** The map's node registry: one module-level object, so React Flow never sees a new nodeTypes. */
import type { NodeTypes } from '@xyflow/react';
import { CottageNode } from './CottageNode';
import { NeighbourhoodNode } from './NeighbourhoodNode';
import { SquareNode } from './SquareNode';

export const nodeTypes = {
  cottage: CottageNode,
  square: SquareNode,
  neighbourhood: NeighbourhoodNode,
} satisfies NodeTypes;
