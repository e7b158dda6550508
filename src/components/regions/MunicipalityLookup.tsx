/**
 * Municipality lookup island: type a name (Finnish or Swedish, any case form) and see its
 * wellbeing area and employment area with links. Matching is src/lib/regions/municipality-lookup.ts.
 */
import { regionsText } from '@/i18n/islands/regions';
import { useId, useMemo, useState } from 'react';
import { withIslandBoundary } from '@/components/ui/IslandErrorBoundary';
import { createMunicipalityLookup } from '@/lib/regions/municipality-lookup';
import { routes } from '@/lib/routes';
import { decodeMunicipalities } from '@/lib/regions/municipality-options';
import './MunicipalityLookup.css';

const { t } = regionsText;

export interface LookupProps {
  /** Every municipality with its Swedish name, encoded by encodeMunicipalities (src/lib/regions/municipality-options.ts). */
  municipalities: string;
  wellbeingNames: Record<string, string>;
  employmentNames: Record<string, string>;
}

function MunicipalityLookup({ municipalities, wellbeingNames, employmentNames }: LookupProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const lookup = useMemo(
    () =>
      createMunicipalityLookup(
        decodeMunicipalities(municipalities).map((m) => ({ code: m.code, name: m.name, nameSv: m.nameSv ?? '', wellbeing: m.wellbeingArea, employment: m.employmentArea })),
      ),
    [municipalities],
  );
  const matches = useMemo(() => lookup(query, 6), [lookup, query]);
  const trimmed = query.trim();

  return (
    <div className="lookup">
      <label htmlFor={`${id}-input`}>{t('regions.lookup.label')}</label>
      <p id={`${id}-hint`} className="small muted">{t('regions.lookup.hint')}</p>
      <input
        id={`${id}-input`}
        type="search"
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${id}-hint`}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <div role="status" className="lookup__status">
        {trimmed !== '' &&
          (matches.length === 0
            ? t('regions.lookup.noResults', { query: trimmed.slice(0, 60) })
            : matches.length === 1
              ? t('regions.lookup.oneResult')
              : t('regions.lookup.results', { count: matches.length }))}
      </div>
      {matches.length > 0 && (
        <ul className="lookup__results">
          {matches.map(({ entry, matchedName }) => (
            <li key={entry.code}>
              <p className="lookup__name">
                <strong>{entry.name}</strong>
                {matchedName !== entry.name && matchedName === entry.nameSv && <span className="muted"> ({t('regions.lookup.matchedSv', { name: entry.nameSv })})</span>}
              </p>
              <dl>
                <dt>{t('regions.lookup.wellbeingArea')}</dt>
                <dd><a href={routes.wellbeingArea(entry.wellbeing)}>{wellbeingNames[entry.wellbeing] ?? entry.wellbeing}</a></dd>
                <dt>{t('regions.lookup.employmentArea')}</dt>
                <dd><a href={routes.employmentArea(entry.employment)}>{employmentNames[entry.employment] ?? entry.employment}</a></dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The island as pages use it: behind an error boundary, so a failure leaves the rest of the page working. */
export default withIslandBoundary(MunicipalityLookup);
