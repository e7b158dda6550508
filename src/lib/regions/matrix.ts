/**
 * Geometry and keyboard movement of the overlap matrix (wellbeing areas × employment areas).
 * d3-scale does the maths; the island draws <rect>s from what this returns.
 */
import { scaleBand, scaleThreshold } from 'd3-scale';
import type { RegionStructure } from './structure.ts';

export interface MatrixCell {
  row: number;
  column: number;
  /** Shared municipality codes. */
  shared: string[];
}

export interface MatrixData {
  rows: string[];
  columns: string[];
  /** Only the non-empty cells, row by row, left to right. */
  cells: MatrixCell[];
}

/** The non-empty cells of the matrix in the given row and column order. */
export function matrixCells(structure: RegionStructure, order: { rows: string[]; columns: string[] }): MatrixData {
  const rowIndex = new Map(order.rows.map((id, index) => [id, index]));
  const columnIndex = new Map(order.columns.map((id, index) => [id, index]));
  const cells = structure.wellbeing.flatMap((area) =>
    area.partners.map((p) => ({ row: rowIndex.get(area.id) ?? -1, column: columnIndex.get(p.id) ?? -1, shared: p.shared })),
  );
  cells.sort((a, b) => a.row - b.row || a.column - b.column);
  return { rows: order.rows, columns: order.columns, cells };
}

export interface MatrixLayout {
  width: number;
  height: number;
  cellSize: number;
  /** Left edge of the grid (room for row labels) and top edge (room for column labels). */
  left: number;
  top: number;
  x: (column: number) => number;
  y: (row: number) => number;
  /** Fill opacity of a cell by its count of shared municipalities. */
  intensity: (count: number) => number;
}

export function matrixLayout(
  data: MatrixData,
  { cellSize = 20, left = 190, top = 170 }: { cellSize?: number; left?: number; top?: number } = {},
): MatrixLayout {
  const x = scaleBand<number>().domain(data.columns.map((_, i) => i)).range([left, left + cellSize * data.columns.length]);
  const y = scaleBand<number>().domain(data.rows.map((_, i) => i)).range([top, top + cellSize * data.rows.length]);
  // Four steps, not a continuous ramp, so the count printed in a cell always has AA contrast:
  // dark text on the two light steps, white text on the two dark ones (see darkCell).
  const intensity = scaleThreshold<number, number>().domain([2, 4, 8]).range([0.3, 0.5, 0.8, 1]);
  return {
    width: left + cellSize * data.columns.length + 4,
    height: top + cellSize * data.rows.length + 4,
    cellSize,
    left,
    top,
    x: (column) => x(column) ?? left,
    y: (row) => y(row) ?? top,
    intensity: (count) => intensity(count),
  };
}

/** True when a cell of this intensity is dark enough for white text. */
export const darkCell = (intensity: number): boolean => intensity >= 0.8;

export { nextCell, type Direction } from './matrix-nav.ts';
