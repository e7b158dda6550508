/** The map's edge registry (module-level, like nodeTypes). */
import type { EdgeTypes } from '@xyflow/react';
import { RoadEdge } from './RoadEdge';

export const edgeTypes = { road: RoadEdge } satisfies EdgeTypes;
