/**
 * The result list: one article per service, heading linking to the service page, one "Miksi:" line
 * saying why it is there, and the passage that matched with the query's words marked. When nothing
 * matched, the client situations closest to the words are offered instead of a dead end.
 */
import { searchText } from '@/i18n/islands/search';
import { excerpt } from '@/lib/search/highlight';
import type { ConceptDoc } from '@/lib/search/model';
import type { ReferralHit } from '@/lib/search/referral-search';
import { routes } from '@/lib/routes';
import { Highlighted } from './Highlighted';
import { whyLine } from './reasons';
import { howToRefer, providersText, whoDecides } from './SearchInfoText';

const { label, t } = searchText;

interface Props {
  /** undefined: nothing searched yet. */
  hits: ReferralHit[] | undefined;
  /** The query had words (the closest situations are offered only then). */
  queried: boolean;
  closestSituations: readonly ConceptDoc[];
  /** Ticks a situation in the finder and moves there. */
  onPickSituation: (id: string) => void;
  /** Moves to the situation checklist. */
  onToChecklist: () => void;
  chosen: readonly string[];
  onToggle: (id: string) => void;
}

function ResultCard({ hit, chosen, onToggle }: { hit: ReferralHit; chosen: boolean; onToggle: (id: string) => void }) {
  const service = hit.service;
  const headingId = `hit-${service.id}`;
  const why = whyLine(hit);
  // A target group's passage is its name and synonyms: the "Miksi:" line names the group, and the
  // card shows the service's own summary instead of the list (as it does when no passage matched).
  const matched = hit.passage !== undefined && hit.passage.kind !== 'targetGroup' ? hit.passage : undefined;
  const text = matched?.text ?? service.summary;
  return (
    <article aria-labelledby={headingId} className={hit.fits ? 'referral-card' : 'referral-card referral-card--no'}>
      <h3 id={headingId}>
        <a href={routes.service(service.id)}>{service.name}</a>
      </h3>
      {why !== undefined && (
        <p className="referral-why">
          <strong>{t('search.why')}</strong> {why}
        </p>
      )}
      {service.partial === true ? (
        <p className="muted">{t('search.loadingDetails')}</p>
      ) : (
        <dl className="facts">
          <dt>{t('search.provider')}</dt>
          <dd>
            {providersText(service)}
            {service.regions.national && ` (${t('search.national')})`}
          </dd>
          {whoDecides(service) !== undefined && (
            <>
              <dt>{t('search.whoDecides')}</dt>
              <dd>{whoDecides(service)}</dd>
            </>
          )}
          <dt>{t('search.howToRefer')}</dt>
          <dd>{howToRefer(service)}</dd>
          {text !== '' && (
            <>
              <dt>{matched === undefined ? label('search.passage', 'summary') : `${t('search.matched')}: ${label('search.passage', matched.kind)}`}</dt>
              <dd>
                {matched?.label !== undefined && <span className="muted">{matched.label}: </span>}
                <Highlighted text={excerpt(text, hit.terms)} terms={hit.terms} />
              </dd>
            </>
          )}
        </dl>
      )}
      <label className="referral-choose">
        <input type="checkbox" checked={chosen} onChange={() => onToggle(service.id)} /> {t('search.choose', { name: service.name })}
      </label>
    </article>
  );
}

function Closest({ situations, onPick, onToChecklist }: { situations: readonly ConceptDoc[]; onPick: Props['onPickSituation']; onToChecklist: Props['onToChecklist'] }) {
  return (
    <section aria-labelledby="referral-closest-heading" className="referral-closest">
      <h3 id="referral-closest-heading">{t('search.closestHeading')}</h3>
      {situations.length > 0 ? (
        <>
          <p>{t('search.closestLead')}</p>
          <ul className="referral-closest__list">
            {situations.map((situation) => (
              <li key={situation.id}>
                <button type="button" className="secondary" onClick={() => onPick(situation.id)}>
                  <span className="visually-hidden">{t('search.closestTick')} </span>
                  {situation.label}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <p>{t('search.closestNone')}</p>
          <p>
            <button type="button" onClick={onToChecklist}>
              {t('search.toChecklist')}
            </button>
          </p>
        </>
      )}
    </section>
  );
}

export function SearchResults({ hits, queried, closestSituations, onPickSituation, onToChecklist, chosen, onToggle }: Props) {
  return (
    <section aria-labelledby="referral-results-heading" className="referral-results no-print">
      <h2 id="referral-results-heading">{t('search.results')}</h2>
      {hits !== undefined && hits.length === 0 && queried && <Closest situations={closestSituations} onPick={onPickSituation} onToChecklist={onToChecklist} />}
      {hits !== undefined && hits.length > 0 && (
        <ol aria-label={t('search.results')} className="referral-list">
          {hits.map((hit) => (
            <li key={hit.service.id}>
              <ResultCard hit={hit} chosen={chosen.includes(hit.service.id)} onToggle={onToggle} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
