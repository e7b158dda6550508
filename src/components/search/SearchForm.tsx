/**
 * The search box, what the search made of it (`children`: the result count and the understood
 * readings, right by the box), and the four facets. On narrow screens the facets fold into a
 * disclosure so the first result is on the first screen; on wide ones they are always open (CSS).
 * Without JavaScript the form still submits ?q=… (GET).
 */
import { searchText } from '@/i18n/islands/search';
import { memo, type ReactNode } from 'react';
import type { Option, SearchAppProps } from '@/data/search';
import type { MunicipalityOption } from '@/lib/regions/municipality-options';
import type { ReferralState } from '@/lib/search/url-state';
import { routes } from '@/lib/routes';

const { t } = searchText;

interface Props {
  props: SearchAppProps;
  municipalities: readonly MunicipalityOption[];
  state: ReferralState;
  /** Stable (the facets are memoised and re-render only when their own value changes). */
  onChange: (patch: Partial<ReferralState>) => void;
  /** Shown right under the box: the result count and the understood readings. */
  children?: ReactNode;
}

type FacetKey = 'targetGroup' | 'providerKind' | 'level';

const orUndefined = (value: string) => (value === '' ? undefined : value);

const FacetSelect = memo(function FacetSelect({ id, labelText, field, value, options, onChange }: { id: string; labelText: string; field: FacetKey; value: string | undefined; options: Option[]; onChange: Props['onChange'] }) {
  return (
    <div className="referral-facet">
      <label htmlFor={id}>{labelText}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange({ [field]: orUndefined(event.target.value) })}>
        <option value="">{t('search.filterAny')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
});

const RegionSelect = memo(function RegionSelect({ value, wellbeingAreas, municipalities, onChange }: { value: string | undefined; wellbeingAreas: Option[]; municipalities: readonly MunicipalityOption[]; onChange: Props['onChange'] }) {
  return (
    <div className="referral-facet">
      <label htmlFor="referral-alue">{t('search.filterRegion')}</label>
      <select id="referral-alue" value={value ?? ''} aria-describedby="referral-alue-note" onChange={(event) => onChange({ region: orUndefined(event.target.value) })}>
        <option value="">{t('search.filterAny')}</option>
        <optgroup label={t('search.regionWellbeingAreas')}>
          {wellbeingAreas.map((area) => (
            <option key={area.value} value={area.value}>{area.label}</option>
          ))}
        </optgroup>
        <optgroup label={t('search.regionMunicipalities')}>
          {municipalities.map((m) => (
            <option key={m.code} value={m.code}>{m.name}</option>
          ))}
        </optgroup>
      </select>
      <p id="referral-alue-note" className="muted small">{t('search.regionNote')}</p>
    </div>
  );
});

export function SearchForm({ props, municipalities, state, onChange, children }: Props) {
  const active = [state.targetGroup, state.providerKind, state.level, state.region].filter((value) => value !== undefined).length;
  return (
    <section aria-labelledby="referral-search-heading" className="referral-search no-print">
      <h2 id="referral-search-heading">{t('search.searchHeading')}</h2>
      <form role="search" action={routes.search()} method="get" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="referral-q" className="referral-q-label">{t('search.searchLabel')}</label>
        <div className="referral-q-row">
          <input
            id="referral-q"
            type="search"
            name="q"
            value={state.q}
            autoComplete="off"
            spellCheck={false}
            aria-describedby="referral-q-hint"
            onChange={(event) => onChange({ q: event.target.value })}
          />
        </div>
        <p id="referral-q-hint" className={state.q.trim() === '' ? 'muted small' : 'muted small referral-q-hint--typed'}>{t('search.searchHint')}</p>
        {children}
        <details className="referral-filters">
          <summary>
            {t('search.filtersSummary')}
            {active > 0 && ` ${t('search.filtersActive', { count: active })}`}
          </summary>
          <fieldset className="referral-facets">
            <legend>{t('search.filtersHeading')}</legend>
            <FacetSelect id="referral-ryhma" labelText={t('search.filterTargetGroup')} field="targetGroup" value={state.targetGroup} options={props.targetGroups} onChange={onChange} />
            <FacetSelect id="referral-toimija" labelText={t('search.filterProviderKind')} field="providerKind" value={state.providerKind} options={props.providerKinds} onChange={onChange} />
            <FacetSelect id="referral-porras" labelText={t('search.filterLevel')} field="level" value={state.level} options={props.levels} onChange={onChange} />
            <RegionSelect value={state.region} wellbeingAreas={props.wellbeingAreas} municipalities={municipalities} onChange={onChange} />
            <button
              type="button"
              onClick={() => onChange({ targetGroup: undefined, providerKind: undefined, level: undefined, region: undefined })}
            >
              {t('search.clearFilters')}
            </button>
          </fieldset>
        </details>
      </form>
    </section>
  );
}
