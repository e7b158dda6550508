/** An actor as a cottage: a roof in the kind's colour, the kind as icon and text, its services as chips. */
import { Handle, Position, useReactFlow, type NodeProps } from '@xyflow/react';
import { memo, type CSSProperties, type FocusEvent } from 'react';
import { label, t } from '@/i18n/ui';
import { COTTAGE, HANDLE_SOURCE, HANDLE_TARGET, type CottageFlowNode } from '@/lib/village/flow';
import { KindIcon } from '../KindIcon';
import { useVillage } from '../village-context';

function CottageNodeView({ data, positionAbsoluteX, positionAbsoluteY, width, height }: NodeProps<CottageFlowNode>) {
  const { highlight, filtering, selected, open } = useVillage();
  const { setCenter, getZoom } = useReactFlow();
  const shown = data.services.slice(0, COTTAGE.maxChips);
  const more = data.services.length - shown.length;
  const w = width ?? COTTAGE.width;
  const h = height ?? 0;

  // Keyboard users tabbing through the village: bring the focused cottage into view.
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    if (!(event.target instanceof HTMLElement) || !event.target.matches(':focus-visible')) return;
    void setCenter(positionAbsoluteX + w / 2, positionAbsoluteY + h / 2, { zoom: Math.max(getZoom(), 0.8) });
  };

  const actorOpen = selected?.kind === 'actor' && selected.id === data.actorId;
  return (
    <div
      className="cottage"
      style={{ width: w, height: h, '--kind': `var(--kind-${data.actorKind})` } as CSSProperties}
      onFocus={onFocus}
    >
      <svg className="cottage__roof" aria-hidden="true" focusable="false" viewBox={`0 0 ${COTTAGE.width} ${COTTAGE.roof}`} preserveAspectRatio="none">
        <path d={`M0 ${COTTAGE.roof} L${COTTAGE.width / 2} 2 L${COTTAGE.width} ${COTTAGE.roof}Z`} />
      </svg>
      <div className="cottage__body">
        <button
          type="button"
          className={`cottage__name nodrag nopan${actorOpen ? ' is-open' : ''}`}
          aria-current={actorOpen ? true : undefined}
          onClick={() => open({ kind: 'actor', id: data.actorId })}
        >
          <span>{data.name}</span>
        </button>
        <p className="cottage__kind">
          <KindIcon kind={data.actorKind} />
          <span>{label('actorKind', data.actorKind)}</span>
        </p>
        {shown.length > 0 && (
          <ul className="cottage__chips">
            {shown.map((chip) => {
              const match = filtering && highlight.has(chip.id);
              const isOpen = selected?.kind === 'service' && selected.id === chip.id;
              return (
                <li key={chip.id}>
                  <button
                    type="button"
                    className={`chip nodrag nopan${match ? ' chip--match' : ''}${filtering && !match ? ' chip--plain' : ''}${isOpen ? ' is-open' : ''}`}
                    aria-current={isOpen ? true : undefined}
                    data-service={chip.id}
                    onClick={() => open({ kind: 'service', id: chip.id })}
                  >
                    {match && <span aria-hidden="true">✓ </span>}
                    {chip.name}
                    {match && <span className="visually-hidden"> {t('village.matchesGroup')}</span>}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        {more > 0 && (
          <button type="button" className="cottage__more nodrag nopan" onClick={() => open({ kind: 'actor', id: data.actorId })}>
            {t('village.moreServices', { count: more })}
          </button>
        )}
      </div>
      <Handle type="source" id={HANDLE_SOURCE} position={Position.Top} isConnectable={false} className="centre-handle" />
      <Handle type="target" id={HANDLE_TARGET} position={Position.Top} isConnectable={false} className="centre-handle" />
    </div>
  );
}

export const CottageNode = memo(CottageNodeView);
