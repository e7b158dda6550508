/** Keyboard movement in the overlap matrix; separate from the layout so the island ships no d3. */

/** The position of a non-empty cell. */
export interface GridCell {
  row: number;
  column: number;
}

export type Direction = 'up' | 'down' | 'left' | 'right' | 'first' | 'last';

/**
 * The cell keyboard focus moves to: the nearest non-empty cell in that direction (along the row
 * or column first, then the closest one beyond it), or the same cell at an edge.
 */
export function nextCell(cells: readonly GridCell[], current: number, direction: Direction): number {
  if (cells.length === 0) return -1;
  if (direction === 'first') return 0;
  if (direction === 'last') return cells.length - 1;
  const from = cells[current];
  if (from === undefined) return 0;
  const horizontal = direction === 'left' || direction === 'right';
  const sign = direction === 'right' || direction === 'down' ? 1 : -1;
  let best = current;
  let bestScore = Number.POSITIVE_INFINITY;
  cells.forEach((cell, index) => {
    const along = horizontal ? (cell.column - from.column) * sign : (cell.row - from.row) * sign;
    const across = horizontal ? Math.abs(cell.row - from.row) : Math.abs(cell.column - from.column);
    if (along <= 0) return;
    const score = across * 1000 + along;
    if (score < bestScore) {
      bestScore = score;
      best = index;
    }
  });
  return best;
}
