/** The client-situation checklist and the services it ranks, each with why it fits or does not. */
import { memo } from 'react';
import { label, t } from '@/i18n/ui';
import type { FinderMatch, MatchedItem } from '@/lib/search/finder';
import { routes } from '@/lib/routes';

interface Props {
  situations: { id: string; label: string; group: string; hint?: string | undefined }[];
  ticked: readonly string[];
  onTick: (ticked: string[]) => void;
  /** False while the index (which brings the criteria) is loading. */
  ready: boolean;
  matches: FinderMatch[];
  checks: MatchedItem[];
  serviceName: (id: string) => string;
  situationLabel: (id: string) => string;
  chosen: readonly string[];
  onToggle: (id: string) => void;
}

/** Services shown in the ranking; the count line tells how many matched in all. */
const SHOWN = 12;

const GROUP_ORDER = ['health', 'work', 'education', 'life', 'support', 'transition'];

function ItemList({ items, situationLabel }: { items: MatchedItem[]; situationLabel: (id: string) => string }) {
  return (
    <ul>
      {items.map((item) => (
        <li key={`${item.criteria}/${item.item}`}>
          {item.text} <span className="muted">({label('force', item.force)}; {item.criteriaTitle}{item.situations.length > 0 && ` – ${item.situations.map(situationLabel).join(', ')}`})</span>
        </li>
      ))}
    </ul>
  );
}

type Situation = Props['situations'][number];

/** The checklist by group; memoised (with a stable onTick it re-renders only when a tick changes). */
const SituationChecklist = memo(function SituationChecklist({ situations, ticked, onTick }: { situations: Situation[]; ticked: readonly string[]; onTick: Props['onTick'] }) {
  const groups = GROUP_ORDER.map((group) => ({ group, items: situations.filter((s) => s.group === group) })).filter((g) => g.items.length > 0);
  const toggle = (id: string) => onTick(ticked.includes(id) ? ticked.filter((s) => s !== id) : [...ticked, id]);
  return (
    <div className="finder-groups no-print">
      {groups.map(({ group, items }) => (
        <fieldset key={group}>
          <legend>{label('search.group', group)}</legend>
          {items.map((situation) => (
            <div key={situation.id} className="finder-item">
              <input
                type="checkbox"
                id={`tilanne-${situation.id}`}
                checked={ticked.includes(situation.id)}
                onChange={() => toggle(situation.id)}
                aria-describedby={situation.hint === undefined ? undefined : `tilanne-${situation.id}-hint`}
              />{' '}
              <label htmlFor={`tilanne-${situation.id}`}>{situation.label}</label>
              {situation.hint !== undefined && <p id={`tilanne-${situation.id}-hint`} className="muted small">{situation.hint}</p>}
            </div>
          ))}
        </fieldset>
      ))}
    </div>
  );
});

export function FinderPanel({ situations, ticked, onTick, ready, matches, checks, serviceName, situationLabel, chosen, onToggle }: Props) {
  return (
    <section aria-labelledby="finder-heading" className="referral-finder">
      <h2 id="finder-heading">{t('search.finderHeading')}</h2>
      <p className="no-print">{t('search.finderLead')}</p>
      {situations.length === 0 && <p className="muted">{t('search.finderEmpty')}</p>}
      <SituationChecklist situations={situations} ticked={ticked} onTick={onTick} />
      <div className="no-print">
        <h3 id="finder-results-heading">{t('search.finderResults')}</h3>
        <p role="status" className="muted">
          {ticked.length === 0 ? t('search.finderPrompt') : !ready ? t('search.loading') : matches.length === 0 ? t('search.finderNone') : matches.length > SHOWN ? t('search.shownOf', { shown: SHOWN, count: matches.length }) : t('search.resultCount', { count: matches.length })}
        </p>
        {matches.length > 0 && (
          <ol aria-labelledby="finder-results-heading" className="referral-list">
            {matches.slice(0, SHOWN).map((match) => {
              const headingId = `finder-${match.service}`;
              const name = serviceName(match.service);
              return (
                <li key={match.service}>
                  <article aria-labelledby={headingId} className={match.fits ? 'referral-card' : 'referral-card referral-card--no'}>
                    <h4 id={headingId}>
                      <a href={routes.service(match.service)}>{name}</a>
                    </h4>
                    <p className="muted small">{match.fits ? t('search.points', { points: match.score }) : t('search.fitsNot')}</p>
                    {match.required.length + match.preferred.length > 0 && (
                      <>
                        <p className="finder-why">{t('search.whyFits')}</p>
                        <ItemList items={[...match.required, ...match.preferred]} situationLabel={situationLabel} />
                      </>
                    )}
                    {match.excludes.length > 0 && (
                      <>
                        <p className="finder-why">{t('search.whyNot')}</p>
                        <ItemList items={match.excludes} situationLabel={situationLabel} />
                        {match.instead.length > 0 && (
                          <p>
                            {t('search.instead')}:{' '}
                            {match.instead.map((id, i) => (
                              <span key={id}>
                                {i > 0 && ', '}
                                <a href={routes.service(id)}>{serviceName(id)}</a>
                              </span>
                            ))}
                          </p>
                        )}
                      </>
                    )}
                    <label className="referral-choose">
                      <input type="checkbox" checked={chosen.includes(match.service)} onChange={() => onToggle(match.service)} />{' '}
                      {t('search.choose', { name })}
                    </label>
                  </article>
                </li>
              );
            })}
          </ol>
        )}
        {checks.length > 0 && (
          <>
            <h3>{t('search.toCheck')}</h3>
            <p>{t('search.toCheckLead')}</p>
            <ItemList items={checks} situationLabel={situationLabel} />
          </>
        )}
      </div>
    </section>
  );
}
