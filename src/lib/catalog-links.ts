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
