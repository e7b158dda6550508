/**
 * Pathway diagrams: which step follows which, and where each box and arrow goes.
 *
 * Steps flow top to bottom. A step's rank (row) is its longest distance from the start along
 * forward transitions; a branch opens a new lane (column) to the right, and the first transition
 * keeps its parent's lane, so the main path stays a straight column. Transitions back to an earlier
 * step (a loop, e.g. "next module") are drawn round the right-hand side.
 *
 * Pure and deterministic: coordinates depend only on the steps and their order.
 */
import { linkVertical } from 'd3-shape';
import { resolveNext, type StepTransition, type StepWithNext } from './transitions.ts';
import { wrapLabel } from '../text/wrap-label.ts';

/** A transition as content writes it; `label` is the branch condition. */
export interface StepInput extends StepWithNext {
  title: string;
}

export { resolveNext, type StepTransition };

export interface PathwayLayoutOptions {
  nodeWidth: number;
  /** Horizontal space between lanes. */
  laneGap: number;
  /** Vertical space between rows; branch labels sit in it. */
  rankGap: number;
  /** Characters per line of a step title and the most lines shown. */
  titleChars: number;
  titleLines: number;
  /** Characters per line of a branch label (two lines at most) and the width one character takes. */
  labelChars: number;
  charWidth: number;
  lineHeight: number;
  padding: number;
  /** Room on the right for loops drawn back to earlier steps. */
  loopMargin: number;
}

export const defaultPathwayLayoutOptions: PathwayLayoutOptions = {
  nodeWidth: 240,
  laneGap: 48,
  rankGap: 64,
  titleChars: 27,
  titleLines: 4,
  labelChars: 32,
  charWidth: 6.6,
  lineHeight: 18,
  padding: 12,
  loopMargin: 28,
};

export interface LaidOutStep {
  id: string;
  /** 1-based position in the content's list (the number shown in the box). */
  number: number;
  rank: number;
  lane: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Wrapped title lines and the baseline of each. */
  lines: string[];
  lineYs: number[];
}

export interface LaidOutEdge {
  from: string;
  to: string;
  kind: 'next' | 'branch' | 'loop';
  label?: string | undefined;
  labelLines: string[];
  /** The label's background box; its text is centred in it, one line per `lineHeight - 2`. */
  labelBox?: { x: number; y: number; width: number; height: number } | undefined;
  path: string;
}

export interface PathwayLayout {
  width: number;
  height: number;
  ranks: number;
  lanes: number;
  steps: LaidOutStep[];
  edges: LaidOutEdge[];
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Finds the transitions that go back to a step already on the way (loops), then orders the steps so
 * every other transition points down the order, keeping the content's list order wherever it can.
 */
function sortSteps(steps: readonly StepInput[], next: Map<string, StepTransition[]>): { order: string[]; loops: Set<string> } {
  const state = new Map<string, 'open' | 'done'>();
  const loops = new Set<string>();
  const visit = (id: string): void => {
    state.set(id, 'open');
    for (const link of next.get(id) ?? []) {
      const seen = state.get(link.to);
      if (seen === 'open') loops.add(`${id}>${link.to}`);
      else if (seen === undefined) visit(link.to);
    }
    state.set(id, 'done');
  };
  for (const step of steps) if (!state.has(step.id)) visit(step.id);

  const position = new Map(steps.map((step, index) => [step.id, index]));
  const incoming = new Map(steps.map((step) => [step.id, 0]));
  for (const [from, links] of next) {
    for (const link of links) if (!loops.has(`${from}>${link.to}`)) incoming.set(link.to, (incoming.get(link.to) ?? 0) + 1);
  }
  const ready = steps.filter((step) => incoming.get(step.id) === 0).map((step) => step.id);
  const order: string[] = [];
  while (ready.length > 0) {
    ready.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
    const id = ready.shift() as string;
    order.push(id);
    for (const link of next.get(id) ?? []) {
      if (loops.has(`${id}>${link.to}`)) continue;
      const left = (incoming.get(link.to) ?? 0) - 1;
      incoming.set(link.to, left);
      if (left === 0) ready.push(link.to);
    }
  }
  return { order, loops };
}

const link = linkVertical<{ source: [number, number]; target: [number, number] }, [number, number]>();

/**
 * A downward arrow. One that skips rows runs straight down its own lane first and bends only in the
 * gap above its target, so it never crosses the boxes in between.
 */
function forwardPath(source: [number, number], target: [number, number], rows: number, rankGap: number): string {
  if (rows <= 1 || source[0] === target[0]) return link({ source, target }) ?? '';
  const bendY = round(target[1] - rankGap);
  return `M${source[0]},${source[1]}V${bendY}${(link({ source: [source[0], bendY], target }) ?? '').replace(/^M[^C]*/, '')}`;
}

type Options = typeof defaultPathwayLayoutOptions;
type Transitions = Map<string, StepTransition[]>;
type IsLoop = (from: string, to: string) => boolean;

/** Rank (row) of each step: its longest forward distance from any starting step. */
function assignRanks(order: readonly string[], next: Transitions, isLoop: IsLoop): Map<string, number> {
  const rank = new Map<string, number>(order.map((id) => [id, 0]));
  for (const id of order) {
    for (const link of next.get(id) ?? []) {
      if (isLoop(id, link.to)) continue;
      rank.set(link.to, Math.max(rank.get(link.to) ?? 0, (rank.get(id) ?? 0) + 1));
    }
  }
  return rank;
}

/** Lane (column) of each step: the first forward transition keeps the parent's lane, further branches open lanes to the right. */
function assignLanes(order: readonly string[], next: Transitions, isLoop: IsLoop, rank: ReadonlyMap<string, number>): { lane: Map<string, number>; lanes: number } {
  const lane = new Map<string, number>();
  const taken = new Set<string>();
  let lanes = 0;
  const place = (id: string, wanted: number): void => {
    let candidate = wanted;
    while (taken.has(`${rank.get(id)}:${candidate}`)) candidate += 1;
    lane.set(id, candidate);
    taken.add(`${rank.get(id)}:${candidate}`);
    lanes = Math.max(lanes, candidate + 1);
  };
  for (const id of order) {
    if (!lane.has(id)) place(id, 0);
    const own = lane.get(id) ?? 0;
    let first = true;
    for (const link of next.get(id) ?? []) {
      if (isLoop(id, link.to) || lane.has(link.to)) continue;
      place(link.to, first ? own : Math.max(own + 1, lanes));
      first = false;
    }
  }
  return { lane, lanes };
}

/** Boxes: the title wraps; a row is as tall as its tallest box. Returns the boxes and the rows' total height. */
function placeBoxes(
  steps: readonly StepInput[],
  rank: ReadonlyMap<string, number>,
  lane: ReadonlyMap<string, number>,
  o: Options,
): { laidOut: LaidOutStep[]; ranks: number; height: number } {
  const wrapped = new Map(steps.map((step) => [step.id, wrapLabel(step.title, o.titleChars, o.titleLines)]));
  const boxHeight = (id: string) => o.padding * 2 + o.lineHeight * (1 + (wrapped.get(id)?.length ?? 1));
  const ranks = Math.max(0, ...rank.values()) + (steps.length > 0 ? 1 : 0);
  const rowHeight = Array.from({ length: ranks }, () => 0);
  for (const step of steps) {
    const r = rank.get(step.id) ?? 0;
    rowHeight[r] = Math.max(rowHeight[r] ?? 0, boxHeight(step.id));
  }
  const rowY: number[] = [];
  let y = 0;
  for (let r = 0; r < ranks; r += 1) {
    rowY.push(y);
    y += (rowHeight[r] ?? 0) + o.rankGap;
  }
  const laidOut: LaidOutStep[] = steps.map((step, index) => {
    const r = rank.get(step.id) ?? 0;
    const l = lane.get(step.id) ?? 0;
    const top = rowY[r] ?? 0;
    const lines = wrapped.get(step.id) ?? [step.title];
    return {
      id: step.id,
      number: index + 1,
      rank: r,
      lane: l,
      x: l * (o.nodeWidth + o.laneGap),
      y: top,
      width: o.nodeWidth,
      height: boxHeight(step.id),
      lines,
      // The first line holds the step number; the title starts on the second.
      lineYs: lines.map((_, line) => top + o.padding + o.lineHeight * (line + 2) - 4),
    };
  });
  return { laidOut, ranks, height: Math.max(0, y - o.rankGap) };
}

/** Arrows: forward ones down the lanes, loops round the right-hand side (one track each), labels in label boxes. */
function routeEdges(
  steps: readonly StepInput[],
  next: Transitions,
  isLoop: IsLoop,
  byId: ReadonlyMap<string, LaidOutStep>,
  contentWidth: number,
  o: Options,
): { edges: LaidOutEdge[]; width: number } {
  const labelHeight = (lines: number) => lines * (o.lineHeight - 2) + 6;
  const labelWidth = (lines: readonly string[]) => round(Math.max(0, ...lines.map((line) => line.length)) * o.charWidth + 12);
  const wrapTransition = (label: string | undefined) => (label === undefined ? [] : wrapLabel(label, o.labelChars, 2));
  const loopList = steps.flatMap((step) => (next.get(step.id) ?? []).filter((link) => isLoop(step.id, link.to)).map((link) => ({ from: step.id, ...link })));
  const loopLabelWidth = Math.max(0, ...loopList.map((loop) => labelWidth(wrapTransition(loop.label))));
  const width = contentWidth + (loopList.length > 0 ? o.loopMargin * loopList.length + 8 + loopLabelWidth : 0);

  const edges: LaidOutEdge[] = [];
  let loopIndex = 0;
  for (const step of steps) {
    const from = byId.get(step.id);
    const transitions = next.get(step.id) ?? [];
    for (const transition of transitions) {
      const to = byId.get(transition.to);
      if (from === undefined || to === undefined) continue;
      const labelLines = wrapTransition(transition.label);
      const boxW = labelWidth(labelLines);
      const boxH = labelHeight(labelLines.length);
      if (isLoop(step.id, transition.to)) {
        loopIndex += 1;
        const outX = contentWidth + o.loopMargin * loopIndex;
        const fromY = from.y + from.height / 2;
        const toY = to.y + to.height / 2;
        edges.push({
          from: from.id,
          to: to.id,
          kind: 'loop',
          label: transition.label,
          labelLines,
          labelBox: labelLines.length > 0 ? { x: round(contentWidth + o.loopMargin * loopList.length + 8), y: round((fromY + toY) / 2 - boxH / 2), width: boxW, height: boxH } : undefined,
          path: `M${round(from.x + from.width)},${round(fromY)}H${round(outX)}V${round(toY)}H${round(to.x + to.width)}`,
        });
        continue;
      }
      const source: [number, number] = [round(from.x + from.width / 2), round(from.y + from.height)];
      const target: [number, number] = [round(to.x + to.width / 2), round(to.y)];
      edges.push({
        from: from.id,
        to: to.id,
        kind: transitions.length > 1 || transition.label !== undefined ? 'branch' : 'next',
        label: transition.label,
        labelLines,
        // Labels sit on the arrow in the gap just above the box they lead to.
        labelBox: labelLines.length > 0 ? { x: round(target[0] - boxW / 2), y: round(to.y - o.rankGap / 2 - boxH / 2 + 4), width: boxW, height: boxH } : undefined,
        path: forwardPath(source, target, to.rank - from.rank, o.rankGap),
      });
    }
  }
  return { edges, width };
}

/** Ranks, lanes and coordinates of a pathway's boxes and arrows: order → ranks → lanes → boxes → edges. */
export function layoutPathway(steps: readonly StepInput[], options: Partial<PathwayLayoutOptions> = {}): PathwayLayout {
  const o = { ...defaultPathwayLayoutOptions, ...options };
  const next = resolveNext(steps);
  const { order, loops } = sortSteps(steps, next);
  const isLoop: IsLoop = (from, to) => loops.has(`${from}>${to}`);
  const rank = assignRanks(order, next, isLoop);
  const { lane, lanes } = assignLanes(order, next, isLoop, rank);
  const { laidOut, ranks, height } = placeBoxes(steps, rank, lane, o);
  const contentWidth = lanes * o.nodeWidth + Math.max(0, lanes - 1) * o.laneGap;
  const { edges, width } = routeEdges(steps, next, isLoop, new Map(laidOut.map((step) => [step.id, step])), contentWidth, o);
  return { width: round(width), height, ranks, lanes, steps: laidOut, edges };
}

/** Where a step leads, for the ordered list beneath a diagram. */
export interface StepSuccessor {
  to: string;
  /** 1-based list position of the target. */
  number: number;
  title: string;
  label?: string | undefined;
  /** The target comes earlier in the list (a loop back). */
  back: boolean;
}

/** Each step's successors with their list numbers; an empty list means the pathway ends there. */
export function stepSuccessors(steps: readonly StepInput[]): Map<string, StepSuccessor[]> {
  const next = resolveNext(steps);
  const index = new Map(steps.map((step, i) => [step.id, i]));
  return new Map(
    steps.map((step, i) => [
      step.id,
      (next.get(step.id) ?? []).map((link) => {
        const target = index.get(link.to) ?? 0;
        return { to: link.to, number: target + 1, title: steps[target]?.title ?? link.to, label: link.label, back: target <= i };
      }),
    ]),
  );
}

/** True when some step leads to more than one step. */
export function hasBranches(steps: readonly StepInput[]): boolean {
  return [...resolveNext(steps).values()].some((links) => links.length > 1);
}
