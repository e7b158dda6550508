/**
 * The result list: one article per service, heading linking to the service page, one "Miksi:" line
 * saying why it is there, and the passage that matched with the query's words marked. When nothing
 * matched, the client situations closest to the words are offered instead of a dead end.
 */
import { label, t } from '@/i18n/ui';
import { excerpt } from '@/lib/search/highlight';
import type { ConceptDoc } from '@/lib/search/model';
import type { ReferralHit } from '@/lib/search/referral-search';
import { routes } from '@/lib/routes';
import { Highlighted } from './Highlighted';
import { howToRefer, providersText } from './SearchInfoText';

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

/** Reason kinds on a card at most: the line stays one line, not a list of everything that matched. */
const MAX_REASON_KINDS = 2;
/** Values per reason kind; the rest are counted. */
const MAX_VALUES = 2;

function values(list: readonly string[]): string {
  const shown = list.slice(0, MAX_VALUES).join(', ');
  return list.length > MAX_VALUES ? `${shown} ${t('search.whyMore', { count: list.length - MAX_VALUES })}` : shown;
}

/**
 * The "Miksi:" line of a result in plain words: the recognised situations its criteria meet, the
 * recognised target groups it is for, the typed words that matched (at most two of these, in that
 * order), and, when an excludes criterion is met, why it may not fit. Never points, never a
 * target group's synonym list.
 */
export function whyLine(hit: ReferralHit): string | undefined {
  const { situations, targetGroups, words, excluded } = hit.reasons;
  const parts: string[] = [];
  if (situations.length > 0) parts.push(t(situations.length === 1 ? 'search.whySituation' : 'search.whySituations', { list: values(situations) }));
  if (targetGroups.length > 0) parts.push(t(targetGroups.length === 1 ? 'search.whyTargetGroup' : 'search.whyTargetGroups', { list: values(targetGroups) }));
  if (words.length > 0) parts.push(t('search.whyWords', { list: words.join(', ') }));
  const shown = parts.slice(0, hit.fits ? MAX_REASON_KINDS : MAX_REASON_KINDS - 1);
  if (!hit.fits && excluded !== undefined) shown.push(t('search.mayNotFit', { text: excluded }));
  return shown.length === 0 ? undefined : shown.join(' · ');
}

function ResultCard({ hit, chosen, onToggle }: { hit: ReferralHit; chosen: boolean; onToggle: (id: string) => void }) {
  const service = hit.service;
  const headingId = `hit-${service.id}`;
  const why = whyLine(hit);
  // A target group's passage is its name and synonyms: the "Miksi:" line names the group, and the
  // card shows the service's own summary instead of the list.
  const passage = hit.passage !== undefined && hit.passage.kind !== 'targetGroup' ? hit.passage : { kind: 'summary' as const, text: service.summary, label: undefined };
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
      <dl className="facts">
        <dt>{t('search.provider')}</dt>
        <dd>
          {providersText(service)}
          {service.regions.national && ` (${t('search.national')})`}
        </dd>
        <dt>{t('search.howToRefer')}</dt>
        <dd>{howToRefer(service)}</dd>
        {passage.text !== '' && (
          <>
            <dt>
              {t('search.matched')}: {label('search.passage', passage.kind)}
            </dt>
            <dd>
              {passage.label !== undefined && <span className="muted">{passage.label}: </span>}
              <Highlighted text={excerpt(passage.text, hit.terms)} terms={hit.terms} />
            </dd>
          </>
        )}
      </dl>
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
