/** Reverse links across the catalogue (which services an actor or role appears in), computed once. */

interface ServiceLike {
  id: string;
  name: string;
  actors: readonly { actor: string; role: string }[];
  roles: readonly string[];
  offerings: readonly { provider: string }[];
}

/** Services that name the actor, as organiser/producer/referrer/partner or as an offering's provider. */
export function servicesOfActor<S extends ServiceLike>(services: readonly S[], actorId: string): S[] {
  return services.filter(
    (service) =>
      service.actors.some((link) => link.actor === actorId) ||
      service.offerings.some((offering) => offering.provider === actorId),
  );
}

/** Services in which the professional role works. */
export function servicesOfRole<S extends ServiceLike>(services: readonly S[], roleId: string): S[] {
  return services.filter((service) => service.roles.includes(roleId));
}

/** A name lookup that falls back to the id, for lists of references. */
export function nameLookup(items: readonly { id: string; name?: string; title?: string; term?: string }[]): (id: string) => string {
  const names = new Map(items.map((item) => [item.id, item.name ?? item.title ?? item.term ?? item.id]));
  return (id) => names.get(id) ?? id;
}

/** Criteria lists that name the service in `appliesTo` (criteria point at services, not back). */
export function criteriaForService<C extends { appliesTo: readonly string[] }>(criteria: readonly C[], serviceId: string): C[] {
  return criteria.filter((list) => list.appliesTo.includes(serviceId));
}

/** Pathways that name the service overall or in one of their steps. */
export function pathwaysForService<P extends { services: readonly string[]; steps: readonly { services: readonly string[] }[] }>(
  pathways: readonly P[],
  serviceId: string,
): P[] {
  return pathways.filter((pathway) => pathway.services.includes(serviceId) || pathway.steps.some((step) => step.services.includes(serviceId)));
}

/** The staircase steps a service sits on, with the ladder's title and the step's 1-based place. */
export function stepsOfService<L extends { id: string }>(
  ladders: readonly { title: string; levels: readonly L[] }[],
  levelIds: readonly string[],
): (L & { ladder: string; step: number; of: number })[] {
  return ladders.flatMap((ladder) =>
    ladder.levels.flatMap((level, index) =>
      levelIds.includes(level.id) ? [{ ...level, ladder: ladder.title, step: index + 1, of: ladder.levels.length }] : [],
    ),
  );
}
