/** The printable referral summary of the chosen services (the print stylesheet shows only this). */
import { searchText } from '@/i18n/islands/search';
import type { FinderMatch } from '@/lib/search/finder';
import type { ServiceDoc } from '@/lib/search/model';
import { providersText } from './SearchInfoText';

const { t } = searchText;

interface Props {
  services: ServiceDoc[];
  matches: FinderMatch[];
  situations: string[];
  query: string;
  onRemove: (id: string) => void;
}

export function ReferralSummary({ services, matches, situations, query, onRemove }: Props) {
  return (
    <section aria-labelledby="summary-heading" className="referral-summary">
      <h2 id="summary-heading">{t('search.summaryHeading')}</h2>
      {services.length === 0 ? (
        <p className="muted">{t('search.summaryEmpty')}</p>
      ) : (
        <>
          {query.trim() !== '' && <p>{t('search.summaryQuery')}: {query}</p>}
          {situations.length > 0 && <p>{t('search.summarySituations')}: {situations.join('; ')}</p>}
          {services.map((service) => {
            const match = matches.find((m) => m.service === service.id);
            const criteria = match === undefined ? [] : [...match.required, ...match.preferred];
            const referral = service.referral;
            return (
              <article key={service.id} aria-labelledby={`summary-${service.id}`} className="referral-card">
                <h3 id={`summary-${service.id}`}>{service.name}</h3>
                {service.partial === true ? (
                  <p className="muted">{t('search.loadingDetails')}</p>
                ) : (
                  <>
                    <p>{service.summary}</p>
                    <dl className="facts">
                      <dt>{t('search.provider')}</dt>
                      <dd>{providersText(service)}</dd>
                      {referral?.whoDecides !== undefined && (
                        <>
                          <dt>{t('search.whoDecides')}</dt>
                          <dd>{referral.whoDecides}</dd>
                        </>
                      )}
                      {referral?.howToApply !== undefined && (
                        <>
                          <dt>{t('search.howToApply')}</dt>
                          <dd>{referral.howToApply}</dd>
                        </>
                      )}
                      {referral?.prerequisites !== undefined && referral.prerequisites.length > 0 && (
                        <>
                          <dt>{t('search.prerequisites')}</dt>
                          <dd>
                            <ul>{referral.prerequisites.map((item) => <li key={item}>{item}</li>)}</ul>
                          </dd>
                        </>
                      )}
                      <dt>{t('search.summaryWhoRefers')}</dt>
                      <dd>{referral !== undefined && referral.whoRefers.length > 0 ? referral.whoRefers.join(', ') : t('search.notStated')}</dd>
                      <dt>{t('search.summaryForm')}</dt>
                      <dd>{referral?.form ?? t('search.notStated')}</dd>
                      <dt>{t('search.summaryConsent')}</dt>
                      <dd>{referral?.consent ?? t('search.notStated')}</dd>
                      {criteria.length > 0 && (
                        <>
                          <dt>{t('search.summaryCriteria')}</dt>
                          <dd>
                            <ul>{criteria.map((item) => <li key={`${item.criteria}/${item.item}`}>{item.text}</li>)}</ul>
                          </dd>
                        </>
                      )}
                      {/* Source names only: the line numbers are on the service's own page, once. */}
                      <dt>{t('common.sources')}</dt>
                      <dd>
                        {service.sources.map((source, index) => (
                          <span key={source.href}>
                            {index > 0 && '; '}
                            <a href={source.href}>{source.title}</a>
                          </span>
                        ))}
                      </dd>
                    </dl>
                  </>
                )}
                <button type="button" className="no-print" onClick={() => onRemove(service.id)}>
                  {t('search.summaryRemove', { name: service.name })}
                </button>
              </article>
            );
          })}
          <p className="no-print">
            <button type="button" onClick={() => window.print()}>{t('search.summaryPrint')}</button>
          </p>
        </>
      )}
    </section>
  );
}
