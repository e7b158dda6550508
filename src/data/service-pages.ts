/** The pages of the service list (/palvelut/ and /palvelut/sivu/<n>/), from the catalogue. */
import { getCatalog } from './catalog';
import { pageCatalog } from '@/lib/catalog/paging';
import { groupCatalog } from '@/lib/catalog/standing';

export async function getServicePages() {
  const { services } = await getCatalog();
  // Statutory and established services first, then projects, pilots and ended services.
  const pages = pageCatalog(groupCatalog(services));
  let before = 0;
  return pages.map((page) => {
    const entry = { page, pages: pages.length, before, count: services.length };
    before += page.groups.reduce((sum, group) => sum + group.services.length, 0);
    return entry;
  });
}
