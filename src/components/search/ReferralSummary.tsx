/** The printable referral summary of the chosen services (the print stylesheet shows only this). */
import { t } from '@/i18n/ui';
import type { FinderMatch } from '@/lib/criteria-match';
import type { ServiceDoc } from '@/lib/search-index';
import { providersText } from './ReferralInfoText';

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
      <h2 id="summary-heading">{t('referral.summaryHeading')}</h2>
      {services.length === 0 ? (
        <p className="muted">{t('referral.summaryEmpty')}</p>
      ) : (
        <>
          {query.trim() !== '' && <p>{t('referral.summaryQuery')}: {query}</p>}
          {situations.length > 0 && <p>{t('referral.summarySituations')}: {situations.join('; ')}</p>}
          {services.map((service) => {
            const match = matches.find((m) => m.service === service.id);
            const criteria = match === undefined ? [] : [...match.required, ...match.preferred];
            const referral = service.referral;
            return (
              <article key={service.id} aria-labelledby={`summary-${service.id}`} className="referral-card">
                <h3 id={`summary-${service.id}`}>{service.name}</h3>
                <p>{service.summary}</p>
                <dl className="facts">
                  <dt>{t('referral.provider')}</dt>
                  <dd>{providersText(service)}</dd>
                  <dt>{t('referral.summaryWhoRefers')}</dt>
                  <dd>{referral !== undefined && referral.whoRefers.length > 0 ? referral.whoRefers.join(', ') : t('referral.notStated')}</dd>
                  <dt>{t('referral.summaryForm')}</dt>
                  <dd>{referral?.form ?? t('referral.notStated')}</dd>
                  <dt>{t('referral.summaryConsent')}</dt>
                  <dd>{referral?.consent ?? t('referral.notStated')}</dd>
                  {criteria.length > 0 && (
                    <>
                      <dt>{t('referral.summaryCriteria')}</dt>
                      <dd>
                        <ul>{criteria.map((item) => <li key={`${item.criteria}/${item.item}`}>{item.text}</li>)}</ul>
                      </dd>
                    </>
                  )}
                  <dt>{t('common.sources')}</dt>
                  <dd>
                    <ul>
                      {service.sources.map((source) => (
                        <li key={source.href}>
                          <a href={source.href}>{source.title}</a>
                          {source.lines !== undefined && `, ${t('common.sourceLines', { lines: source.lines })}`}
                        </li>
                      ))}
                    </ul>
                  </dd>
                </dl>
                <button type="button" className="no-print" onClick={() => onRemove(service.id)}>
                  {t('referral.summaryRemove', { name: service.name })}
                </button>
              </article>
            );
          })}
          <p className="no-print">
            <button type="button" onClick={() => window.print()}>{t('referral.summaryPrint')}</button>
          </p>
        </>
      )}
    </section>
  );
}
