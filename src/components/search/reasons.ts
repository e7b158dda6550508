/**
 * A result's "Miksi:" line in plain words, from the reasons the referral search gives (separate from
 * the card so it can be unit-tested).
 */
import { searchText } from '@/i18n/islands/search';
import type { ReferralHit } from '@/lib/search/referral-search';

const { t } = searchText;

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
export function whyLine(hit: Pick<ReferralHit, 'reasons' | 'fits'>): string | undefined {
  const { situations, targetGroups, words, excluded } = hit.reasons;
  const parts: string[] = [];
  if (situations.length > 0) parts.push(t(situations.length === 1 ? 'search.whySituation' : 'search.whySituations', { list: values(situations) }));
  if (targetGroups.length > 0) parts.push(t(targetGroups.length === 1 ? 'search.whyTargetGroup' : 'search.whyTargetGroups', { list: values(targetGroups) }));
  if (words.length > 0) parts.push(t('search.whyWords', { list: words.join(', ') }));
  const shown = parts.slice(0, hit.fits ? MAX_REASON_KINDS : MAX_REASON_KINDS - 1);
  if (!hit.fits) shown.push(excluded === undefined ? t('search.fitsNot') : t('search.mayNotFit', { text: excluded }));
  return shown.length === 0 ? undefined : shown.join(' · ');
}
