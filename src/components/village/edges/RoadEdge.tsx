/** A road along the streets: the path routed with the layout (src/lib/village/roads.ts), corners rounded. */
import { BaseEdge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { roundedPath } from '@/lib/village/roads';
import type { RoadFlowEdge } from '@/lib/village/flow';

function RoadEdgeView({ data, markerEnd, sourceX, sourceY, targetX, targetY }: EdgeProps<RoadFlowEdge>) {
  const points = data?.points ?? [
    { x: sourceX, y: sourceY },
    { x: targetX, y: targetY },
  ];
  return <BaseEdge path={roundedPath(points, 10)} {...(markerEnd === undefined ? {} : { markerEnd })} />;
}

export const RoadEdge = memo(RoadEdgeView);
