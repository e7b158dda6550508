/**
 * "Lataa kuva": the current picture as an SVG file (src/lib/village/export.ts builds it) or as a
 * PNG drawn from that SVG on a canvas, named after the village and the day.
 */
import { villageText, type VillageKey } from '@/i18n/islands/village';
import { useRef } from 'react';
import { KIND_COLOURS, HOOD_COLOURS, villageSvg, type ExportInput } from '@/lib/village/export';
import { COUNT_FONT, NAME_FONT, type Picture, type RoadFlowEdge } from '@/lib/village/flow';
import type { Box } from '@/lib/village/layout';
import type { VillageGraph } from '@/lib/village/graph';
import { roundedPath } from '@/lib/village/roads';
import { servicesText } from './services-text';

const { t } = villageText;

interface Props {
  picture: Picture;
  /** Whether cottages are drawn (the detailed, unfolded village). */
  showDetail: boolean;
  graph: VillageGraph | undefined;
  boxes: ReadonlyMap<string, Box>;
  edges: readonly RoadFlowEdge[];
  highlight: ReadonlySet<string>;
  title: string;
  region: string;
  sources: readonly string[];
}

const today = () => {
  const now = new Date();
  return { shown: `${now.getDate()}.${now.getMonth() + 1}.${now.getFullYear()}`, iso: now.toISOString().slice(0, 10) };
};

/** The export's input from what the map shows now. */
export function exportInput(props: Props): ExportInput {
  const { picture, showDetail, graph, boxes, edges, highlight } = props;
  const counts = new Map((graph?.cottages ?? []).reduce((m, c) => m.set(c.neighbourhood, (m.get(c.neighbourhood) ?? 0) + 1), new Map<string, number>()));
  return {
    title: props.title,
    region: props.region,
    date: today().shown,
    sources: [t('village.exportSources', { sources: props.sources.join('; ') })],
    notes: [t('village.exportLegend')],
    bounds: picture.layout.bounds,
    blocks: picture.layout.blocks.map((block) => {
      const name = t(`village.neighbourhood.${block.id}` as VillageKey);
      const count = counts.get(block.id) ?? block.cells.length;
      return {
        label: showDetail ? `${name} (${count})` : `${name}: ${t('village.cottageCount', { count })}`,
        box: block.box,
        labelBox: showDetail ? block.label : { ...block.box, x: block.box.x + 12, y: block.box.y + 12, width: block.box.width - 24 },
        colour: HOOD_COLOURS[block.id],
      };
    }),
    cottages: showDetail
      ? (graph?.cottages ?? []).flatMap((cottage) => {
          const box = boxes.get(cottage.id);
          return box === undefined
            ? []
            : [
                {
                  name: cottage.name,
                  box,
                  colour: KIND_COLOURS[cottage.actorKind],
                  marked: cottage.services.some((s) => highlight.has(s.id)),
                  historical: cottage.historical !== undefined,
                  ...(picture.geometry.counts ? { note: servicesText(cottage.services.length) } : {}),
                },
              ];
        })
      : [],
    square: { box: picture.layout.centre, title: t('village.client'), text: t('village.squareText') },
    roads: showDetail ? edges.flatMap((edge) => (edge.data === undefined ? [] : [{ d: roundedPath(edge.data.points, 10), kind: edge.data.kind }])) : [],
    nameFont: NAME_FONT,
    labelFont: picture.labelFont,
    noteFont: COUNT_FONT,
  };
}

function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ExportMenu(props: Props) {
  const menu = useRef<HTMLDetailsElement>(null);
  const fileName = (ext: string) => `mokkikyla-${props.region.split(/[;,]/)[0]!.toLowerCase().replace(/[^a-z0-9åäö]+/g, '-').replace(/^-|-$/g, '')}-${today().iso}.${ext}`;
  const svgText = () => villageSvg(exportInput(props));

  const asSvg = () => {
    download(new Blob([svgText()], { type: 'image/svg+xml' }), fileName('svg'));
    menu.current?.removeAttribute('open');
  };
  const asPng = () => {
    const text = svgText();
    const size = /width="([\d.]+)" height="([\d.]+)"/.exec(text);
    const width = Number(size?.[1] ?? 1200);
    const height = Number(size?.[2] ?? 800);
    const image = new Image();
    const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
    image.onload = () => {
      // Twice the size for sharp slides, within what canvases allow.
      const scale = Math.min(2, 8000 / Math.max(width, height));
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      const context = canvas.getContext('2d');
      if (context === null) return;
      context.scale(scale, scale);
      context.drawImage(image, 0, 0, width, height);
      URL.revokeObjectURL(url);
      canvas.toBlob((blob) => blob !== null && download(blob, fileName('png')), 'image/png');
    };
    image.src = url;
    menu.current?.removeAttribute('open');
  };

  return (
    <details className="village__export" ref={menu}>
      <summary className="button secondary">{t('village.exportButton')}</summary>
      <div className="village__export-menu">
        <button type="button" className="secondary" data-export="svg" onClick={asSvg}>{t('village.exportSvg')}</button>
        <button type="button" className="secondary" data-export="png" onClick={asPng}>{t('village.exportPng')}</button>
      </div>
    </details>
  );
}
