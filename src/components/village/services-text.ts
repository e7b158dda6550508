/** A cottage's number of services as the map and the picture show it: "1 palvelu", "3 palvelua". */
import { villageText } from '@/i18n/islands/village';

const { t } = villageText;

export const servicesText = (count: number): string => (count === 1 ? t('village.oneService') : t('village.servicesCount', { count }));
