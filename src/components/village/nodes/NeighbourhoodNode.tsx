/** A neighbourhood: a named frame beneath its cottages. */
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { t, type UiKey } from '@/i18n/ui';
import type { NeighbourhoodFlowNode } from '@/lib/village/flow';

function NeighbourhoodNodeView({ data, width, height }: NodeProps<NeighbourhoodFlowNode>) {
  return (
    <div className={`neighbourhood neighbourhood--${data.neighbourhood}`} style={{ width, height }}>
      <p className="neighbourhood__name">{t(`village.neighbourhood.${data.neighbourhood}` as UiKey)}</p>
    </div>
  );
}

export const NeighbourhoodNode = memo(NeighbourhoodNodeView);
