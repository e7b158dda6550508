/** Word wrapping for labels drawn in SVG (stairs, pathway boxes), where text does not wrap by itself. */

/** Greedy word wrap to `maxChars` per line, at most `maxLines` lines (the last one cut with "…"). */
export function wrapLabel(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (candidate.length <= maxChars || current === '') current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== '') lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = `${last.slice(0, Math.max(1, maxChars - 1)).replace(/[\s,;:.–-]+$/, '')}…`;
  return kept;
}
