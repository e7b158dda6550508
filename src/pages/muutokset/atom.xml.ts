/** /muutokset/atom.xml: the latest content changes as an Atom feed (src/lib/maintenance/changes.ts). */
import type { APIRoute } from 'astro';
import { getCatalog } from '@/data/catalog';
import { getChangeHistory } from '@/data/maintenance';
import { label, t } from '@/i18n/ui';
import { atomFeed } from '@/lib/maintenance/changes';
import { hsdsId } from '@/lib/open-data/hsds';
import { routes } from '@/lib/routes';
import { absoluteUrl, CHANGES_IN_FEED, SITE_URL } from '@/lib/site';

export const GET: APIRoute = async () => {
  const [history, catalog] = await Promise.all([getChangeHistory(), getCatalog()]);
  // With no history the feed is still valid: it is dated by the newest check of any entry.
  const newestVerified = [...catalog.services, ...catalog.actors].reduce((latest, e) => (e.verified > latest ? e.verified : latest), '2000-01-01');
  const xml = atomFeed({
    id: absoluteUrl(routes.changes()),
    title: t('changesPage.feedTitle'),
    self: absoluteUrl(routes.changesFeed()),
    alternate: absoluteUrl(routes.changes()),
    author: t('site.name'),
    updated: `${newestVerified}T00:00:00Z`,
    entries: history.lines.slice(0, CHANGES_IN_FEED).map((line) => ({
      id: `urn:uuid:${hsdsId(SITE_URL, 'change', line.commit, line.collection, line.id)}`,
      title: `${label('changesPage.collection', line.collection)}: ${line.name}`,
      link: absoluteUrl(line.href ?? routes.changes()),
      updated: line.date,
      summary: line.kind === 'changed' ? t('changesPage.fields', { fields: line.fields.join(', ') }) : t(line.kind === 'added' ? 'changesPage.added' : 'changesPage.removed'),
    })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
