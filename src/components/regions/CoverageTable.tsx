/**
 * The coverage table island: services × wellbeing areas, filterable by service kind and staircase
 * level, downloadable as CSV (all rows from a static file, or the filtered rows built here).
 * Rows and cells are computed at build time (src/lib/regions/coverage.ts).
 */
import { regionsText } from '@/i18n/islands/regions';
import { useId, useMemo, useState } from 'react';
import { withIslandBoundary } from '@/components/ui/IslandErrorBoundary';
import { coverageCsv, filterCoverage, type CoverageRow } from '@/lib/regions/coverage';
import { routes } from '@/lib/routes';
import './CoverageTable.css';

const { label, t } = regionsText;

export interface CoverageProps {
  areas: { id: string; name: string; short: string }[];
  rows: CoverageRow[];
  kinds: { value: string; label: string }[];
  levels: { value: string; label: string }[];
  csvHref: string;
}

function CoverageTable({ areas, rows, kinds, levels, csvHref }: CoverageProps) {
  const id = useId();
  const [kind, setKind] = useState('');
  const [level, setLevel] = useState('');
  const shown = useMemo(() => filterCoverage(rows, { kind, level }), [rows, kind, level]);
  const kindLabel = (value: string) => kinds.find((k) => k.value === value)?.label ?? value;

  const download = () => {
    const csv = coverageCsv({ areas }, shown, { service: t('regions.coverage.service'), kind: t('regions.coverage.kind') }, (cell) => label('regions.coverage.cell', cell.reach), kindLabel);
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'palvelujen-kattavuus-suodatettu.csv';
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <div className="coverage">
      <div className="coverage__controls">
        <div>
          <label htmlFor={`${id}-kind`}>{t('regions.coverage.filterKind')}</label>
          <select id={`${id}-kind`} value={kind} onChange={(event) => setKind(event.target.value)}>
            <option value="">{t('regions.coverage.all')}</option>
            {kinds.map((k) => <option key={k.value} value={k.value}>{k.label}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-level`}>{t('regions.coverage.filterLevel')}</label>
          <select id={`${id}-level`} value={level} onChange={(event) => setLevel(event.target.value)}>
            <option value="">{t('regions.coverage.all')}</option>
            {levels.map((l) => <option key={l.value} value={l.value}>{l.label}</option>)}
          </select>
        </div>
        <a className="button secondary" href={csvHref} download>{t('regions.coverage.csv')}</a>
        <button type="button" className="secondary" onClick={download}>{t('regions.coverage.csvFiltered')}</button>
      </div>
      <p role="status">{t('regions.coverage.shown', { shown: shown.length, total: rows.length })}</p>
      {rows.length === 0 ? (
        <p className="muted">{t('regions.coverage.empty')}</p>
      ) : shown.length === 0 ? (
        <p className="muted">{t('regions.coverage.noMatch')}</p>
      ) : (
        <div className="coverage__scroll" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
          <table>
            <caption id={`${id}-caption`}>{t('regions.coverage.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('regions.coverage.service')}</th>
                <th scope="col">{t('regions.coverage.localAreas')}</th>
                {areas.map((area) => (
                  <th scope="col" key={area.id} className="coverage__area">
                    <a href={routes.wellbeingArea(area.id)} title={area.name}><span>{area.short}</span></a>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <a href={routes.service(row.id)}>{row.name}</a>
                    <span className="small muted"> {kindLabel(row.kind)}</span>
                  </th>
                  <td>{row.national ? t('regions.coverage.everywhere') : row.localAreas}</td>
                  {row.cells.map((cell, index) => (
                    <td key={areas[index]!.id} className={`coverage__cell coverage__cell--${cell.reach}`}>
                      <span aria-hidden="true">{label('regions.coverage.symbol', cell.reach)}</span>
                      <span className="visually-hidden">{label('regions.coverage.cell', cell.reach)}</span>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

/** The island as pages use it: behind an error boundary, so a failure leaves the rest of the page working. */
export default withIslandBoundary(CoverageTable);
