/**
 * The mökkikylä island: the choices, the React Flow village, the details panel (beside the map on
 * a laptop, a bottom sheet on a phone), the picture download and the list view. The village is
 * computed by src/lib/village (graph, layout, roads, flow, export); this component keeps the
 * choices, fetches the chosen village's data and renders.
 *
 * The first picture needs no data: the national village opens folded (neighbourhoods with their
 * counts, from the props), so the server renders it and it is readable before any script runs. Its
 * data (large at national scale) is fetched only when it is needed: a neighbourhood opened, a
 * choice that needs the cottages, or the list scrolled near. A region's data is preloaded by the
 * page's head script (src/lib/village/preload.ts), so the island's fetch finds it arriving.
 */
import { villageText, type VillageKey } from '@/i18n/islands/village';
import { Background, ControlButton, Controls, ReactFlow, ReactFlowProvider, useReactFlow, useStore, type Viewport } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './VillageMap.css';
import { startTransition, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { withIslandBoundary } from '@/components/ui/IslandErrorBoundary';
import type { VillageIslandInput } from '@/data/village';
import { byWellbeingArea, decodeMunicipalities } from '@/lib/regions/municipality-options';
import { routes } from '@/lib/routes';
import type { ActorKind } from '@/schemas/actor';
import {
  buildVillage,
  cottageId,
  inVillage,
  neighbourhoodCounts,
  neighbourhoods,
  roadsToShow,
  servicesForGroup,
  villageServiceIds,
  type Neighbourhood,
  type RoadFocus,
  type VillageArea,
  type VillageCatalog,
  type VillageEdge,
  type VillageScope,
} from '@/lib/village/graph';
import {
  DEFAULT_FRAME,
  MAX_ZOOM,
  MIN_ZOOM,
  READABLE_ZOOM,
  cottageBoxes,
  cottageNodes,
  neighbourhoodViewport,
  frameHeightFor,
  wideFrameHeightFor,
  frameNodes,
  isUnfolded,
  overviewPicture,
  roadEdges,
  villagePicture,
  type Frame,
  type Picture,
  type PictureGroup,
} from '@/lib/village/flow';
import { NATIONAL_KEY, parseRegionParam, regionSearch, type RegionChoice } from '@/lib/village/url-state';
import { DetailsPanel } from './DetailsPanel';
import { edgeTypes } from './edges';
import { ExportMenu, exportInput } from './ExportMenu';
import { villageSvg } from '@/lib/village/export';
import { nodeTypes } from './nodes';
import { VillageContext, type Selection, type VillageContextValue } from './village-context';
import { VillageLegend } from './VillageLegend';
import { VillageList } from './VillageList';

const { t } = villageText;

const ariaLabelConfig = {
  'controls.ariaLabel': t('village.aria.controls'),
  'controls.zoomIn.ariaLabel': t('village.aria.zoomIn'),
  'controls.zoomOut.ariaLabel': t('village.aria.zoomOut'),
  'controls.fitView.ariaLabel': t('village.aria.fitView'),
  'controls.interactive.ariaLabel': t('village.aria.interactive'),
  'node.a11yDescription.default': t('village.aria.node'),
  'node.a11yDescription.keyboardDisabled': t('village.aria.node'),
  'edge.a11yDescription.default': t('village.aria.edge'),
};

interface Props extends VillageIslandInput {
  /** Actor kinds in display order, for the legend (passed in so the island does not load the schemas). */
  kinds: readonly ActorKind[];
  /** The page's sources as short text, for the downloaded picture. */
  sourceNames: readonly string[];
  /** The method note (static HTML from the page), folded under the map. */
  children?: ReactNode;
}

function VillageMap(props: Props) {
  // The folded national village, so that the server renders it (React Flow's store starts from these).
  const initial = useMemo(() => {
    const groups = neighbourhoods.map((id) => {
      const count = props.residents.filter((resident) => resident.neighbourhood === id).length;
      return { id, count, label: `${hoodName(id)} (${count})` };
    });
    const picture = overviewPicture(groups, DEFAULT_FRAME);
    return frameNodes(picture, new Map(groups.map((g) => [g.id, g.count])), true);
  }, [props.residents]);
  return (
    <ReactFlowProvider
      initialNodes={initial}
      initialWidth={DEFAULT_FRAME.width}
      initialHeight={DEFAULT_FRAME.height}
      fitView
      initialFitViewOptions={{ padding: '8px', maxZoom: 1.25 }}
    >
      <Village {...props} />
    </ReactFlowProvider>
  );
}

const hoodName = (id: Neighbourhood) => t(`village.neighbourhood.${id}` as VillageKey);

function Village({ areas: areaList, municipalities, targetGroups, residents, kinds, sourceNames, children }: Props) {
  const areas = useMemo<VillageArea[]>(() => {
    const members = byWellbeingArea(decodeMunicipalities(municipalities));
    return areaList.map((area) => ({ ...area, municipalities: (members.get(area.id) ?? []).map((m) => m.code) }));
  }, [areaList, municipalities]);
  const areaIds = useMemo(() => areas.map((area) => area.id), [areas]);

  // The first render matches the server's (the national village, folded); the URL is read after hydration.
  const [choice, setChoice] = useState<RegionChoice>({ kind: 'national' });
  const [group, setGroup] = useState<string | undefined>(undefined);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [historical, setHistorical] = useState(false);
  const [allRoads, setAllRoads] = useState(false);
  const [hydrated, setHydrated] = useState(false);
  const [touch, setTouch] = useState(false);
  const [moving, setMoving] = useState(false);
  useEffect(() => {
    setHydrated(true);
    setTouch(window.matchMedia('(pointer: coarse)').matches);
  }, []);

  useEffect(() => {
    const read = () => setChoice(parseRegionParam(window.location.search, areaIds));
    read();
    window.addEventListener('popstate', read);
    return () => window.removeEventListener('popstate', read);
  }, [areaIds]);

  const area = choice.kind === 'area' ? areas.find((candidate) => candidate.id === choice.id) : undefined;
  const key = area?.id ?? NATIONAL_KEY;
  const scope = useMemo<VillageScope>(() => (area === undefined ? { kind: 'national' } : { kind: 'wellbeing-area', area }), [area]);

  // The chosen village's data, fetched once per region; the national village's only when needed
  // (its first view is the folded overview, drawn from the props).
  const [opened, setOpened] = useState<Neighbourhood | 'all' | null>(null);
  const [listNear, setListNear] = useState(false);
  const needsData = area !== undefined || opened !== null || listNear || historical || group !== undefined || allRoads;
  const [slices, setSlices] = useState<Record<string, VillageCatalog | 'failed'>>({});
  useEffect(() => {
    if (!hydrated || !needsData || slices[key] !== undefined) return;
    let cancelled = false;
    fetch(routes.villageData(key))
      .then((response) => (response.ok ? (response.json() as Promise<VillageCatalog>) : Promise.reject(new Error(String(response.status)))))
      .then((slice) => !cancelled && setSlices((all) => ({ ...all, [key]: slice })))
      .catch(() => !cancelled && setSlices((all) => ({ ...all, [key]: 'failed' })));
    return () => {
      cancelled = true;
    };
  }, [hydrated, needsData, key, slices]);
  const slice = slices[key];
  const graph = useMemo(
    () => (slice === undefined || slice === 'failed' ? undefined : buildVillage(slice, scope, { historical })),
    [slice, scope, historical],
  );

  // Neighbourhoods and their counts: from the data, or (before it arrives) from the national residents.
  const groups = useMemo<PictureGroup[]>(() => {
    const counts =
      graph !== undefined
        ? neighbourhoodCounts(graph)
        : neighbourhoods.map((id) => ({ id, count: residents.filter((resident) => resident.neighbourhood === id).length }));
    return counts.map(({ id, count }) => ({ id, count, label: `${hoodName(id)} (${count})` }));
  }, [graph, residents]);
  const total = groups.reduce((sum, g) => sum + g.count, 0);

  // The frame: measured once hydrated; a phone's grows tall enough for readable names.
  const frameRef = useRef<HTMLDivElement>(null);
  // base: a phone frame's least height; css: a wide frame's height as the stylesheet sets it (read before any override).
  const [measured, setMeasured] = useState<{ width: number; base: number; css: number } | null>(null);
  useLayoutEffect(() => {
    const element = frameRef.current;
    if (element === null) return;
    setMeasured({ width: element.clientWidth, base: Math.round(Math.min(window.innerHeight * 0.86, 760)), css: element.clientHeight });
    const observer = new ResizeObserver(() =>
      setMeasured((old) => (old === null || old.width === element.clientWidth ? old : { ...old, width: element.clientWidth })),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const detailed = area !== undefined && graph !== undefined;
  const narrow = measured !== null && measured.width < 640;
  const frame = useMemo<Frame>(() => {
    if (measured === null) return DEFAULT_FRAME;
    // A wide frame keeps the stylesheet's height unless a big region's names need a little more.
    if (!narrow) return { width: measured.width, height: detailed ? wideFrameHeightFor(groups, measured.width, measured.css) : measured.css };
    return { width: measured.width, height: frameHeightFor(groups, measured.width, measured.base, detailed) };
  }, [measured, narrow, detailed, groups]);

  // Two pictures: the folded overview (the national village's first view) and the detailed village.
  const overview = useMemo(() => overviewPicture(groups, frame), [groups, frame]);
  // A region's village is first seen whole; the national one a neighbourhood at a time.
  const detail = useMemo(
    () => (graph === undefined ? undefined : villagePicture(groups, frame, area === undefined ? 'neighbourhood' : 'whole')),
    [graph, groups, frame, area],
  );
  const showDetail = detail !== undefined && (area !== undefined || opened !== null);
  const picture: Picture = showDetail ? detail! : overview;

  const { setViewport } = useReactFlow();
  // The semantic zoom's fold, read from the viewport's zoom: the island re-renders when it flips, not on every frame of a gesture.
  const scopeKind = area === undefined ? 'national' : 'wellbeing-area';
  const unfoldedHere = useStore((state) => isUnfolded(scopeKind, state.transform[2], 0));
  // Fit the whole picture when the village, its layout or the frame changes (the first view).
  const fitKey = `${key}|${showDetail ? 'detail' : 'overview'}|${frame.width}x${frame.height}|${historical}|${groups.map((g) => g.count).join(',')}`;
  const lastFit = useRef('');
  const [ready, setReady] = useState(false);

  /** The view of an opened neighbourhood: all of it with readable names, or its side nearest the square. */
  const neighbourhoodView = useCallback(
    (id: Neighbourhood): Viewport | undefined => {
      const block = detail?.layout.blocks.find((candidate) => candidate.id === id);
      return block === undefined ? undefined : neighbourhoodViewport(block, frame);
    },
    [detail, frame],
  );
  // A neighbourhood opened from the overview: shown when the detailed village is first drawn (its data may still be on the way).
  const pendingOpen = useRef<Neighbourhood | null>(null);
  const refit = useRef(0);
  useLayoutEffect(() => {
    if (!hydrated || !ready || lastFit.current === fitKey) return;
    // At once, in the commit that draws the new picture (React Flow's pan-zoom exists once ready), so
    // that the first view is not one frame (or a few deferred renders) late; and again a frame later,
    // in case React Flow's own first fit (the provider's, queued until it has measured the nodes)
    // came in between.
    lastFit.current = fitKey;
    const opening = showDetail && pendingOpen.current !== null ? neighbourhoodView(pendingOpen.current) : undefined;
    if (showDetail) pendingOpen.current = null;
    const target = opening ?? picture.viewport;
    void setViewport(target);
    cancelAnimationFrame(refit.current);
    refit.current = requestAnimationFrame(() => void setViewport(target));
  }, [hydrated, ready, fitKey, picture, showDetail, neighbourhoodView, setViewport]);
  useEffect(() => () => cancelAnimationFrame(refit.current), []);

  const openNeighbourhood = useCallback(
    (id: Neighbourhood) => {
      setOpened(id);
      const target = showDetail ? neighbourhoodView(id) : undefined;
      if (target === undefined) pendingOpen.current = id;
      else void setViewport(target, { duration: 300 });
    },
    [showDetail, neighbourhoodView, setViewport],
  );

  // Semantic zoom of the national village, on the reader's own gestures: zooming in on the
  // overview opens the neighbourhood nearest the middle; zooming out of the detail folds it again.
  const onMoveEnd = (event: MouseEvent | TouchEvent | null, view: Viewport) => {
    if (!event || area !== undefined) return;
    if (!showDetail && view.zoom > overview.viewport.zoom * 1.15) {
      const middle = { x: (frame.width / 2 - view.x) / view.zoom, y: (frame.height / 2 - view.y) / view.zoom };
      const nearest = [...overview.layout.blocks].sort((a, b) => distance(a.box, middle) - distance(b.box, middle) || a.id.localeCompare(b.id))[0];
      if (nearest !== undefined) openNeighbourhood(nearest.id);
    } else if (showDetail && opened !== null && view.zoom < READABLE_ZOOM * 0.8) {
      setOpened(null);
    }
  };
  const nodeName = useMemo(() => {
    const names = new Map((graph?.cottages ?? []).map((cottage) => [cottage.id, cottage.name]));
    names.set('client', t('village.client'));
    return (nodeId: string) => names.get(nodeId) ?? nodeId;
  }, [graph]);
  const describeEdge = useCallback(
    (edge: VillageEdge) => t(`village.edge.${edge.kind}`, { from: nodeName(edge.source), to: nodeName(edge.target) }),
    [nodeName],
  );
  const focus = useMemo<RoadFocus>(
    () =>
      selection === null ? null : selection.kind === 'actor' ? { kind: 'actor', nodeId: cottageId(selection.id) } : { kind: 'service', id: selection.id },
    [selection],
  );
  const roads = useMemo(() => (graph === undefined ? [] : roadsToShow(graph, focus, allRoads)), [graph, focus, allRoads]);
  // Routing the roads is the costliest part of drawing a village: they follow once the cottages are on screen.
  const drawnRoads = useAfterPaint(roads);
  // Until the first view's fit is applied (a frame later), the fold follows the zoom it will have,
  // so that the cottages are drawn in the same render as the village rather than one render later.
  const fitPending = lastFit.current !== fitKey;
  const unfolded = showDetail && (fitPending ? isUnfolded(scopeKind, picture.viewport.zoom, 0) : unfoldedHere);
  const boxes = useMemo(() => (graph === undefined || detail === undefined ? new Map() : cottageBoxes(detail, graph)), [graph, detail]);
  const counts = useMemo(() => new Map(groups.map((g) => [g.id, g.count])), [groups]);
  const nodes = useMemo(() => {
    const frames = frameNodes(picture, counts, !showDetail);
    return showDetail && unfolded && graph !== undefined ? [...frames, ...cottageNodes(graph, boxes, picture.geometry)] : frames;
  }, [picture, counts, showDetail, unfolded, graph, boxes]);
  const edges = useMemo(
    () => (showDetail && unfolded && detail !== undefined ? roadEdges(detail, boxes, drawnRoads, describeEdge) : []),
    [showDetail, unfolded, detail, boxes, drawnRoads, describeEdge],
  );

  const services = useMemo(() => new Map((slice === undefined || slice === 'failed' ? [] : slice.services).map((s) => [s.id, s])), [slice]);
  const actors = useMemo(() => new Map((slice === undefined || slice === 'failed' ? [] : slice.actors).map((a) => [a.id, a])), [slice]);
  const groupNames = useMemo(() => new Map(targetGroups.map((g) => [g.id, g.name])), [targetGroups]);
  const groupName = useCallback((id: string) => groupNames.get(id) ?? id, [groupNames]);
  const highlight = useMemo(() => (graph === undefined ? new Set<string>() : servicesForGroup(graph, group)), [graph, group]);
  const serviceCount = useMemo(() => (graph === undefined ? 0 : villageServiceIds(graph).size), [graph]);

  const context = useMemo<VillageContextValue>(
    () => ({ highlight, filtering: group !== undefined, selected: selection, open: setSelection, openNeighbourhood }),
    [highlight, group, selection, openNeighbourhood],
  );

  const chooseRegion = (id: string) => {
    setChoice(id === '' ? { kind: 'national' } : { kind: 'area', id });
    setOpened(null);
    pendingOpen.current = null;
    const search = regionSearch(window.location.search, id === '' ? undefined : id);
    window.history.pushState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
  };
  const showWhole = () => {
    if (area === undefined) setOpened(null);
    void setViewport((area === undefined ? overview : picture).viewport, { duration: 300 });
  };

  // The panel shows only what lives in the current village.
  const visibleSelection = selection !== null && graph !== undefined && inVillage(graph, selection) ? selection : null;
  const regionText =
    area === undefined ? t('village.exportNational') : t('village.exportArea', { area: area.name, partners: area.employmentAreas.map((p) => p.name).join(', ') });
  const loading = hydrated && needsData && slice === undefined;
  const exportProps = useMemo(
    () => ({
      picture,
      showDetail: showDetail && unfolded,
      graph,
      boxes,
      edges,
      highlight,
      title: t('village.exportTitle'),
      region: regionText,
      sources: sourceNames,
    }),
    [picture, showDetail, unfolded, graph, boxes, edges, highlight, regionText, sourceNames],
  );
  // The list follows the village once the map is on screen (a big village's list is long).
  const listGraph = useAfterPaint(graph);
  const listNodeName = useAfterPaint(nodeName);
  // The national village's list names every actor from the props; the cottages' services and roads come with its data, fetched when the list is near.
  const listRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = listRef.current;
    if (element === null || listNear) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setListNear(true);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [listNear]);
  // The printed picture (the export's SVG) follows the map once it is on screen: only print needs it.
  const printProps = useAfterPaint(exportProps);
  const printSvg = useMemo(() => (hydrated ? villageSvg(exportInput(printProps)) : ''), [hydrated, printProps]);
  const interactive = !touch || moving;

  return (
    <VillageContext.Provider value={context}>
      {/* data-hydrated: the island is interactive; data-village: which village is drawn (tests wait for them). */}
      <div
        className="village"
        data-hydrated={hydrated ? '' : undefined}
        // The national overview is drawn from the props: it is that village even before (or without) its data.
        data-village={!hydrated ? undefined : graph !== undefined ? key : area === undefined ? NATIONAL_KEY : undefined}
        data-mode={showDetail ? (unfolded ? 'detail' : 'folded-detail') : 'overview'}
      >
        <section className="village__controls no-print" aria-labelledby="village-controls-heading">
          <h2 id="village-controls-heading" className="visually-hidden">{t('village.controlsHeading')}</h2>
          <div className="village__fields">
            <div className="field">
              <label htmlFor="village-region">{t('village.regionLabel')}</label>
              <select id="village-region" value={area?.id ?? ''} onChange={(event) => chooseRegion(event.currentTarget.value)}>
                <option value="">{t('village.regionNational')}</option>
                {areas.map((option) => <option key={option.id} value={option.id}>{option.name}</option>)}
              </select>
            </div>
            <div className="village__actions">
              <a className="button secondary" href="#village-list-heading">{t('village.listLink')}</a>
              <ExportMenu {...exportProps} />
            </div>
          </div>
          <details className="village__more">
            <summary>{t('village.moreChoices')}</summary>
              <div className="field">
              <label htmlFor="village-group">{t('village.groupLabel')}</label>
              <select id="village-group" value={group ?? ''} onChange={(event) => setGroup(event.currentTarget.value || undefined)}>
                <option value="">{t('village.groupNone')}</option>
                {targetGroups.map((option) => <option key={option.id} value={option.id}>{option.name}</option>)}
              </select>
            </div>
            <div className="field field--check">
              <input id="village-all-roads" type="checkbox" checked={allRoads} onChange={(event) => setAllRoads(event.currentTarget.checked)} />
              <label htmlFor="village-all-roads">{t('village.allRoads')}</label>
            </div>
            <div className="field field--check">
              <input id="village-historical" type="checkbox" checked={historical} onChange={(event) => setHistorical(event.currentTarget.checked)} />
              <label htmlFor="village-historical">{t('village.historicalLabel')}</label>
            </div>
          </details>
          {choice.kind === 'unknown' && (
            <p className="note note--inferred" role="status">{t('village.regionUnknown', { value: choice.value })}</p>
          )}
        </section>

        <div className={`village__stage${visibleSelection === null ? '' : ' has-panel'}`}>
          <div className="village__canvas">
            <div className="village__frame no-print" ref={frameRef} style={narrow || (measured !== null && frame.height !== measured.css) ? { height: frame.height } : undefined}>
              <ReactFlow
                nodes={nodes}
                edges={edges}
                nodeTypes={nodeTypes}
                edgeTypes={edgeTypes}
                width={DEFAULT_FRAME.width}
                height={DEFAULT_FRAME.height}
                defaultViewport={overview.viewport}
                onInit={() => setReady(true)}
                onMoveEnd={onMoveEnd}
                minZoom={MIN_ZOOM}
                maxZoom={MAX_ZOOM}
                // The wheel scrolls the page; Ctrl + wheel (and a trackpad's pinch) zooms.
                zoomOnScroll={false}
                preventScrolling={false}
                panOnScroll={false}
                zoomOnPinch={interactive}
                panOnDrag={interactive}
                zoomOnDoubleClick={false}
                onlyRenderVisibleElements={hydrated && total > 150}
                nodesDraggable={false}
                nodesConnectable={false}
                nodesFocusable={false}
                edgesFocusable={false}
                elementsSelectable={false}
                defaultMarkerColor="#4a5360"
                ariaLabelConfig={ariaLabelConfig}
                aria-label={t('village.mapLabel')}
                aria-describedby="village-map-help"
              >
                <Background gap={32} />
                <Controls showInteractive={false} showFitView={false} position="bottom-left">
                  <ControlButton onClick={showWhole} title={t('village.aria.fitView')} aria-label={t('village.aria.fitView')}>
                    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M1 1h5v2H3v3H1zm9 0h5v5h-2V3h-3zM1 10h2v3h3v2H1zm12 0h2v5h-5v-2h3z" fill="currentColor" /></svg>
                  </ControlButton>
                </Controls>
              </ReactFlow>
              {touch && (
                <button type="button" className="village__touch secondary" aria-pressed={moving} onClick={() => setMoving((on) => !on)}>
                  {moving ? t('village.touchOff') : t('village.touchOn')}
                </button>
              )}
            </div>
          </div>
          {visibleSelection !== null && graph !== undefined && (
            <DetailsPanel
              selection={visibleSelection}
              graph={graph}
              actors={actors}
              services={services}
              groupName={groupName}
              nodeName={nodeName}
              onOpen={setSelection}
              onClose={() => setSelection(null)}
            />
          )}
        </div>

        <div className="village__below">
          <p role="status" className="village__scope">
            {loading && <>{t('village.loading')} </>}
            {slice === 'failed' && <>{t('village.loadFailed')} </>}
            {area === undefined
              ? t('village.overviewHelp', { count: total })
              : t('village.scopeArea', { partners: area.employmentAreas.map((partner) => partner.name).join(', ') })}{' '}
            {graph !== undefined &&
              t('village.counts', { cottages: graph.cottages.length, services: serviceCount, edges: graph.edges.length, shown: roads.length })}
            {group !== undefined && graph !== undefined && <> {t('village.groupCount', { count: highlight.size, group: groupName(group) })}</>}
          </p>
          <p id="village-map-help" className="small muted no-print">{t(touch ? 'village.mapHelpTouch' : 'village.mapHelp')}</p>
        </div>
        {hydrated && (
          <figure className="village__print" aria-hidden="true">
            <div
              // The export's own SVG (every text escaped by villageSvg): what the page prints instead of the live map.
              dangerouslySetInnerHTML={{ __html: printSvg }}
            />
          </figure>
        )}
        {children !== undefined && (
          <details className="village__method">
            <summary>{t('village.methodSummary')}</summary>
            {children}
          </details>
        )}

        <VillageLegend kinds={kinds} />

        <div ref={listRef}>
          <VillageList
            graph={listGraph}
            residents={residents}
            highlight={highlight}
            filtering={group !== undefined}
            nodeName={listNodeName}
          />
        </div>
      </div>
    </VillageContext.Provider>
  );
}

/**
 * `value` as it was until the browser has painted the frame that shows the latest change: for work
 * the first view does not need (roads, the list, the print picture), so that it never delays that
 * paint. A rAF callback runs just before a paint; a timeout started there runs just after it. The
 * update itself is a transition, so a reader's input goes first.
 */
function useAfterPaint<T>(value: T): T {
  // Functions as values too (the list's nodeName): never called as an initialiser or updater.
  const [shown, setShown] = useState(() => value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setShown(() => value)));
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [value, shown]);
  return shown;
}

const distance = (box: { x: number; y: number; width: number; height: number }, point: { x: number; y: number }) =>
  Math.hypot(box.x + box.width / 2 - point.x, box.y + box.height / 2 - point.y);

/** The island as pages use it: behind an error boundary, so a failure leaves the rest of the page working. */
export default withIslandBoundary(VillageMap);
