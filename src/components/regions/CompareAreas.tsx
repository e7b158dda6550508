/**
 * Compare two wellbeing areas side by side. The choice lives in the URL (?a=<id>&b=<id>), parsed
 * with zod (src/lib/regions/compare.ts); unknown ids are ignored with a visible note. Without
 * JavaScript the form still submits the same URL.
 */
import { regionsText } from '@/i18n/islands/regions';
import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { withIslandBoundary } from '@/components/ui/IslandErrorBoundary';
import { compareSearch, parseCompareParams, type CompareState } from '@/lib/regions/compare';
import { routes } from '@/lib/routes';
import { decodeEntryList, decodeEntryTable } from '@/lib/regions/entry-lists';
import { byWellbeingArea, decodeMunicipalities } from '@/lib/regions/municipality-options';
import './CompareAreas.css';

const { t } = regionsText;

export interface CompareArea {
  id: string;
  name: string;
  employmentAreas: { id: string; name: string; shared: number }[];
  /** Rows of `entries` (encodeEntryLists, src/lib/regions/entry-lists.ts). */
  actors: string;
  services: string;
}

export interface CompareProps {
  areas: CompareArea[];
  /** How many services are national: available in every area, whether or not a local offering is recorded. */
  nationalServices: number;
  /** Every municipality, sorted by name, encoded by encodeMunicipalities (src/lib/regions/municipality-options.ts). */
  municipalities: string;
  /** The actors and services of every area, one table (encodeEntryLists). */
  entries: string;
}

const EMPTY: CompareState = { a: null, b: null, ignored: [] };

function Links({ items, href, none }: { items: { id: string; name: string; extra?: string }[]; href: (id: string) => string; none: string }) {
  if (items.length === 0) return <span className="muted">{none}</span>;
  return (
    <ul>
      {items.map((item) => (
        <li key={item.id}>
          <a href={href(item.id)}>{item.name}</a>
          {item.extra && <span className="muted"> {item.extra}</span>}
        </li>
      ))}
    </ul>
  );
}

function CompareAreas({ areas, nationalServices, municipalities, entries }: CompareProps) {
  const id = useId();
  const members = useMemo(() => byWellbeingArea(decodeMunicipalities(municipalities)), [municipalities]);
  const table = useMemo(() => decodeEntryTable(entries), [entries]);
  const names = (area: CompareArea) => (members.get(area.id) ?? []).map((m) => m.name);
  const [state, setState] = useState<CompareState>(EMPTY);
  const ids = areas.map((area) => area.id);

  useEffect(() => {
    const read = () => setState(parseCompareParams(window.location.search, ids));
    read();
    window.addEventListener('popstate', read);
    return () => window.removeEventListener('popstate', read);
    // ids come from build-time props and never change
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const choose = (key: 'a' | 'b', value: string) => {
    const next = { ...state, [key]: value === '' ? null : value, ignored: [] };
    setState(next);
    window.history.replaceState(null, '', `${window.location.pathname}${compareSearch(next)}`);
  };
  const a = areas.find((area) => area.id === state.a);
  const b = areas.find((area) => area.id === state.b);
  const chosen = [a, b].filter((area): area is CompareArea => area !== undefined);
  const caption = t('regions.compare.tableCaption', { a: a?.name ?? '–', b: b?.name ?? '–' });
  // The rows of the comparison, shared by the table (wide screens) and the stacked areas (narrow).
  const features: { key: string; label: string; render: (area: CompareArea) => ReactNode }[] = [
    {
      key: 'employment',
      label: t('regions.compare.employmentAreas'),
      render: (area) => (
        <Links href={routes.employmentArea} none={t('regions.compare.none')} items={area.employmentAreas.map((e) => ({ id: e.id, name: e.name, extra: `(${e.shared})` }))} />
      ),
    },
    {
      key: 'municipalities',
      label: t('regions.compare.municipalities'),
      render: (area) => <><strong>{names(area).length}</strong>: {names(area).join(', ')}</>,
    },
    { key: 'actors', label: t('regions.compare.actors'), render: (area) => <Links href={routes.actor} none={t('regions.compare.none')} items={decodeEntryList(table, area.actors)} /> },
    { key: 'services', label: t('regions.compare.services'), render: (area) => <Links href={routes.service} none={t('regions.compare.none')} items={decodeEntryList(table, area.services)} /> },
    { key: 'national', label: t('regions.compare.national'), render: () => t('regions.compare.nationalCell', { count: nationalServices }) },
  ];

  const select = (key: 'a' | 'b', labelText: string) => (
    <div className="compare__field">
      <label htmlFor={`${id}-${key}`}>{labelText}</label>
      <select id={`${id}-${key}`} name={key} value={state[key] ?? ''} onChange={(event) => choose(key, event.target.value)}>
        <option value="">{t('regions.compare.choose')}</option>
        {areas.map((area) => (
          <option key={area.id} value={area.id}>{area.name}</option>
        ))}
      </select>
    </div>
  );

  return (
    <div className="compare">
      <form method="get" action="" className="compare__form">
        {select('a', t('regions.compare.a'))}
        {select('b', t('regions.compare.b'))}
        <button type="submit" className="secondary">{t('regions.compare.submit')}</button>
      </form>
      <div role="status">
        {state.ignored.length > 0 && <p className="note note--inferred">{t('regions.compare.ignored', { values: state.ignored.join(', ') })}</p>}
      </div>
      {chosen.length === 0 ? (
        <p className="muted">{t('regions.compare.pick')}</p>
      ) : (
        <>
          {/* Wide screens: the areas side by side in a table. */}
          <div className="compare__wide">
            <table className="compare__table">
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('regions.compare.feature')}</th>
                  {chosen.map((area) => (
                    <th scope="col" key={area.id}><a href={routes.wellbeingArea(area.id)}>{area.name}</a></th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {features.map((feature) => (
                  <tr key={feature.key}>
                    <th scope="row">{feature.label}</th>
                    {chosen.map((area) => <td key={area.id}>{feature.render(area)}</td>)}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {/* Narrow screens: one area after the other, the caption whole above them. */}
          <div className="compare__narrow">
            <p className="compare__caption">{caption}</p>
            {chosen.map((area) => (
              <section key={area.id} className="compare__area" aria-labelledby={`${id}-${area.id}`}>
                <h2 id={`${id}-${area.id}`}><a href={routes.wellbeingArea(area.id)}>{area.name}</a></h2>
                <dl>
                  {features.map((feature) => (
                    <div key={feature.key}>
                      <dt>{feature.label}</dt>
                      <dd>{feature.render(area)}</dd>
                    </div>
                  ))}
                </dl>
              </section>
            ))}
          </div>
        </>
      )}
    </div>
  );
}

/** The island as pages use it: behind an error boundary, so a failure leaves the rest of the page working. */
export default withIslandBoundary(CompareAreas);
