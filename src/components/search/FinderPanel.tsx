/**
 * The client-situation checklist and the services it ranks, each with why it fits or does not.
 * The three best matches sit where the professional is looking: in a sticky panel beside the
 * checkboxes when there is room, directly under the first group of the checklist when not.
 */
import { searchText } from '@/i18n/islands/search';
import { Fragment, memo, useMemo, type CSSProperties } from 'react';
import { metSituations, type FinderMatch, type MatchedItem } from '@/lib/search/finder';
import { routes } from '@/lib/routes';

const { label, t } = searchText;

interface Props {
  situations: { id: string; label: string; group: string; hint?: string | undefined }[];
  ticked: readonly string[];
  onTick: (ticked: string[]) => void;
  /** False while the index (which brings the criteria) is loading. */
  ready: boolean;
  /** In display order (rankMatches). */
  matches: FinderMatch[];
  checks: MatchedItem[];
  serviceName: (id: string) => string;
  situationLabel: (id: string) => string;
  chosen: readonly string[];
  onToggle: (id: string) => void;
}

/** Services shown in the ranking; the count line tells how many matched in all. */
const SHOWN = 12;
/** Services in the panel of best matches. */
const TOP = 3;
/** Situations named per reason in that panel; the rest are counted. */
const TOP_LABELS = 2;

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

/** One group of the checklist; memoised (with a stable onTick it re-renders only when a tick changes). */
const SituationGroup = memo(function SituationGroup({ group, items, ticked, onTick }: { group: string; items: Situation[]; ticked: readonly string[]; onTick: Props['onTick'] }) {
  const toggle = (id: string) => onTick(ticked.includes(id) ? ticked.filter((s) => s !== id) : [...ticked, id]);
  return (
    <fieldset className="finder-group no-print">
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
  );
});

function labels(ids: readonly string[], situationLabel: (id: string) => string): string {
  const shown = ids.slice(0, TOP_LABELS).map(situationLabel).join(', ');
  return ids.length > TOP_LABELS ? `${shown} ${t('search.whyMore', { count: ids.length - TOP_LABELS })}` : shown;
}

/** The three best matches, updated as boxes are ticked, each with the ticked situations it needs or prefers. */
function FinderTop({ ticked, ready, matches, serviceName, situationLabel }: Pick<Props, 'ticked' | 'ready' | 'matches' | 'serviceName' | 'situationLabel'>) {
  const fitting = matches.filter((match) => match.fits);
  const top = fitting.slice(0, TOP);
  const status =
    ticked.length === 0 ? t('search.finderTopPrompt') : !ready ? t('search.loading') : top.length === 0 ? (matches.length === 0 ? t('search.finderNone') : t('search.finderTopNone')) : t('search.finderTopCount', { shown: top.length, count: fitting.length });
  return (
    <section aria-labelledby="finder-top-heading" className="finder-top no-print">
      <h3 id="finder-top-heading">{t('search.finderTopHeading')}</h3>
      <div aria-live="polite">
        <p className="muted small">{status}</p>
        {top.length > 0 && (
          <ol className="finder-top__list">
            {top.map((match) => {
              const met = metSituations(match);
              return (
                <li key={match.service}>
                  <a href={routes.service(match.service)}>{serviceName(match.service)}</a>
                  {met.required.length > 0 && <p className="small">{t('search.finderRequires', { list: labels(met.required, situationLabel) })}</p>}
                  {met.preferred.length > 0 && <p className="small">{t('search.finderPrefers', { list: labels(met.preferred, situationLabel) })}</p>}
                </li>
              );
            })}
          </ol>
        )}
      </div>
      {matches.length > 0 && (
        <p className="small">
          <a href="#finder-results-heading">{t('search.finderTopAll', { count: matches.length })}</a>
        </p>
      )}
    </section>
  );
}

export function FinderPanel({ situations, ticked, onTick, ready, matches, checks, serviceName, situationLabel, chosen, onToggle }: Props) {
  const groups = useMemo(() => GROUP_ORDER.map((group) => ({ group, items: situations.filter((s) => s.group === group) })).filter((g) => g.items.length > 0), [situations]);
  const fittingCount = matches.filter((match) => match.fits).length;
  const best = ready && ticked.length > 0 ? matches.find((match) => match.fits) : undefined;
  const top = <FinderTop ticked={ticked} ready={ready} matches={matches} serviceName={serviceName} situationLabel={situationLabel} />;
  return (
    <section aria-labelledby="finder-heading" className="referral-finder">
      <h2 id="finder-heading">{t('search.finderHeading')}</h2>
      <p className="no-print">{t('search.finderLead')}</p>
      {situations.length === 0 && <p className="muted">{t('search.finderEmpty')}</p>}
      {/* The panel follows the first group in the page's order; wide, CSS moves it beside the groups. */}
      <div className="finder-layout" style={{ '--finder-rows': Math.max(1, groups.length) } as CSSProperties}>
        {groups.map(({ group, items }, i) => (
          <Fragment key={group}>
            <SituationGroup group={group} items={items} ticked={ticked} onTick={onTick} />
            {i === 0 && top}
          </Fragment>
        ))}
        {/* Narrow: the panel is above the later groups, so a bar at the bottom of the screen points back to it. */}
        {best !== undefined && (
          <p className="finder-jump no-print">
            <a href="#finder-top-heading">
              {t('search.finderJump', { name: serviceName(best.service) })}
              {fittingCount > 1 && ` ${t('search.whyMore', { count: fittingCount - 1 })}`}
              <span aria-hidden="true"> ↑</span>
            </a>
          </p>
        )}
      </div>
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
                    {!match.fits && <p className="muted small">{t('search.fitsNot')}</p>}
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
