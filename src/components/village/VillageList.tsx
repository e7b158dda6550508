/**
 * "Kylä listana": the same village as text, for screen readers and print. Rendered on the server
 * with the page (no JavaScript needed) and kept in step with the chosen region once hydrated.
 */
import { villageText, type VillageKey } from '@/i18n/islands/village';
import { memo } from 'react';
import type { VillageResident } from '@/data/village';
import { linksOf, neighbourhoods, otherEnd, type VillageEdge, type VillageGraph } from '@/lib/village/graph';
import { routes } from '@/lib/routes';
import { KindIcon } from './KindIcon';

const { label, t } = villageText;

interface Props {
  /** The village once its data is loaded; before that (and without JavaScript) the national residents. */
  graph: VillageGraph | undefined;
  residents: readonly VillageResident[];
  highlight: ReadonlySet<string>;
  filtering: boolean;
  nodeName: (nodeId: string) => string;
}

export const VillageList = memo(function VillageList({ graph, residents, highlight, filtering, nodeName }: Props) {
  if (graph === undefined) return <ResidentList residents={residents} />;
  const selfReferral = graph.edges.filter((edge) => edge.kind === 'self-referral');
  const names = (nodeId: string, edges: VillageEdge[]) => edges.map((edge) => nodeName(otherEnd(edge, nodeId))).join(', ');
  return (
    <section className="village-list" aria-labelledby="village-list-heading">
      <h2 id="village-list-heading">{t('village.listTitle')}</h2>
      <p>{t('village.listLead')}</p>
      {graph.cottages.length === 0 && <p className="muted">{t('village.empty')}</p>}
      {selfReferral.length > 0 && (
        <p>
          <strong>{t('village.squareName')}</strong>: {t('village.clientComes')}: {selfReferral.map((edge) => nodeName(edge.target)).join(', ')}.
        </p>
      )}
      {neighbourhoods.map((hood) => {
        const cottages = graph.cottages.filter((cottage) => cottage.neighbourhood === hood);
        if (cottages.length === 0) return null;
        return (
          <section key={hood} aria-labelledby={`village-list-${hood}`}>
            <h3 id={`village-list-${hood}`}>{t(`village.neighbourhood.${hood}` as VillageKey)}</h3>
            <ul className="village-list__cottages">
              {cottages.map((cottage) => {
                const links = linksOf(graph, cottage.id);
                return (
                  <li key={cottage.id} data-actor={cottage.actorId}>
                    <a href={routes.actor(cottage.actorId)}>{cottage.name}</a>{' '}
                    <span className="village-list__kind"><KindIcon kind={cottage.actorKind} /> {label('actorKind', cottage.actorKind)}</span>
                    {cottage.services.length > 0 && (
                      <ul>
                        {cottage.services.map((chip) => (
                          <li key={chip.id}>
                            <a href={routes.service(chip.id)}>{chip.name}</a>
                            {filtering && highlight.has(chip.id) && <strong> ✓ {t('village.matchesGroup')}</strong>}
                          </li>
                        ))}
                      </ul>
                    )}
                    {links.refersTo.length > 0 && <p>{t('village.refersTo')}: {names(cottage.id, links.refersTo)}.</p>}
                    {links.referredFrom.length > 0 && <p>{t('village.referredFrom')}: {names(cottage.id, links.referredFrom)}.</p>}
                    {links.cooperates.length > 0 && <p>{t('village.cooperates')}: {names(cottage.id, links.cooperates)}.</p>}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      {graph.unplaced.length > 0 && (
        <section aria-labelledby="village-list-unplaced">
          <h3 id="village-list-unplaced">{t('village.unplaced')}</h3>
          <ul>{graph.unplaced.map((chip) => <li key={chip.id}><a href={routes.service(chip.id)}>{chip.name}</a></li>)}</ul>
        </section>
      )}
    </section>
  );
});

/** The national village's actors by neighbourhood: what the page shows before its data is loaded. */
function ResidentList({ residents }: { residents: readonly VillageResident[] }) {
  return (
    <section className="village-list" aria-labelledby="village-list-heading">
      <h2 id="village-list-heading">{t('village.listTitle')}</h2>
      <p>{t('village.listLead')}</p>
      {neighbourhoods.map((hood) => {
        const here = residents.filter((resident) => resident.neighbourhood === hood);
        if (here.length === 0) return null;
        return (
          <section key={hood} aria-labelledby={`village-list-${hood}`}>
            <h3 id={`village-list-${hood}`}>{t(`village.neighbourhood.${hood}` as VillageKey)}</h3>
            <ul className="village-list__cottages">
              {here.map((resident) => (
                <li key={resident.id} data-actor={resident.id}>
                  <a href={routes.actor(resident.id)}>{resident.name}</a>{' '}
                  <span className="village-list__kind"><KindIcon kind={resident.kind} /> {label('actorKind', resident.kind)}</span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
