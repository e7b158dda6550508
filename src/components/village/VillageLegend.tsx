/**
 * The village's legend: what the three road patterns and a highlighted service chip mean, and the
 * icon of each actor kind. Static; the island renders it under the map.
 */
import { villageText } from '@/i18n/islands/village';
import { memo } from 'react';
import type { ActorKind } from '@/schemas/actor';
import { KindIcon } from './KindIcon';

const { label, t } = villageText;

const ROADS = ['referral', 'cooperation', 'self-referral'] as const;

interface Props {
  /** Actor kinds in display order. */
  kinds: readonly ActorKind[];
}

/** Memoised: it depends only on the kinds, not on the choices that re-render the island. */
export const VillageLegend = memo(function VillageLegend({ kinds }: Props) {
  return (
    <section className="village-legend" aria-labelledby="village-legend-heading">
      <h2 id="village-legend-heading">{t('village.legendHeading')}</h2>
      <ul className="village-legend__roads">
        {ROADS.map((kind) => (
          <li key={kind}>
            <svg aria-hidden="true" focusable="false" width="48" height="12" viewBox="0 0 48 12">
              <line className={`legend-road legend-road--${kind}`} x1="2" y1="6" x2={kind === 'cooperation' ? 46 : 38} y2="6" />
              {kind !== 'cooperation' && <path d="M38 1 L47 6 L38 11Z" fill="#4a5360" />}
            </svg>
            {t(`village.legend.${kind}`)}
          </li>
        ))}
        <li><span className="legend-chip" aria-hidden="true">✓</span> {t('village.legend.match')}</li>
      </ul>
      <p>{t('village.legend.shown')}</p>
      <p>{t('village.legend.kinds')}</p>
      <ul className="village-legend__kinds">
        {kinds.map((kind) => (
          <li key={kind}>
            <span className="village-legend__icon" style={{ color: `var(--kind-${kind})` }}><KindIcon kind={kind} /></span>{' '}
            {label('actorKind', kind)}
          </li>
        ))}
      </ul>
    </section>
  );
});
