/**
 * The overlap matrix island: wellbeing areas (rows) × employment areas (columns). Every position is
 * computed at build time (src/lib/regions/matrix.ts); here only focus and hover state live. Cells
 * are links to the employment area's page; one of them is in the tab order (roving tabindex) and
 * the arrow keys, Home and End move between the non-empty cells. Hover or focus shows the cell's
 * areas and shared municipalities in the details panel.
 */
import { regionsText } from '@/i18n/islands/regions';
import { useRef, useState, type KeyboardEvent } from 'react';
import { withIslandBoundary } from '@/components/ui/IslandErrorBoundary';
import { nextCell, type Direction } from '@/lib/regions/matrix-nav';
import './OverlapMatrix.css';

const { t } = regionsText;

export interface MatrixProps {
  width: number;
  height: number;
  cellSize: number;
  left: number;
  top: number;
  rows: { id: string; label: string; y: number }[];
  columns: { id: string; label: string; x: number }[];
  cells: { row: number; column: number; x: number; y: number; opacity: number; dark: boolean; names: string[]; href: string }[];
  /** id of the equivalent table, target of the skip link. */
  tableId: string;
}

const KEYS: Record<string, Direction> = {
  ArrowRight: 'right',
  ArrowLeft: 'left',
  ArrowUp: 'up',
  ArrowDown: 'down',
  Home: 'first',
  End: 'last',
};

function OverlapMatrix(props: MatrixProps) {
  const { width, height, cellSize, left, top, rows, columns, cells, tableId } = props;
  const [active, setActive] = useState(-1);
  const [tabStop, setTabStop] = useState(0);
  const links = useRef<(HTMLOrSVGElement | null)[]>([]);

  const label = (index: number) => {
    const cell = cells[index]!;
    return t('regions.matrix.cellLabel', { wellbeing: rows[cell.row]!.label, employment: columns[cell.column]!.label, count: cell.names.length });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const direction = KEYS[event.key];
    if (direction === undefined) return;
    event.preventDefault();
    const next = nextCell(cells, tabStop, direction);
    setTabStop(next);
    setActive(next);
    links.current[next]?.focus();
  };
  const current = active >= 0 ? cells[active] : undefined;
  const gridRight = left + cellSize * columns.length;
  const gridBottom = top + cellSize * rows.length;

  return (
    <div className="matrix">
      <a className="matrix__skip" href={`#${tableId}`}>{t('regions.matrix.skip')}</a>
      <p id="matrix-instructions" className="small muted">{t('regions.matrix.instructions')}</p>
      <div className="matrix__scroll">
        <svg
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          role="group"
          aria-labelledby="matrix-title"
          aria-describedby="matrix-desc matrix-instructions"
          onKeyDown={onKeyDown}
        >
          <title id="matrix-title">{t('regions.matrix.title')}</title>
          <desc id="matrix-desc">{t('regions.matrix.desc', { rows: rows.length, columns: columns.length })}</desc>
          <g aria-hidden="true">
            <rect x={left} y={top} width={gridRight - left} height={gridBottom - top} className="matrix__grid" />
            {current && (
              <>
                <rect x={left} y={current.y} width={gridRight - left} height={cellSize} className="matrix__band" />
                <rect x={current.x} y={top} width={cellSize} height={gridBottom - top} className="matrix__band" />
              </>
            )}
            {rows.map((row, index) => (
              <text
                key={row.id}
                x={left - 6}
                y={row.y + cellSize / 2}
                textAnchor="end"
                dominantBaseline="central"
                className={current?.row === index ? 'matrix__label matrix__label--active' : 'matrix__label'}
              >
                {row.label}
              </text>
            ))}
            {columns.map((column, index) => (
              <text
                key={column.id}
                transform={`translate(${column.x + cellSize / 2},${top - 6}) rotate(-90)`}
                dominantBaseline="central"
                className={current?.column === index ? 'matrix__label matrix__label--active' : 'matrix__label'}
              >
                {column.label}
              </text>
            ))}
          </g>
          <g>
            {cells.map((cell, index) => (
              <a
                key={`${cell.row}-${cell.column}`}
                href={cell.href}
                ref={(element) => {
                  links.current[index] = element;
                }}
                tabIndex={index === tabStop ? 0 : -1}
                aria-label={label(index)}
                className="matrix__cell"
                onFocus={() => {
                  setActive(index);
                  setTabStop(index);
                }}
                onMouseEnter={() => setActive(index)}
              >
                <rect x={cell.x + 1} y={cell.y + 1} width={cellSize - 2} height={cellSize - 2} fillOpacity={cell.opacity} />
                <text
                  x={cell.x + cellSize / 2}
                  y={cell.y + cellSize / 2}
                  textAnchor="middle"
                  dominantBaseline="central"
                  className={cell.dark ? 'matrix__count matrix__count--light' : 'matrix__count'}
                  aria-hidden="true"
                >
                  {cell.names.length}
                </text>
              </a>
            ))}
          </g>
        </svg>
      </div>
      <div className="matrix__details" aria-live="polite" data-testid="matrix-details">
        <p className="matrix__details-heading">{t('regions.matrix.details')}</p>
        {current ? (
          <p>
            <strong>
              {t('regions.matrix.detailsText', {
                wellbeing: rows[current.row]!.label,
                employment: columns[current.column]!.label,
                count: current.names.length,
              })}
            </strong>
            <br />
            {current.names.join(', ')}
          </p>
        ) : (
          <p className="muted">{t('regions.matrix.detailsEmpty')}</p>
        )}
      </div>
    </div>
  );
}

/** The island as pages use it: behind an error boundary, so a failure leaves the rest of the page working. */
export default withIslandBoundary(OverlapMatrix);
