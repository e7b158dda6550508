/**
 * The referral view's island: search box and facets, results as you type, the client-situation
 * checklist with its explained ranking, and the referral summary. State lives in the URL
 * (src/lib/search/url-state.ts); the only request is the site's own /data/search-index.json.
 */
import { startTransition, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { t } from '@/i18n/ui';
import type { SearchAppProps } from '@/data/search';
import { matchSituations, nextChecks } from '@/lib/search/finder';
import { checkChosen, emptyState, parseReferralState, serializeReferralState, type IgnoredValue, type KnownValues, type ReferralState } from '@/lib/search/url-state';
import type { SearchIndexData } from '@/lib/search/codec';
import { passesFilters, resolveRegion, type SearchFilters } from '@/lib/search/filters';
import type { ServiceDoc } from '@/lib/search/model';
import { search } from '@/lib/search/rank';
import { finderCriteria, loadSearcher, type Searcher } from '@/lib/search/searcher';
import { decodeMunicipalities } from '@/lib/regions/municipality-options';
import { routes } from '@/lib/routes';
import { FinderPanel } from './FinderPanel';
import { SearchForm } from './SearchForm';
import { SearchResults } from './SearchResults';
import { ReferralSummary } from './ReferralSummary';
import './SearchApp.css';

/** Results shown at once: a professional reads the first ones; the count says if there are more. */
const RESULT_LIMIT = 20;

type Load = { status: 'loading' } | { status: 'error' } | { status: 'ready'; searcher: Searcher };

export default function SearchApp(props: SearchAppProps) {
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

  // Read the URL once, then fetch the index (the site's own static file; nothing is sent).
  useEffect(() => {
    const parsed = parseReferralState(window.location.search, known);
    // Transitions here and below: React renders in slices, so the page stays responsive meanwhile.
    startTransition(() => {
      setState((current) => (touched.current ? current : parsed.state));
      setIgnored(parsed.ignored);
      setFromUrl(true);
    });
    let cancelled = false;
    fetch(routes.data('search-index.json'))
      .then((response) => {
        if (!response.ok) throw new Error(String(response.status));
        return response.json() as Promise<SearchIndexData>;
      })
      .then((data) => {
        if (cancelled) return;
        const searcher = loadSearcher(data);
        startTransition(() => setLoad({ status: 'ready', searcher }));
      })
      .catch(() => {
        if (!cancelled) setLoad({ status: 'error' });
      });
    return () => {
      cancelled = true;
    };
  }, [known]);

  const searcher = load.status === 'ready' ? load.searcher : undefined;

  // Once the index has loaded, chosen services from the URL that it does not list are dropped and reported.
  const checkedChosen = useRef(false);
  useEffect(() => {
    if (searcher === undefined || checkedChosen.current) return;
    checkedChosen.current = true;
    const checked = checkChosen(state.chosen, new Set(searcher.services.map((service) => service.id)));
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

  const filters = useMemo<SearchFilters>(
    () => ({
      targetGroup: state.targetGroup,
      providerKind: state.providerKind,
      level: state.level,
      region: state.region === undefined ? undefined : resolveRegion(state.region, municipalities),
    }),
    [state.targetGroup, state.providerKind, state.level, state.region, municipalities],
  );
  const filtering = state.targetGroup !== undefined || state.providerKind !== undefined || state.level !== undefined || state.region !== undefined;
  // The box shows each keystroke at once; the results follow as soon as the search has run.
  const query = useDeferredValue(state.q);
  const hits = useMemo(
    () => (searcher === undefined || (query.trim() === '' && !filtering) ? undefined : search(searcher, query, { filters, limit: RESULT_LIMIT })),
    [searcher, query, filters, filtering],
  );
  const docs = useMemo(() => new Map((searcher?.services ?? []).map((doc) => [doc.id, doc])), [searcher]);
  // The criteria come with the index: the finder ranks once it has loaded.
  const finderMatches = useMemo(() => {
    if (searcher === undefined || state.situations.length === 0) return [];
    return matchSituations(state.situations, finderCriteria(searcher)).filter((match) => {
      const doc = docs.get(match.service);
      return doc !== undefined && passesFilters(doc, filters);
    });
  }, [state.situations, searcher, docs, filters]);
  const checks = useMemo(() => nextChecks(finderMatches), [finderMatches]);

  // Stable callbacks, so the memoised form and checklist skip re-rendering on every keystroke.
  const update = useCallback((patch: Partial<ReferralState>) => {
    touched.current = true;
    setState((current) => ({ ...current, ...patch }));
  }, []);
  const tick = useCallback((situations: string[]) => update({ situations }), [update]);
  const toggleChosen = useCallback((id: string) => {
    touched.current = true;
    setState((current) => ({
      ...current,
      chosen: current.chosen.includes(id) ? current.chosen.filter((c) => c !== id) : [...current.chosen, id],
    }));
  }, []);
  const chosenDocs = state.chosen.map((id) => docs.get(id)).filter((doc): doc is ServiceDoc => doc !== undefined);
  const situationLabel = new Map(props.situations.map((s) => [s.id, s.label]));

  return (
    <div className={chosenDocs.length > 0 ? 'referral referral--has-summary' : 'referral'} data-url-read={fromUrl ? '' : undefined}>
      {ignored.length > 0 && (
        <p className="referral-note" role="note">
          {t('search.ignoredNote', { values: ignored.map((item) => `${item.param}=${item.value}`).join(', ') })}
        </p>
      )}
      <SearchForm props={props} municipalities={municipalities} state={state} onChange={update} />
      {load.status === 'loading' && <p className="muted" role="status">{t('search.loading')}</p>}
      {load.status === 'error' && <p className="referral-note" role="alert">{t('search.loadError')}</p>}
      <div className="referral-columns">
        <SearchResults hits={hits} chosen={state.chosen} onToggle={toggleChosen} />
        <FinderPanel
          situations={props.situations}
          ticked={state.situations}
          onTick={tick}
          ready={searcher !== undefined}
          matches={finderMatches}
          checks={checks}
          serviceName={(id) => docs.get(id)?.name ?? id}
          situationLabel={(id) => situationLabel.get(id) ?? id}
          chosen={state.chosen}
          onToggle={toggleChosen}
        />
      </div>
      <ReferralSummary
        services={chosenDocs}
        matches={finderMatches}
        situations={state.situations.map((id) => situationLabel.get(id) ?? id)}
        query={state.q}
        onRemove={toggleChosen}
      />
    </div>
  );
}
