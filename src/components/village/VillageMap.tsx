/**
 * The mökkikylä island: region and target-group choices, the React Flow village, the details panel
 * and the list view. The village itself is computed by src/lib/village (graph, layout, flow);
 * this component only keeps the choices and renders.
 */
import { Background, Controls, ReactFlow, useReactFlow, type FitViewOptions } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './VillageMap.css';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { t } from '@/i18n/ui';
import { withIslandBoundary } from '@/components/ui/IslandErrorBoundary';
import type { VillageIslandInput } from '@/data/village';
import { byWellbeingArea, decodeMunicipalities } from '@/lib/regions/municipality-options';
import type { ActorKind } from '@/schemas/actor';
import {
  buildVillage,
  cottageId,
  inVillage,
  roadsToShow,
  servicesForGroup,
  villageServiceIds,
  type RoadFocus,
  type VillageArea,
  type VillageEdge,
  type VillageScope,
} from '@/lib/village/graph';
import { INITIAL_MIN_ZOOM, initialFit, villageFlow } from '@/lib/village/flow';
import { parseRegionParam, regionSearch, type RegionChoice } from '@/lib/village/url-state';
import { DetailsPanel } from './DetailsPanel';
import { edgeTypes } from './edges';
import { nodeTypes } from './nodes';
import { VillageContext, type Selection, type VillageContextValue } from './village-context';
import { VillageLegend } from './VillageLegend';
import { VillageList } from './VillageList';

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

/** Server-side (and first client) size of the canvas, so the village renders before JavaScript runs. */
const CANVAS = { width: 1200, height: 720 };

interface Props extends VillageIslandInput {
  /** Actor kinds in display order, for the legend (passed in so the island does not load the schemas). */
  kinds: readonly ActorKind[];
}

function VillageMap({ catalog, areas: areaList, municipalities, targetGroups, kinds }: Props) {
  // Each area gets its municipality codes back from the compact list.
  const areas = useMemo<VillageArea[]>(() => {
    const members = byWellbeingArea(decodeMunicipalities(municipalities));
    return areaList.map((area) => ({ ...area, municipalities: (members.get(area.id) ?? []).map((m) => m.code) }));
  }, [areaList, municipalities]);
  // The first render matches the server's (the national village); the URL is read after hydration.
  const [choice, setChoice] = useState<RegionChoice>({ kind: 'national' });
  const [group, setGroup] = useState<string | undefined>(undefined);
  const [selection, setSelection] = useState<Selection | null>(null);
  // Until hydrated (and so on the server): the first fit honours only the global zoom limit, so
  // keep it at INITIAL_MIN_ZOOM; and draw only the cottages in view, which keeps the page light.
  // Once hydrated every cottage is drawn (so the keyboard reaches all) and users can zoom out.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const areaIds = useMemo(() => areas.map((area) => area.id), [areas]);

  useEffect(() => {
    const read = () => setChoice(parseRegionParam(window.location.search, areaIds));
    read();
    window.addEventListener('popstate', read);
    return () => window.removeEventListener('popstate', read);
  }, [areaIds]);

  const area = choice.kind === 'area' ? areas.find((candidate) => candidate.id === choice.id) : undefined;
  const scope = useMemo<VillageScope>(() => (area === undefined ? { kind: 'national' } : { kind: 'wellbeing-area', area }), [area]);
  const graph = useMemo(() => buildVillage(catalog, scope), [catalog, scope]);

  const nodeName = useMemo(() => {
    const names = new Map(graph.cottages.map((cottage) => [cottage.id, cottage.name]));
    names.set(graph.square.id, t('village.client'));
    return (nodeId: string) => names.get(nodeId) ?? nodeId;
  }, [graph]);
  const describeEdge = useCallback(
    (edge: VillageEdge) => t(`village.edge.${edge.kind}`, { from: nodeName(edge.source), to: nodeName(edge.target) }),
    [nodeName],
  );
  const [allRoads, setAllRoads] = useState(false);
  const focus = useMemo<RoadFocus>(
    () =>
      selection === null
        ? null
        : selection.kind === 'actor'
          ? { kind: 'actor', nodeId: cottageId(selection.id) }
          : { kind: 'service', id: selection.id },
    [selection],
  );
  const roads = useMemo(() => roadsToShow(graph, focus, allRoads), [graph, focus, allRoads]);
  const flow = useMemo(() => villageFlow(graph, describeEdge, roads), [graph, describeEdge, roads]);
  const fit = useMemo<FitViewOptions>(() => initialFit(flow.bounds, CANVAS), [flow.bounds]);

  const actors = useMemo(() => new Map(catalog.actors.map((actor) => [actor.id, actor])), [catalog]);
  const services = useMemo(() => new Map(catalog.services.map((service) => [service.id, service])), [catalog]);
  const groupNames = useMemo(() => new Map(targetGroups.map((g) => [g.id, g.name])), [targetGroups]);
  const groupName = useCallback((id: string) => groupNames.get(id) ?? id, [groupNames]);
  const highlight = useMemo(() => servicesForGroup(graph, group), [graph, group]);
  const serviceCount = useMemo(() => villageServiceIds(graph).size, [graph]);

  const context = useMemo<VillageContextValue>(
    () => ({ highlight, filtering: group !== undefined, selected: selection, open: setSelection }),
    [highlight, group, selection],
  );

  const chooseRegion = (id: string) => {
    const next: RegionChoice = id === '' ? { kind: 'national' } : { kind: 'area', id };
    setChoice(next);
    const search = regionSearch(window.location.search, id === '' ? undefined : id);
    window.history.pushState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
  };

  // The panel shows only what lives in the current village.
  const visibleSelection = selection !== null && inVillage(graph, selection) ? selection : null;

  return (
    <VillageContext.Provider value={context}>
      {/* data-hydrated: the island is interactive and draws every cottage (tests wait for it). */}
      <div className="village" data-hydrated={hydrated ? '' : undefined}>
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
          </div>
          {choice.kind === 'unknown' && (
            <p className="note note--inferred" role="status">{t('village.regionUnknown', { value: choice.value })}</p>
          )}
          <p role="status" className="village__scope">
            {area === undefined
              ? t('village.scopeNational')
              : t('village.scopeArea', { partners: area.employmentAreas.map((partner) => partner.name).join(', ') })}{' '}
            {t('village.counts', { cottages: graph.cottages.length, services: serviceCount, edges: graph.edges.length, shown: roads.length })}
            {group !== undefined && <> {t('village.groupCount', { count: highlight.size, group: groupName(group) })}</>}
          </p>
        </section>

        <div className="village__stage">
          <div className="village__canvas no-print">
            <p id="village-map-help" className="small muted">{t('village.mapHelp')}</p>
            <div className="village__frame">
              <ReactFlow
                nodes={flow.nodes}
                edges={flow.edges}
                nodeTypes={nodeTypes}
                edgeTypes={edgeTypes}
                width={CANVAS.width}
                height={CANVAS.height}
                fitView
                fitViewOptions={fit}
                minZoom={hydrated ? 0.1 : INITIAL_MIN_ZOOM}
                onlyRenderVisibleElements={!hydrated}
                maxZoom={1.5}
                nodesDraggable={false}
                nodesConnectable={false}
                nodesFocusable={false}
                edgesFocusable={false}
                elementsSelectable={false}
                zoomOnDoubleClick={false}
                defaultMarkerColor="#4a5360"
                ariaLabelConfig={ariaLabelConfig}
                aria-label={t('village.mapLabel')}
                aria-describedby="village-map-help"
              >
                <Background gap={32} />
                <Controls showInteractive={false} fitViewOptions={{ padding: 0.04 }} />
                <FitOnChange villageKey={area?.id ?? ''} fit={fit} />
              </ReactFlow>
            </div>
          </div>
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
        </div>

        <VillageLegend kinds={kinds} />

        <VillageList graph={graph} highlight={highlight} filtering={group !== undefined} nodeName={nodeName} />
      </div>
    </VillageContext.Provider>
  );
}

/** Fits the whole village into view when the region changes (not on the first render: fitView does that). */
function FitOnChange({ villageKey, fit }: { villageKey: string; fit: FitViewOptions }) {
  const { fitView } = useReactFlow();
  const [first, setFirst] = useState(villageKey);
  useEffect(() => {
    if (villageKey === first) return;
    setFirst(villageKey);
    const frame = requestAnimationFrame(() => void fitView(fit));
    return () => cancelAnimationFrame(frame);
  }, [villageKey, first, fitView, fit]);
  return null;
}

/** The island as pages use it: behind an error boundary, so a failure leaves the rest of the page working. */
export default withIslandBoundary(VillageMap);
