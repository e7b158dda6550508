/** A road between two cottages, drawn between the border points computed with the layout. */
import { BaseEdge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { RoadFlowEdge } from '@/lib/village/flow';

function RoadEdgeView({ data, markerEnd, sourceX, sourceY, targetX, targetY }: EdgeProps<RoadFlowEdge>) {
  const from = data?.from ?? { x: sourceX, y: sourceY };
  const to = data?.to ?? { x: targetX, y: targetY };
  return <BaseEdge path={`M${from.x},${from.y} L${to.x},${to.y}`} {...(markerEnd === undefined ? {} : { markerEnd })} />;
}

export const RoadEdge = memo(RoadEdgeView);
