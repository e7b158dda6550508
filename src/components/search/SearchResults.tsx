/** The result list: one article per service, heading linking to the service page. */
import { label, t } from '@/i18n/ui';
import { excerpt } from '@/lib/search/highlight';
import type { SearchHit } from '@/lib/search/rank';
import { routes } from '@/lib/routes';
import { Highlighted } from './Highlighted';
import { howToRefer, providersText } from './SearchInfoText';

interface Props {
  /** undefined: nothing searched yet. */
  hits: SearchHit[] | undefined;
  chosen: readonly string[];
  onToggle: (id: string) => void;
}

export function SearchResults({ hits, chosen, onToggle }: Props) {
  return (
    <section aria-labelledby="referral-results-heading" className="referral-results no-print">
      <h2 id="referral-results-heading">{t('search.results')}</h2>
      <p role="status" className="muted">
        {hits === undefined ? '' : hits.length === 0 ? t('search.noResults') : t('search.resultCount', { count: hits.length })}
      </p>
      {hits !== undefined && hits.length > 0 && (
        <ol aria-label={t('search.results')} className="referral-list">
          {hits.map((hit) => {
            const service = hit.service;
            const headingId = `hit-${service.id}`;
            return (
              <li key={service.id}>
                <article aria-labelledby={headingId} className="referral-card">
                  <h3 id={headingId}>
                    <a href={routes.service(service.id)}>{service.name}</a>
                  </h3>
                  <dl className="facts">
                    <dt>{t('search.provider')}</dt>
                    <dd>{providersText(service)}{service.regions.national && ` (${t('search.national')})`}</dd>
                    <dt>{t('search.howToRefer')}</dt>
                    <dd>{howToRefer(service)}</dd>
                    {hit.passage !== undefined && (
                      <>
                        <dt>{t('search.matched')}: {label('search.passage', hit.passage.kind)}</dt>
                        <dd>
                          {hit.passage.label !== undefined && <span className="muted">{hit.passage.label}: </span>}
                          <Highlighted text={excerpt(hit.passage.text, hit.terms)} terms={hit.terms} />
                        </dd>
                      </>
                    )}
                  </dl>
                  <label className="referral-choose">
                    <input type="checkbox" checked={chosen.includes(service.id)} onChange={() => onToggle(service.id)} />{' '}
                    {t('search.choose', { name: service.name })}
                  </label>
                </article>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
