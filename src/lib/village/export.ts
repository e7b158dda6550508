/**
 * "Lataa kuva": the village picture as one standalone SVG file for slides and reports, with its
 * title, region, date and sources. Pure string building (the island turns it into a PNG through a
 * canvas); every text is escaped, names are wrapped by estimated widths.
 */
import type { ActorKind } from '../../schemas/enums.ts';
import type { Neighbourhood } from './graph.ts';
import type { Box } from './layout.ts';
import { textWidth } from './flow.ts';

/** The actor kinds' colours (src/styles/tokens.css), as a standalone file cannot read CSS. */
export const KIND_COLOURS: Record<ActorKind, string> = {
  sote: '#1d6fa3',
  employment: '#2e7d32',
  kela: '#6a3d9a',
  pension: '#6a3d9a',
  ngo: '#b45309',
  education: '#a0235f',
  private: '#555f6b',
  employer: '#555f6b',
  national: '#8a6d00',
};

/** Each neighbourhood's tint: the colour of its main kind. */
export const HOOD_COLOURS: Record<Neighbourhood, string> = {
  sote: KIND_COLOURS.sote,
  employment: KIND_COLOURS.employment,
  'kela-pension': KIND_COLOURS.kela,
  national: KIND_COLOURS.national,
  education: KIND_COLOURS.education,
  private: KIND_COLOURS.private,
  ngo: KIND_COLOURS.ngo,
};

export interface ExportBlock {
  label: string;
  box: Box;
  labelBox: Box;
  colour: string;
}
export interface ExportCottage {
  name: string;
  box: Box;
  colour: string;
  /** Drawn with a thick outline (a service for the chosen target group). */
  marked?: boolean;
  /** Dashed (an actor of the past). */
  historical?: boolean;
  /** A line under the name (its number of services), in noteFont, when the picture has room for it. */
  note?: string;
}
export interface ExportRoad {
  d: string;
  kind: 'referral' | 'cooperation' | 'self-referral';
}

export interface ExportInput {
  title: string;
  /** "Koko maa" or the wellbeing area with its partner employment areas. */
  region: string;
  /** As shown, e.g. 12.3.2026. */
  date: string;
  sources: string[];
  /** The drawing's own area (flow units). */
  bounds: Box;
  blocks: ExportBlock[];
  cottages: ExportCottage[];
  square: { box: Box; title: string; text: string };
  roads: ExportRoad[];
  /** Cottage names are this size; neighbourhood names labelFont; the cottages' notes noteFont (13 if not given). */
  nameFont: number;
  labelFont: number;
  noteFont?: number;
  /** Lines under the title (e.g. the legend). */
  notes?: string[];
}

/** Escapes text for SVG/XML. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Splits text into at most `maxLines` lines of about `width`; the last line ends in … when cut. */
export function wrapText(text: string, width: number, font: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter((word) => word !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (textWidth(candidate, font) <= width || line === '') line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last.length > 1 && textWidth(`${last}…`, font) > width) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}

const n = (value: number): string => String(Math.round(value * 10) / 10);

function textLines(lines: string[], x: number, y: number, font: number, attributes: string): string {
  return lines
    .map((line, i) => `<text x="${n(x)}" y="${n(y + font * (i + 1) * 1.15 - font * 0.25)}" font-size="${n(font)}" ${attributes}>${escapeXml(line)}</text>`)
    .join('');
}

/** The whole picture as an SVG document. */
export function villageSvg(input: ExportInput): string {
  const margin = 32;
  const width = Math.max(input.bounds.width + 2 * margin, 900);
  const titleFont = 34;
  const smallFont = 16;
  const head = margin + titleFont * 1.2 + smallFont * 1.6 * (1 + (input.notes?.length ?? 0)) + 16;
  const sourceLines = input.sources.flatMap((source) => wrapText(source, width - 2 * margin, smallFont, 3));
  const foot = 24 + smallFont * 1.4 * (sourceLines.length + 1) + margin;
  const height = head + input.bounds.height + foot;
  const ox = (width - input.bounds.width) / 2 - input.bounds.x;
  const oy = head - input.bounds.y;
  const font = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif"';
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" ${font}>`,
    `<title>${escapeXml(`${input.title}: ${input.region}`)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${margin}" y="${n(margin + titleFont)}" font-size="${titleFont}" font-weight="700" fill="#1b1f24">${escapeXml(input.title)}</text>`,
    `<text x="${margin}" y="${n(margin + titleFont * 1.2 + smallFont * 1.4)}" font-size="${smallFont}" fill="#4a5360">${escapeXml(`${input.region} · ${input.date}`)}</text>`,
    ...(input.notes ?? []).map(
      (note, i) =>
        `<text x="${margin}" y="${n(margin + titleFont * 1.2 + smallFont * 1.4 * (i + 2))}" font-size="${smallFont}" fill="#4a5360">${escapeXml(note)}</text>`,
    ),
    `<g transform="translate(${n(ox)} ${n(oy)})">`,
  );
  for (const block of input.blocks) {
    const { box, labelBox } = block;
    parts.push(
      `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" rx="14" fill="${block.colour}" fill-opacity="0.08" stroke="${block.colour}" stroke-opacity="0.5" stroke-width="2"/>`,
      textLines(wrapText(block.label, labelBox.width, input.labelFont, 2), labelBox.x, labelBox.y, input.labelFont, `font-weight="700" fill="#083a50"`),
    );
  }
  for (const road of input.roads) {
    const dash = road.kind === 'referral' ? ' stroke-dasharray="8 5"' : road.kind === 'self-referral' ? ' stroke-dasharray="2 5" stroke-linecap="round"' : '';
    parts.push(`<path d="${escapeXml(road.d)}" fill="none" stroke="#4a5360" stroke-width="2"${dash}/>`);
  }
  const { square } = input;
  parts.push(
    `<ellipse cx="${n(square.box.x + square.box.width / 2)}" cy="${n(square.box.y + square.box.height / 2)}" rx="${n(square.box.width / 2)}" ry="${n(square.box.height / 2)}" fill="#0b4f6c"/>`,
    `<text x="${n(square.box.x + square.box.width / 2)}" y="${n(square.box.y + square.box.height / 2 + 7)}" font-size="20" font-weight="700" fill="#ffffff" text-anchor="middle">${escapeXml(square.title)}</text>`,
  );
  for (const cottage of input.cottages) {
    const { box } = cottage;
    const roof = 8;
    const noteFont = input.noteFont ?? 13;
    const noteHeight = cottage.note === undefined ? 0 : noteFont + 1;
    const lines = Math.max(1, Math.floor((box.height - roof - 6 - noteHeight) / (input.nameFont * 1.15)));
    parts.push(
      `<path d="M${n(box.x)} ${n(box.y + roof)} L${n(box.x + box.width / 2)} ${n(box.y)} L${n(box.x + box.width)} ${n(box.y + roof)}Z" fill="${cottage.colour}"/>`,
      `<rect x="${n(box.x)}" y="${n(box.y + roof)}" width="${n(box.width)}" height="${n(box.height - roof)}" rx="4" fill="#ffffff" stroke="${cottage.colour}" stroke-width="${cottage.marked === true ? 4 : 2}"${cottage.historical === true ? ' stroke-dasharray="5 3"' : ''}/>`,
      textLines(wrapText(cottage.name, box.width - 10, input.nameFont, lines), box.x + 5, box.y + roof + 2, input.nameFont, `font-weight="600" fill="#1b1f24"`),
    );
    if (cottage.note !== undefined) {
      parts.push(`<text x="${n(box.x + 5)}" y="${n(box.y + box.height - 5)}" font-size="${n(noteFont)}" fill="#4a5360">${escapeXml(cottage.note)}</text>`);
    }
  }
  parts.push('</g>');
  const footTop = head + input.bounds.height + 24;
  sourceLines.forEach((line, i) => {
    parts.push(`<text x="${margin}" y="${n(footTop + smallFont * 1.4 * (i + 1))}" font-size="${smallFont}" fill="#4a5360">${escapeXml(line)}</text>`);
  });
  parts.push('</svg>');
  return parts.join('');
}
