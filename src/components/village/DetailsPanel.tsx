/** The details of the chosen cottage or service, beside the map: what, for whom, how to refer, where next. */
import { villageText } from '@/i18n/islands/village';
import { useEffect, useRef } from 'react';
import { routes } from '@/lib/routes';
import {
  cottageId,
  linksOf,
  otherEnd,
  type VillageActor,
  type VillageEdge,
  type VillageGraph,
  type VillageService,
} from '@/lib/village/graph';
import { KindIcon } from './KindIcon';
import type { Selection } from './village-context';

const { label, t } = villageText;

interface Props {
  selection: Selection | null;
  graph: VillageGraph;
  actors: ReadonlyMap<string, VillageActor>;
  services: ReadonlyMap<string, VillageService>;
  groupName: (id: string) => string;
  nodeName: (nodeId: string) => string;
  onOpen: (selection: Selection) => void;
  onClose: () => void;
}

export function DetailsPanel({ selection, graph, actors, services, groupName, nodeName, onOpen, onClose }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    if (selection === null) return;
    panel.current?.scrollTo({ top: 0 });
    heading.current?.focus();
  }, [selection]);

  const actor = selection?.kind === 'actor' ? actors.get(selection.id) : undefined;
  const service = selection?.kind === 'service' ? services.get(selection.id) : undefined;

  return (
    <aside className="village-panel" aria-labelledby="village-panel-heading" tabIndex={-1} ref={panel}>
      {actor === undefined && service === undefined ? (
        <>
          <h2 id="village-panel-heading" ref={heading} tabIndex={-1}>{t('village.detailsLabel')}</h2>
          <p className="muted">{t('village.detailsEmpty')}</p>
        </>
      ) : (
        <>
          <div className="village-panel__top">
            <h2 id="village-panel-heading" ref={heading} tabIndex={-1}>{actor?.name ?? service?.name}</h2>
            <button type="button" className="secondary" onClick={onClose}>{t('village.close')}</button>
          </div>
          {actor !== undefined && <ActorDetails actor={actor} graph={graph} nodeName={nodeName} onOpen={onOpen} />}
          {service !== undefined && (
            <ServiceDetails service={service} graph={graph} groupName={groupName} actors={actors} onOpen={onOpen} />
          )}
        </>
      )}
    </aside>
  );
}

function ActorDetails({ actor, graph, nodeName, onOpen }: { actor: VillageActor; graph: VillageGraph; nodeName: Props['nodeName']; onOpen: Props['onOpen'] }) {
  const nodeId = cottageId(actor.id);
  const cottage = graph.cottages.find((candidate) => candidate.id === nodeId);
  const links = linksOf(graph, nodeId);
  const serviceName = (id: string) => graph.cottages.flatMap((c) => c.services).find((s) => s.id === id)?.name ?? id;
  const roads = (edges: VillageEdge[]) =>
    edges.map((edge) => (
      <li key={edge.id}>
        {nodeName(otherEnd(edge, nodeId))}
        {edge.services.length > 0 && <span className="muted"> ({edge.services.map(serviceName).join(', ')})</span>}
      </li>
    ));
  return (
    <>
      <p className="village-panel__kind">
        <KindIcon kind={actor.kind} /> {label('actorKind', actor.kind)} · {label('actorScope', actor.scope)}
      </p>
      <p>{actor.description}</p>
      <h3>{t('village.servicesHere')}</h3>
      {cottage !== undefined && cottage.services.length > 0 ? (
        <ul>
          {cottage.services.map((chip) => (
            <li key={chip.id}>
              <button type="button" className="link-button" onClick={() => onOpen({ kind: 'service', id: chip.id })}>{chip.name}</button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('village.noServices')}</p>
      )}
      {links.refersTo.length > 0 && (<><h3>{t('village.refersTo')}</h3><ul>{roads(links.refersTo)}</ul></>)}
      {links.referredFrom.length > 0 && (<><h3>{t('village.referredFrom')}</h3><ul>{roads(links.referredFrom)}</ul></>)}
      {links.cooperates.length > 0 && (<><h3>{t('village.cooperates')}</h3><ul>{roads(links.cooperates)}</ul></>)}
      <p><a href={routes.actor(actor.id)}>{t('village.actorPage')}: {actor.name}</a></p>
    </>
  );
}

function ServiceDetails({ service, graph, groupName, actors, onOpen }: {
  service: VillageService;
  graph: VillageGraph;
  groupName: Props['groupName'];
  actors: Props['actors'];
  onOpen: Props['onOpen'];
}) {
  const referral = service.referral;
  const hosts = graph.cottages.filter((cottage) => cottage.services.some((chip) => chip.id === service.id));
  return (
    <>
      <p className="village-panel__kind">{label('serviceKind', service.kind)}</p>
      <p>{service.summary}</p>
      <h3>{t('service.forWhom')}</h3>
      {service.targetGroups.length > 0 ? (
        <ul>{service.targetGroups.map((id) => <li key={id}>{groupName(id)}</li>)}</ul>
      ) : (
        <p className="muted">{t('common.notStated')}</p>
      )}
      <h3>{t('service.whoOrganises')}</h3>
      {service.actors.length > 0 ? (
        <ul>
          {service.actors.map((link) => (
            <li key={`${link.actor}-${link.role}`}>{actors.get(link.actor)?.name ?? link.actor} – {label('actorRole', link.role)}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('common.notStated')}</p>
      )}
      <h3>{t('service.howToRefer')}</h3>
      {referral === undefined ? (
        <p className="muted">{t('common.notStated')}</p>
      ) : (
        <dl className="facts">
          {referral.whoRefers.length > 0 && (<><dt>{t('service.whoRefers')}</dt><dd>{referral.whoRefers.join(', ')}</dd></>)}
          {referral.consent !== undefined && (<><dt>{t('service.consent')}</dt><dd>{referral.consent}</dd></>)}
          {referral.form !== undefined && (<><dt>{t('service.form')}</dt><dd>{referral.form}</dd></>)}
          {referral.selfReferral !== undefined && (
            <><dt>{t('service.selfReferral')}</dt><dd>{referral.selfReferral ? t('common.yes') : t('common.no')}</dd></>
          )}
        </dl>
      )}
      {hosts.length > 0 && (
        <>
          <h3>{t('village.heldBy')}</h3>
          <ul>
            {hosts.map((cottage) => (
              <li key={cottage.id}>
                <button type="button" className="link-button" onClick={() => onOpen({ kind: 'actor', id: cottage.actorId })}>{cottage.name}</button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p><a href={routes.service(service.id)}>{t('village.servicePage')}: {service.name}</a></p>
    </>
  );
}
