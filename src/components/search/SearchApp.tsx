/**
 * The referral view's island: search box and facets, results as you type with what the search
 * understood of the description, the client-situation checklist with its explained ranking, and
 * the referral summary. State lives in the URL (src/lib/search/url-state.ts); the only requests are
 * for the site's own index, in parts (src/lib/search/shards.ts): the entry at once, then the
 * postings shards a query needs before its results show, then what the shown results display.
 */
import { searchText } from '@/i18n/islands/search';
import { startTransition, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { SearchAppProps } from '@/data/search';
import { matchSituations, nextChecks, rankMatches, type FinderMatch } from '@/lib/search/finder';
import { checkChosen, emptyState, parseReferralState, serializeReferralState, type IgnoredValue, type KnownValues, type ReferralState } from '@/lib/search/url-state';
import { resolveRegion, type SearchFilters } from '@/lib/search/filters';
import { referralSearch, type ReferralResult } from '@/lib/search/referral-search';
import { finderCriteria, passesFiltersAt, serviceById, serviceIndex, tracked, type Searcher } from '@/lib/search/searcher';
import { listByName } from '@/lib/search/rank';
import { viewOptions } from '@/lib/search/view-options';
import { readingKeyParts } from '@/lib/search/reading-groups';
import { displayParts, partsToFetch, type IndexPart } from '@/lib/search/parts';
import { decodeMunicipalities } from '@/lib/regions/municipality-options';
import { routes } from '@/lib/routes';
import { IslandErrorBoundary } from '@/components/ui/IslandErrorBoundary';
import { FinderPanel } from './FinderPanel';
import { SearchForm } from './SearchForm';
import { SearchResults } from './SearchResults';
import { ReferralSummary } from './ReferralSummary';
import { UnderstoodReadings } from './UnderstoodReadings';
import { indexLoad, loadParts, RESULT_LIMIT, type IndexLoad } from './index-load';
import './SearchApp.css';

const { label, t } = searchText;

// Started as soon as this code loads, before React hydrates the island (index-load.ts).
if (typeof window !== 'undefined') void indexLoad();

type Load = { status: 'loading' } | IndexLoad;

const NO_DROPPED: readonly string[] = [];
const NO_MATCHES: FinderMatch[] = [];

/**
 * Facets without words: the services that pass them, by name (nothing to rank by, nothing read).
 * The referral search itself needs a description.
 */
function browse(searcher: Searcher, filters: SearchFilters, limit: number): ReferralResult {
  const hits = listByName(searcher, filters, limit).map((service) => ({ service, score: 0, passage: undefined, terms: [], fits: true, reasons: { situations: [], targetGroups: [], words: [] } }));
  return { hits, understood: { concepts: [], negated: [], dropped: [] }, closestSituations: [] };
}

/** The island behind its error boundary; if it fails, the query typed so far stays on the page. */
export default function SearchApp(props: SearchAppProps) {
  const typed = useRef('');
  return (
    <IslandErrorBoundary fallback={() => <TypedQuery query={typed.current} />}>
      <ReferralView {...props} typed={typed} />
    </IslandErrorBoundary>
  );
}

/** The boundary's addition for this island: the query, kept usable as a plain search form and a link. */
function TypedQuery({ query }: { query: string }) {
  return (
    <>
      <form role="search" action={routes.search()} method="get" className="referral-fallback">
        <label htmlFor="referral-fallback-q">{t('search.errorQuery')}</label>
        <input id="referral-fallback-q" type="search" name="q" defaultValue={query} />
        <button type="submit">{t('search.errorSearchAgain')}</button>
      </form>
      <p>
        <a href={routes.services()}>{t('search.browseServices')}</a>
      </p>
    </>
  );
}

/** The view itself. `typed` receives each query as it is typed, for the error boundary's message. */
function ReferralView(props: SearchAppProps & { typed: RefObject<string> }) {
  const typed = props.typed;
  const municipalities = useMemo(() => decodeMunicipalities(props.municipalities), [props.municipalities]);
  // Service ids are not known before the index has loaded; chosen ids are checked then.
  const known = useMemo<KnownValues>(
    () => ({
      targetGroups: new Set(props.targetGroups.map((o) => o.value)),
      providerKinds: new Set(props.providerKinds.map((o) => o.value)),
      levels: new Set(props.levels.map((o) => o.value)),
      regions: new Set([...props.wellbeingAreas.map((o) => o.value), ...municipalities.map((m) => m.code)]),
      situations: new Set(props.situations.map((s) => s.id)),
    }),
    [props, municipalities],
  );
  const [state, setState] = useState<ReferralState>(emptyState);
  const [ignored, setIgnored] = useState<IgnoredValue[]>([]);
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [fromUrl, setFromUrl] = useState(false);
  // A choice made between hydration and this effect (a quick user, a slow device) wins over the URL.
  const touched = useRef(false);

  // Read the URL once, then take the index: index-load.ts began fetching it (the site's own static
  // files; nothing is sent) when this code loaded.
  useEffect(() => {
    // The island has hydrated (a User Timing mark for `npm run bench:national`, as in index-load.ts).
    performance.mark('search:hydrated');
    const parsed = parseReferralState(window.location.search, known);
    if (!touched.current) typed.current = parsed.state.q;
    // Transitions here and below: React renders in slices, so the page stays responsive meanwhile.
    startTransition(() => {
      setState((current) => (touched.current ? current : parsed.state));
      setIgnored(parsed.ignored);
      setFromUrl(true);
    });
    let cancelled = false;
    void indexLoad().then((loaded) => {
      if (!cancelled) startTransition(() => setLoad(loaded));
    });
    return () => {
      cancelled = true;
    };
  }, [known, typed]);

  // An index that does not decode is an error of this island: its boundary says so (a request
  // that fails is the load error below).
  if (load.status === 'broken') throw load.error;
  const searcher = load.status === 'ready' ? load.searcher : undefined;

  // The other parts, fetched as runs need them; `version` counts the batches added, so that what
  // depends on the searcher's contents runs again.
  const [version, setVersion] = useState(0);
  const [partFailed, setPartFailed] = useState(false);
  const pending = useRef(new Set<IndexPart>());
  const fetchParts = useCallback(
    (parts: readonly IndexPart[]) => {
      if (searcher === undefined) return;
      const wanted = partsToFetch(searcher, parts, pending.current);
      if (wanted.length === 0) return;
      for (const part of wanted) pending.current.add(part);
      // One batch, one update: the search runs again once, when all of them are in (loadParts).
      loadParts(searcher, wanted)
        .then(() => startTransition(() => setVersion((current) => current + 1)))
        .catch(() => setPartFailed(true))
        .finally(() => {
          for (const part of wanted) pending.current.delete(part);
        });
    },
    [searcher],
  );

  // Once the index has loaded, chosen services from the URL that it does not list are dropped and reported.
  const checkedChosen = useRef(false);
  useEffect(() => {
    if (searcher === undefined || checkedChosen.current) return;
    checkedChosen.current = true;
    if (state.chosen.length === 0) return;
    const checked = checkChosen(state.chosen, new Set(searcher.ids));
    if (checked.ignored.length === 0) return;
    setIgnored((current) => [...current, ...checked.ignored]);
    setState((current) => ({ ...current, chosen: current.chosen.filter((id) => !checked.ignored.some((item) => item.value === id)) }));
  }, [searcher, state.chosen]);

  // Keep the URL in step with the state, so the view can be shared or reloaded.
  useEffect(() => {
    if (!fromUrl) return;
    const next = `${window.location.pathname}${serializeReferralState(state)}`;
    if (next !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', next);
  }, [state, fromUrl]);

  const droppedKeys = state.dropped ?? NO_DROPPED;
  const options = useMemo(
    () => viewOptions({ targetGroup: state.targetGroup, providerKind: state.providerKind, level: state.level, region: state.region, dropped: droppedKeys }, municipalities, RESULT_LIMIT),
    [state.targetGroup, state.providerKind, state.level, state.region, droppedKeys, municipalities],
  );
  // A region chosen from the facets wins over a place read from the description.
  const { filters, regionFacet } = options;
  const filtering = state.targetGroup !== undefined || state.providerKind !== undefined || state.level !== undefined || state.region !== undefined;
  // The box shows each keystroke at once; the results follow as soon as the search has run.
  const query = useDeferredValue(state.q);
  const run = useMemo(
    () =>
      searcher === undefined
        ? undefined
        : tracked(searcher, () =>
            query.trim() !== ''
              ? referralSearch(searcher, query, options)
              : filtering
                ? browse(searcher, filters, RESULT_LIMIT)
                : undefined,
          ),
    // version: the run is repeated when parts it needed have arrived.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [searcher, version, query, options, filtering],
  );
  // A run that missed parts of the index is not shown: the last complete one stays while they load.
  const complete = useRef<ReferralResult | undefined>(undefined);
  if (run !== undefined && run.missing.length === 0) complete.current = run.value;
  const loadingParts = run !== undefined && run.missing.length > 0;
  const result = loadingParts ? complete.current : run?.value;
  useEffect(() => {
    if (run !== undefined && run.missing.length > 0) fetchParts(run.missing);
  }, [run, fetchParts]);
  const hits = result?.hits;
  const understood = query.trim() === '' ? undefined : result?.understood;
  // The finder follows the same region: the facet's, or else the place read from the description.
  const placeValue = understood?.place?.place.value;
  const finderFilters = useMemo<SearchFilters>(
    () => (regionFacet === undefined && placeValue !== undefined ? { ...filters, region: resolveRegion(placeValue, municipalities) } : filters),
    [filters, regionFacet, placeValue, municipalities],
  );
  const serviceName = useCallback((id: string) => (searcher === undefined ? undefined : serviceById(searcher, id))?.name ?? id, [searcher]);
  const chosenDocs = useMemo(() => (searcher === undefined ? [] : state.chosen.flatMap((id) => serviceById(searcher, id) ?? [])), [searcher, state.chosen]);
  // The criteria come with the index: the finder ranks once it has loaded.
  const finderRun = useMemo(() => {
    if (searcher === undefined || state.situations.length === 0) return { value: [], missing: [] };
    return tracked(searcher, () => {
      const matches = matchSituations(state.situations, finderCriteria(searcher)).filter((match) => {
        const s = serviceIndex(searcher, match.service);
        return s !== undefined && passesFiltersAt(searcher, s, finderFilters);
      });
      return rankMatches(matches, serviceName);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.situations, searcher, version, finderFilters, serviceName]);
  // The finder shows its criteria's texts; it is ready, and shows its matches, when they (and any
  // filter lists a filter needs) are in.
  const finderReady = searcher !== undefined && finderRun.missing.length === 0 && (state.situations.length === 0 || searcher.criteriaTexts !== undefined);
  const finderMatches = finderReady ? finderRun.value : NO_MATCHES;
  useEffect(() => {
    if (searcher === undefined) return;
    const parts = displayParts(searcher, {
      finderMissing: finderRun.missing,
      finderInUse: state.situations.length > 0,
      hits: hits ?? [],
      chosen: chosenDocs,
    });
    // After the paint that shows the results (a frame, then a task): their details must not hold it up.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => fetchParts(parts))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [searcher, finderRun, state.situations.length, chosenDocs, hits, fetchParts]);
  const checks = useMemo(() => nextChecks(finderMatches), [finderMatches]);

  // Stable callbacks, so the memoised form and checklist skip re-rendering on every keystroke.
  const update = useCallback(
    (patch: Partial<ReferralState>) => {
      touched.current = true;
      // Kept at once (not after rendering), so the error boundary can show what was typed last.
      if (patch.q !== undefined) typed.current = patch.q;
      // An emptied box starts a new description: readings dropped from the old one are forgotten.
      const fresh = patch.q !== undefined && patch.q.trim() === '' ? { dropped: undefined } : {};
      setState((current) => ({ ...current, ...patch, ...fresh }));
    },
    [typed],
  );
  const tick = useCallback((situations: string[]) => update({ situations }), [update]);
  const toggleChosen = useCallback((id: string) => {
    touched.current = true;
    setState((current) => ({
      ...current,
      chosen: current.chosen.includes(id) ? current.chosen.filter((c) => c !== id) : [...current.chosen, id],
    }));
  }, []);
  const dropReading = useCallback((keys: string[]) => {
    touched.current = true;
    setState((current) => ({ ...current, dropped: [...(current.dropped ?? []).filter((k) => !keys.includes(k)), ...keys] }));
  }, []);
  const restoreReading = useCallback((keys: string[]) => {
    touched.current = true;
    setState((current) => ({ ...current, dropped: (current.dropped ?? []).filter((k) => !keys.includes(k)) }));
  }, []);

  // A situation picked from the closest ones is ticked, then scrolled to and focused in the checklist.
  const [focusSituation, setFocusSituation] = useState<string | undefined>(undefined);
  const pickSituation = useCallback((id: string) => {
    touched.current = true;
    setState((current) => (current.situations.includes(id) ? current : { ...current, situations: [...current.situations, id] }));
    setFocusSituation(id);
  }, []);
  const toChecklist = useCallback(() => setFocusSituation(props.situations[0]?.id), [props.situations]);
  useEffect(() => {
    if (focusSituation === undefined) return;
    setFocusSituation(undefined);
    const box = document.getElementById(`tilanne-${focusSituation}`);
    if (box === null) return;
    box.scrollIntoView({ block: 'center' });
    box.focus({ preventScroll: true });
  }, [focusSituation]);

  const situationLabel = useMemo(() => new Map(props.situations.map((s) => [s.id, s.label])), [props.situations]);
  const labelOfSituation = useCallback((id: string) => situationLabel.get(id) ?? id, [situationLabel]);
  // Chip texts of dropped readings, from the props (the reading itself is no longer in use).
  const droppedLabel = useCallback(
    (key: string) => {
      const { kind, id } = readingKeyParts(key);
      if (kind === 'situation') return situationLabel.get(id) ?? id;
      if (kind === 'targetGroup') return t('search.readingTargetGroup', { name: props.targetGroups.find((o) => o.value === id)?.label ?? id });
      if (kind === 'place') return t('search.readingPlace', { name: props.wellbeingAreas.find((o) => o.value === id)?.label ?? municipalities.find((m) => m.code === id)?.name ?? id });
      return t('search.readingLanguage', { name: label('search.language', id) });
    },
    [situationLabel, props.targetGroups, props.wellbeingAreas, municipalities],
  );
  const queried = query.trim() !== '';
  const status =
    hits === undefined ? '' : hits.length > 0 ? t('search.resultCount', { count: hits.length }) : queried && (result?.closestSituations.length ?? 0) > 0 ? t('search.noResultsClosest') : t('search.noResults');

  return (
    <div className={chosenDocs.length > 0 ? 'referral referral--has-summary' : 'referral'} data-url-read={fromUrl ? '' : undefined}>
      {ignored.length > 0 && (
        <p className="referral-note" role="note">
          {t('search.ignoredNote', { values: ignored.map((item) => `${item.param}=${item.value}`).join(', ') })}
        </p>
      )}
      <SearchForm props={props} municipalities={municipalities} state={state} onChange={update}>
        <p role="status" className="referral-count">
          {status}
        </p>
        {understood !== undefined && (
          <UnderstoodReadings understood={understood} regionChosen={regionFacet !== undefined} droppedLabel={droppedLabel} onDrop={dropReading} onRestore={restoreReading} />
        )}
      </SearchForm>
      {(load.status === 'loading' || loadingParts) && <p className="muted" role="status">{t(loadingParts ? 'search.loadingParts' : 'search.loading')}</p>}
      {load.status === 'error' && <p className="referral-note" role="alert">{t('search.loadError')}</p>}
      {partFailed && <p className="referral-note" role="alert">{t('search.partError')}</p>}
      <div className="referral-columns">
        <SearchResults
          hits={hits}
          queried={queried}
          closestSituations={result?.closestSituations ?? []}
          onPickSituation={pickSituation}
          onToChecklist={toChecklist}
          chosen={state.chosen}
          onToggle={toggleChosen}
        />
        <FinderPanel
          situations={props.situations}
          ticked={state.situations}
          onTick={tick}
          ready={finderReady}
          matches={finderMatches}
          checks={checks}
          serviceName={serviceName}
          situationLabel={labelOfSituation}
          chosen={state.chosen}
          onToggle={toggleChosen}
        />
      </div>
      <ReferralSummary
        services={chosenDocs}
        matches={finderMatches}
        situations={state.situations.map(labelOfSituation)}
        query={state.q}
        onRemove={toggleChosen}
      />
    </div>
  );
}
