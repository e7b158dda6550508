/**
 * The service list in pages, so /palvelut/ stays within its HTML budget at national scale
 * (5,000 services on one page would be 2.8 MB). The groups keep their order across pages; each
 * page repeats the heading of a group it continues, with the group's full count.
 */

/** Services per page of /palvelut/ (about 300 kB of HTML, 20 kB gzip). */
export const SERVICES_PER_PAGE = 500;

export interface PagedGroup<G, S> {
  group: G;
  /** The group's members on this page. */
  services: S[];
  /** The group's members on every page. */
  total: number;
}

export interface CatalogPage<G, S> {
  /** 1-based. */
  number: number;
  groups: PagedGroup<G, S>[];
}

/** Splits grouped services into pages of `size` (at least one page, even for an empty catalogue). */
export function pageCatalog<G, S>(groups: readonly { group: G; services: readonly S[] }[], size = SERVICES_PER_PAGE): CatalogPage<G, S>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a positive integer, not ${size}`);
  const pages: CatalogPage<G, S>[] = [{ number: 1, groups: [] }];
  let room = size;
  for (const { group, services } of groups) {
    for (let start = 0; start < services.length; ) {
      if (room === 0) {
        pages.push({ number: pages.length + 1, groups: [] });
        room = size;
      }
      const page = pages.at(-1) as CatalogPage<G, S>;
      const taken = services.slice(start, start + room);
      page.groups.push({ group, services: taken, total: services.length });
      start += taken.length;
      room -= taken.length;
    }
  }
  return pages;
}
