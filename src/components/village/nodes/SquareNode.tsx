/** The village square: the client in the middle of the village. */
import { villageText } from '@/i18n/islands/village';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { HANDLE_SOURCE, HANDLE_TARGET, type SquareFlowNode } from '@/lib/village/flow';

const { t } = villageText;

function SquareNodeView({ width, height }: NodeProps<SquareFlowNode>) {
  return (
    <div className="square" style={{ width, height }} title={t('village.squareText')}>
      <svg aria-hidden="true" focusable="false" width="26" height="26" viewBox="0 0 16 16">
        <path fill="currentColor" d="M8 1a3 3 0 1 1 0 6 3 3 0 0 1 0-6zM2 15c0-3.3 2.7-6 6-6s6 2.7 6 6z" />
      </svg>
      <p className="square__title">{t('village.client')}</p>
      <Handle type="source" id={HANDLE_SOURCE} position={Position.Top} isConnectable={false} className="centre-handle" />
      <Handle type="target" id={HANDLE_TARGET} position={Position.Top} isConnectable={false} className="centre-handle" />
    </div>
  );
}

export const SquareNode = memo(SquareNodeView);
