/** A cottage's number of services as the map and the picture show it: "1 palvelu", "3 palvelua". */
import { t } from '@/i18n/ui';

export const servicesText = (count: number): string => (count === 1 ? t('village.oneService') : t('village.servicesCount', { count }));
