/** Facet filters of the search: target group, provider kind, staircase level and region. */
import type { RegionScope, ServiceDoc } from './model.ts';

/** Facet filters; an absent field does not filter. */
export interface SearchFilters {
  targetGroup?: string | undefined;
  providerKind?: string | undefined;
  level?: string | undefined;
  /** The selected region, resolved to its areas and municipalities (see resolveRegion). */
  region?: ResolvedRegion | undefined;
}

/** A region selection as the sets a service's scope is compared with. */
export interface ResolvedRegion {
  /** The value it was resolved from: a wellbeing area id or a municipality code. */
  value: string;
  wellbeingAreas: ReadonlySet<string>;
  employmentAreas: ReadonlySet<string>;
  municipalities: ReadonlySet<string>;
}

/**
 * Resolves a region value: a wellbeing area id (its municipalities and the employment areas they
 * belong to), or a municipality code (its own wellbeing and employment area). Unknown → undefined.
 */
export function resolveRegion(
  value: string,
  municipalities: readonly { code: string; wellbeingArea: string; employmentArea: string }[],
): ResolvedRegion | undefined {
  const members = municipalities.filter((m) => m.code === value || m.wellbeingArea === value);
  if (members.length === 0) return undefined;
  return {
    value,
    wellbeingAreas: new Set(members.map((m) => m.wellbeingArea)),
    employmentAreas: new Set(members.map((m) => m.employmentArea)),
    municipalities: new Set(members.map((m) => m.code)),
  };
}

/** True when the service passes every filter; a regional filter keeps national services. */
export function passesFilters(service: ServiceDoc, filters: SearchFilters): boolean {
  if (filters.targetGroup !== undefined && !service.targetGroups.includes(filters.targetGroup)) return false;
  if (filters.providerKind !== undefined && !service.providerKinds.includes(filters.providerKind)) return false;
  if (filters.level !== undefined && !service.levels.includes(filters.level)) return false;
  if (filters.region !== undefined && !inRegion(service.regions, filters.region)) return false;
  return true;
}

/** True when a service's scope reaches the region (a national service reaches every region). */
export function inRegion(scope: RegionScope, region: ResolvedRegion): boolean {
  return (
    scope.national ||
    scope.wellbeingAreas.some((id) => region.wellbeingAreas.has(id)) ||
    scope.employmentAreas.some((id) => region.employmentAreas.has(id)) ||
    scope.municipalities.some((code) => region.municipalities.has(code))
  );
}
