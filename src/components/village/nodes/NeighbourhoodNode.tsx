/**
 * A neighbourhood: in the detailed village a tinted block with its name (and count) in large type
 * beneath its cottages; in the folded village a card with the name and the count of cottages that
 * opens the neighbourhood.
 */
import { villageText, type VillageKey } from '@/i18n/islands/village';
import type { NodeProps } from '@xyflow/react';
import { memo, type CSSProperties } from 'react';
import { CARD, LABEL_LINE, type NeighbourhoodFlowNode } from '@/lib/village/flow';
import { useVillage } from '../village-context';

const { t } = villageText;

function NeighbourhoodNodeView({ data, width, height }: NodeProps<NeighbourhoodFlowNode>) {
  const { openNeighbourhood } = useVillage();
  const name = t(`village.neighbourhood.${data.neighbourhood}` as VillageKey);
  const count = t('village.cottageCount', { count: data.count });
  const style = { width, height, '--hood': `var(--hood-${data.neighbourhood})` } as CSSProperties;
  if (data.folded) {
    return (
      <div className="neighbourhood neighbourhood--card" style={style}>
        <button
          type="button"
          className="neighbourhood__open nodrag nopan"
          style={{ fontSize: CARD.font }}
          onClick={() => openNeighbourhood(data.neighbourhood)}
        >
          <span className="neighbourhood__name">{name}</span>
          <span className="neighbourhood__count">{count}</span>
          <span className="visually-hidden">. {t('village.openNeighbourhood')}</span>
        </button>
      </div>
    );
  }
  const { label } = data;
  return (
    <div className={`neighbourhood neighbourhood--${data.side}`} style={style}>
      <p
        className="neighbourhood__label"
        style={{ left: label.x, top: label.y, width: label.width, height: label.height, fontSize: data.labelFont, lineHeight: LABEL_LINE }}
      >
        <span className="neighbourhood__text">
          {name} <span className="neighbourhood__count">({data.count})</span>
        </span>
      </p>
    </div>
  );
}

export const NeighbourhoodNode = memo(NeighbourhoodNodeView);
