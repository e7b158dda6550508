/**
 * An actor as a cottage: a roof in the kind's colour, the name (two or three lines, the whole
 * name in the tooltip and the panel) and, where the layout gave it room, the number of services it
 * holds ("3 palvelua"). Choosing it opens its services and roads in the panel.
 */
import { villageText } from '@/i18n/islands/village';
import { Handle, Position, useReactFlow, type NodeProps } from '@xyflow/react';
import { memo, type CSSProperties, type FocusEvent } from 'react';
import { COUNT_FONT, COUNT_LINE, HANDLE_SOURCE, HANDLE_TARGET, NAME_FONT, READABLE_ZOOM, type CottageFlowNode } from '@/lib/village/flow';
import { hyphenateFinnish } from '@/lib/text/hyphenate';
import { servicesText } from '../services-text';
import { useVillage } from '../village-context';

const { label, t } = villageText;

function CottageNodeView({ data, positionAbsoluteX, positionAbsoluteY, width, height }: NodeProps<CottageFlowNode>) {
  const { highlight, filtering, selected, open } = useVillage();
  const { setCenter, getZoom } = useReactFlow();
  const w = width ?? 0;
  const h = height ?? 0;
  const { lines } = data;
  const services = data.services.length;
  const count = servicesText(services);

  // Keyboard users tabbing through the village: bring the focused cottage into view, readable.
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    if (!(event.target instanceof HTMLElement) || !event.target.matches(':focus-visible')) return;
    void setCenter(positionAbsoluteX + w / 2, positionAbsoluteY + h / 2, { zoom: Math.max(getZoom(), READABLE_ZOOM * 1.2) });
  };

  const matches = filtering ? data.services.filter((chip) => highlight.has(chip.id)).length : 0;
  const isOpen = selected?.kind === 'actor' && selected.id === data.actorId;
  const past = data.historical === undefined ? '' : ` (${t(`village.history.${data.historical}`)})`;
  return (
    <div
      className={`cottage${matches > 0 ? ' cottage--match' : ''}${filtering && matches === 0 ? ' cottage--plain' : ''}${data.historical === undefined ? '' : ' cottage--past'}`}
      style={{ width: w, height: h, '--kind': `var(--kind-${data.actorKind})`, '--lines': lines, fontSize: NAME_FONT } as CSSProperties}
      onFocus={onFocus}
    >
      <svg className="cottage__roof" aria-hidden="true" focusable="false" viewBox="0 0 100 8" preserveAspectRatio="none">
        <path d="M0 8 L50 0 L100 8Z" />
      </svg>
      <button
        type="button"
        className={`cottage__name nodrag nopan${isOpen ? ' is-open' : ''}`}
        aria-current={isOpen ? true : undefined}
        title={`${data.name}${past} · ${label('actorKind', data.actorKind)}`}
        onClick={() => open({ kind: 'actor', id: data.actorId })}
      >
        <span>
          {matches > 0 && <span aria-hidden="true">✓ </span>}
          {hyphenateFinnish(data.name)}
        </span>
        {data.countLine && (
          <span className="cottage__count" aria-hidden="true" style={{ fontSize: COUNT_FONT, lineHeight: `${COUNT_LINE}px` }}>
            {count}
          </span>
        )}
        <span className="visually-hidden">
          {past}, {label('actorKind', data.actorKind)}, {count}
          {matches > 0 && ` ${t('village.matchesGroup')}`}
        </span>
      </button>
      <Handle type="source" id={HANDLE_SOURCE} position={Position.Top} isConnectable={false} className="centre-handle" />
      <Handle type="target" id={HANDLE_TARGET} position={Position.Top} isConnectable={false} className="centre-handle" />
    </div>
  );
}

export const CottageNode = memo(CottageNodeView);
