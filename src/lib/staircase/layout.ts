/**
 * The staircase view (/portaat/) as pure data: which services and criteria sit on each step, and
 * the geometry of the stairs drawn as SVG. d3-scale and d3-shape do the maths; components only
 * render <rect>, <path> and <text> from what these functions return.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { wrapLabel } from '../text/wrap-label.ts';

/* ------------------------------------------------------------------ content: steps and their links */

interface LadderLike {
  id: string;
  title: string;
  levels: readonly { id: string; name: string }[];
}
interface ServiceLike {
  id: string;
  name: string;
  staircaseLevels: readonly string[];
}
interface CriteriaLike {
  id: string;
  title: string;
  appliesTo: readonly string[];
}

/** One step of a ladder with what points at it. */
export interface StepLinks {
  id: string;
  name: string;
  /** 1 = the bottom step (most support). */
  step: number;
  of: number;
  services: { id: string; name: string }[];
  /** Criteria lists that apply to at least one of the step's services, with those services. */
  criteria: { id: string; title: string; services: string[] }[];
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'fi');

/**
 * The steps of one ladder, bottom first, each with the services whose `staircaseLevels` name it
 * and the criteria lists whose `appliesTo` names one of those services.
 */
export function ladderSteps(
  ladder: LadderLike,
  services: readonly ServiceLike[],
  criteria: readonly CriteriaLike[],
): StepLinks[] {
  const of = ladder.levels.length;
  return ladder.levels.map((level, index) => {
    const onStep = services
      .filter((service) => service.staircaseLevels.includes(level.id))
      .map((service) => ({ id: service.id, name: service.name }))
      .sort(byName);
    const ids = new Set(onStep.map((service) => service.id));
    const lists = criteria
      .map((list) => ({ id: list.id, title: list.title, services: list.appliesTo.filter((id) => ids.has(id)) }))
      .filter((list) => list.services.length > 0)
      .sort((a, b) => a.title.localeCompare(b.title, 'fi'));
    return { id: level.id, name: level.name, step: index + 1, of, services: onStep, criteria: lists };
  });
}

/* ------------------------------------------------------------------ geometry */

/** Sizes in SVG user units; the SVG scales with its viewBox. */
export interface StairOptions {
  width: number;
  /** Horizontal setback of each step from the one below. */
  maxRun: number;
  fontSize: number;
  /** Average glyph width as a share of the font size (for wrapping without measuring). */
  charWidth: number;
  lineHeight: number;
  /** Height reserved under the name for the second line of small text (the service count). */
  countHeight: number;
  padding: number;
  /** At most this many lines of the name; the rest is cut with an ellipsis. */
  maxLines: number;
  /** Room kept free at the right end of each step for its number. */
  numberWidth: number;
}

export const defaultStairOptions: StairOptions = {
  width: 360,
  maxRun: 36,
  fontSize: 15,
  charWidth: 0.58,
  lineHeight: 18,
  countHeight: 17,
  padding: 8,
  maxLines: 3,
  numberWidth: 22,
};

/** One step drawn as a block: its tread is the top edge, its label sits inside. */
export interface StepShape {
  id: string;
  /** 0 = bottom. */
  index: number;
  x: number;
  y: number;
  width: number;
  height: number;
  labelX: number;
  /** Baselines of the name's lines. */
  lineYs: number[];
  lines: string[];
  countY: number;
}

export interface StairGeometry {
  width: number;
  height: number;
  steps: StepShape[];
  /** The stairs' silhouette (the climbing profile), as an SVG path. */
  outline: string;
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Stairs climbing from bottom left to top right. Step i is a block from its setback x_i to the
 * right edge, one row high; the top level is the narrowest block at the top. Every row gets the
 * height the longest wrapped name needs, so the stairs stay even.
 */
export function layoutStairs(levels: readonly { id: string; name: string }[], options: Partial<StairOptions> = {}): StairGeometry {
  const o = { ...defaultStairOptions, ...options };
  const n = levels.length;
  if (n === 0) return { width: o.width, height: 0, steps: [], outline: '' };
  // Leave at least 65 % of the width for the top step's label.
  const run = n > 1 ? Math.min(o.maxRun, (o.width * 0.35) / (n - 1)) : 0;
  const x = scaleLinear().domain([0, Math.max(1, n - 1)]).range([0, run * Math.max(1, n - 1)]);
  const maxChars = (index: number) => Math.max(8, Math.floor((o.width - x(index) - 2 * o.padding - o.numberWidth) / (o.fontSize * o.charWidth)));
  const wrapped = levels.map((level, index) => wrapLabel(level.name, maxChars(index), o.maxLines));
  const lineCount = Math.max(...wrapped.map((lines) => lines.length));
  const rowHeight = 2 * o.padding + lineCount * o.lineHeight + o.countHeight;
  const height = n * rowHeight;
  // Rows top to bottom: the top level first.
  const y = scaleBand<number>()
    .domain(levels.map((_, index) => n - 1 - index))
    .range([0, height]);
  const steps: StepShape[] = levels.map((level, index) => {
    const top = y(index) ?? 0;
    const left = x(index);
    const lines = wrapped[index] ?? [];
    const firstBaseline = top + o.padding + o.fontSize;
    return {
      id: level.id,
      index,
      x: round(left),
      y: round(top),
      width: round(o.width - left),
      height: round(y.bandwidth()),
      labelX: round(left + o.padding),
      lineYs: lines.map((_, line) => round(firstBaseline + line * o.lineHeight)),
      lines,
      countY: round(firstBaseline + lines.length * o.lineHeight),
    };
  });
  // The climbing profile: up the left edge of each step and along its tread, then down the right side.
  const points: [number, number][] = [];
  for (const step of steps) points.push([step.x, step.y + step.height], [step.x, step.y]);
  const topStep = steps[n - 1];
  points.push([o.width, topStep?.y ?? 0], [o.width, height]);
  const outline = `${line()(points.map(([px, py]) => [round(px), round(py)] as [number, number])) ?? ''}Z`;
  return { width: o.width, height, steps, outline };
}

/** A tiny stair pictogram (service pages): n equal steps, the chosen one marked. */
export interface Pictogram {
  width: number;
  height: number;
  steps: { x: number; y: number; width: number; height: number; current: boolean }[];
}

export function stairPictogram(count: number, current: number, size = { width: 96, height: 48 }): Pictogram {
  if (count <= 0) return { ...size, steps: [] };
  const x = scaleBand<number>().domain(Array.from({ length: count }, (_, i) => i)).range([0, size.width]);
  const h = scaleLinear().domain([0, count]).range([0, size.height]);
  return {
    ...size,
    steps: Array.from({ length: count }, (_, i) => ({
      x: round(x(i) ?? 0),
      y: round(size.height - h(i + 1)),
      width: round(x.bandwidth()),
      height: round(h(i + 1)),
      current: i + 1 === current,
    })),
  };
}
