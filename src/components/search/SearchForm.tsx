/** The search box and the four facets. Without JavaScript the form still submits ?q=… (GET). */
import { t } from '@/i18n/ui';
import type { ReferralProps } from '@/data/search';
import type { ReferralState } from '@/lib/search-state';

interface Props {
  props: ReferralProps;
  state: ReferralState;
  onChange: (patch: Partial<ReferralState>) => void;
}

const orUndefined = (value: string) => (value === '' ? undefined : value);

export function SearchForm({ props, state, onChange }: Props) {
  const select = (id: string, labelText: string, value: string | undefined, options: { value: string; label: string }[], key: keyof ReferralState) => (
    <div className="referral-facet">
      <label htmlFor={id}>{labelText}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange({ [key]: orUndefined(event.target.value) })}>
        <option value="">{t('referral.filterAny')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <section aria-labelledby="referral-search-heading" className="referral-search no-print">
      <h2 id="referral-search-heading">{t('referral.searchHeading')}</h2>
      <form role="search" action="/ohjautuminen/" method="get" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="referral-q" className="referral-q-label">{t('referral.searchLabel')}</label>
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
        <p id="referral-q-hint" className="muted small">{t('referral.searchHint')}</p>
        <fieldset className="referral-facets">
          <legend>{t('referral.filtersHeading')}</legend>
          {select('referral-ryhma', t('referral.filterTargetGroup'), state.targetGroup, props.targetGroups, 'targetGroup')}
          {select('referral-toimija', t('referral.filterProviderKind'), state.providerKind, props.providerKinds, 'providerKind')}
          {select('referral-porras', t('referral.filterLevel'), state.level, props.levels, 'level')}
          <div className="referral-facet">
            <label htmlFor="referral-alue">{t('referral.filterRegion')}</label>
            <select id="referral-alue" value={state.region ?? ''} aria-describedby="referral-alue-note" onChange={(event) => onChange({ region: orUndefined(event.target.value) })}>
              <option value="">{t('referral.filterAny')}</option>
              <optgroup label={t('referral.regionWellbeingAreas')}>
                {props.wellbeingAreas.map((area) => (
                  <option key={area.value} value={area.value}>{area.label}</option>
                ))}
              </optgroup>
              <optgroup label={t('referral.regionMunicipalities')}>
                {props.municipalities.map((m) => (
                  <option key={m.code} value={m.code}>{m.name}</option>
                ))}
              </optgroup>
            </select>
            <p id="referral-alue-note" className="muted small">{t('referral.regionNote')}</p>
          </div>
          <button
            type="button"
            onClick={() => onChange({ targetGroup: undefined, providerKind: undefined, level: undefined, region: undefined })}
          >
            {t('referral.clearFilters')}
          </button>
        </fieldset>
      </form>
    </section>
  );
}
