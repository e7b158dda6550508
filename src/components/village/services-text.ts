/** A cottage's number of services as the map and the picture show it: "ei palveluja", "1 palvelu", "3 palvelua". */
import { villageText } from '@/i18n/islands/village';

const { t } = villageText;

export const servicesText = (count: number): string =>
  count === 0 ? t('village.cottageNoServices') : count === 1 ? t('village.oneService') : t('village.servicesCount', { count });
