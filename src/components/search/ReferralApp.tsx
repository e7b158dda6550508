/**
 * The referral view's island: search box and facets, results as you type, the client-situation
 * checklist with its explained ranking, and the referral summary. State lives in the URL
 * (src/lib/search-state.ts); the only request is the site's own /data/search-index.json.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { t } from '@/i18n/ui';
import type { ReferralProps } from '@/data/search';
import { matchSituations, nextChecks } from '@/lib/criteria-match';
import { emptyState, parseReferralState, serializeReferralState, type IgnoredValue, type KnownValues, type ReferralState } from '@/lib/search-state';
import { loadSearcher, passesFilters, resolveRegion, search, type SearchFilters, type Searcher } from '@/lib/search';
import type { SearchIndexData, ServiceDoc } from '@/lib/search-index';
import { FinderPanel } from './FinderPanel';
import { SearchForm } from './SearchForm';
import { SearchResults } from './SearchResults';
import { ReferralSummary } from './ReferralSummary';

/** Results shown at once: a professional reads the first ones; the count says if there are more. */
const RESULT_LIMIT = 20;

type Load = { status: 'loading' } | { status: 'error' } | { status: 'ready'; searcher: Searcher };

export default function ReferralApp(props: ReferralProps) {
  const known = useMemo<KnownValues>(
    () => ({
      targetGroups: new Set(props.targetGroups.map((o) => o.value)),
      providerKinds: new Set(props.providerKinds.map((o) => o.value)),
      levels: new Set(props.levels.map((o) => o.value)),
      regions: new Set([...props.wellbeingAreas.map((o) => o.value), ...props.municipalities.map((m) => m.code)]),
      situations: new Set(props.situations.map((s) => s.id)),
      services: new Set(Object.keys(props.serviceNames)),
    }),
    [props],
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
    setState((current) => (touched.current ? current : parsed.state));
    setIgnored(parsed.ignored);
    setFromUrl(true);
    let cancelled = false;
    fetch('/data/search-index.json')
      .then((response) => {
        if (!response.ok) throw new Error(String(response.status));
        return response.json() as Promise<SearchIndexData>;
      })
      .then((data) => {
        if (!cancelled) setLoad({ status: 'ready', searcher: loadSearcher(data) });
      })
      .catch(() => {
        if (!cancelled) setLoad({ status: 'error' });
      });
    return () => {
      cancelled = true;
    };
  }, [known]);

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
      region: state.region === undefined ? undefined : resolveRegion(state.region, props.municipalities),
    }),
    [state.targetGroup, state.providerKind, state.level, state.region, props.municipalities],
  );
  const filtering = state.targetGroup !== undefined || state.providerKind !== undefined || state.level !== undefined || state.region !== undefined;
  const searcher = load.status === 'ready' ? load.searcher : undefined;
  const hits = useMemo(
    () => (searcher === undefined || (state.q.trim() === '' && !filtering) ? undefined : search(searcher, state.q, { filters, limit: RESULT_LIMIT })),
    [searcher, state.q, filters, filtering],
  );
  const docs = useMemo(() => new Map((searcher?.data.services ?? []).map((doc) => [doc.id, doc])), [searcher]);
  const finderMatches = useMemo(() => {
    const all = matchSituations(state.situations, props.criteria);
    return searcher === undefined ? all : all.filter((match) => {
      const doc = docs.get(match.service);
      return doc !== undefined && passesFilters(doc, filters);
    });
  }, [state.situations, props.criteria, searcher, docs, filters]);
  const checks = useMemo(() => nextChecks(finderMatches), [finderMatches]);

  const update = (patch: Partial<ReferralState>) => {
    touched.current = true;
    setState((current) => ({ ...current, ...patch }));
  };
  const toggleChosen = (id: string) => {
    touched.current = true;
    setState((current) => ({
      ...current,
      chosen: current.chosen.includes(id) ? current.chosen.filter((c) => c !== id) : [...current.chosen, id],
    }));
  };
  const chosenDocs = state.chosen.map((id) => docs.get(id)).filter((doc): doc is ServiceDoc => doc !== undefined);
  const situationLabel = new Map(props.situations.map((s) => [s.id, s.label]));

  return (
    <div className={chosenDocs.length > 0 ? 'referral referral--has-summary' : 'referral'} data-url-read={fromUrl ? '' : undefined}>
      {ignored.length > 0 && (
        <p className="referral-note" role="note">
          {t('referral.ignoredNote', { values: ignored.map((item) => `${item.param}=${item.value}`).join(', ') })}
        </p>
      )}
      <SearchForm props={props} state={state} onChange={update} />
      {load.status === 'loading' && <p className="muted" role="status">{t('referral.loading')}</p>}
      {load.status === 'error' && <p className="referral-note" role="alert">{t('referral.loadError')}</p>}
      <div className="referral-columns">
        <SearchResults hits={hits} chosen={state.chosen} onToggle={toggleChosen} />
        <FinderPanel
          situations={props.situations}
          ticked={state.situations}
          onTick={(situations) => update({ situations })}
          matches={finderMatches}
          checks={checks}
          serviceName={(id) => docs.get(id)?.name ?? props.serviceNames[id] ?? id}
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
