/** "How to refer" in one line: who refers, the form or channel, self-referral. */
import { t } from '@/i18n/ui';
import type { ServiceDoc } from '@/lib/search/model';

export function howToRefer(service: ServiceDoc): string {
  const referral = service.referral;
  if (referral === undefined) return t('search.notStated');
  const parts = [referral.whoRefers.join(', '), referral.form ?? '', referral.selfReferral === true ? t('search.selfReferralYes') : ''];
  const text = parts.filter((part) => part.length > 0).join('; ');
  return text.length > 0 ? text : (referral.notes ?? t('search.notStated'));
}

export function providersText(service: ServiceDoc): string {
  return service.providers.length > 0 ? service.providers.join(', ') : t('search.notStated');
}
