/**
 * The pathway content's one rule for moving on: a step without `next` leads to the following step
 * in the list (the last step ends the pathway); `next: []` ends it. The diagram layout and the
 * village's referral roads both read transitions through this function.
 */

export interface StepTransition {
  to: string;
  label?: string | undefined;
}

export interface StepWithNext {
  id: string;
  /** Omitted: the following step in the list; []: the pathway ends here. */
  next?: readonly StepTransition[] | undefined;
}

/** Every step's transitions made explicit (the implicit "following step" filled in); links to unknown steps dropped. */
export function resolveNext(steps: readonly StepWithNext[]): Map<string, StepTransition[]> {
  const ids = new Set(steps.map((step) => step.id));
  const result = new Map<string, StepTransition[]>();
  steps.forEach((step, index) => {
    const following = steps[index + 1];
    const next = step.next ?? (following === undefined ? [] : [{ to: following.id }]);
    result.set(
      step.id,
      next.filter((link) => ids.has(link.to)).map((link) => (link.label === undefined ? { to: link.to } : { to: link.to, label: link.label })),
    );
  });
  return result;
}
