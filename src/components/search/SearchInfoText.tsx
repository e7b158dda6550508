/** "How to refer" in one line: how to apply (or who refers and the form), self-referral. */
import { searchText } from '@/i18n/islands/search';
import type { ServiceDoc } from '@/lib/search/model';

const { t } = searchText;

export function howToRefer(service: ServiceDoc): string {
  const referral = service.referral;
  if (referral === undefined) return t('search.notStated');
  // The statutory route where content gives it: how to apply says what to do; otherwise who refers and the form.
  const parts = [
    referral.howToApply ?? referral.whoRefers.join(', '),
    referral.howToApply === undefined ? (referral.form ?? '') : '',
    referral.selfReferral === true ? t('search.selfReferralYes') : '',
  ];
  const text = parts.filter((part) => part.length > 0).join('; ');
  return text.length > 0 ? text : (referral.notes ?? t('search.notStated'));
}

export function providersText(service: ServiceDoc): string {
  return service.providers.length > 0 ? service.providers.join(', ') : t('search.notStated');
}

/** Who grants the service, where content says (the authority a referral ends with). */
export function whoDecides(service: ServiceDoc): string | undefined {
  return service.referral?.whoDecides;
}
