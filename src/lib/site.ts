/**
 * Settings of the site that more than one feature reads, each written once: the public address,
 * the repository whose web editor "Ehdota korjausta" opens, and how old a check may grow.
 * Plain constants (no astro:* imports), so astro.config.ts, src/lib, src/data and pages share them.
 */

/** The public address of the site, without a trailing slash (astro.config `site`, HSDS URIs, the Atom feed). */
export const SITE_URL = 'https://palvelukyla.example';

/**
 * The repository's web editor for one file, with `{path}` where the file's path in the repository
 * goes (e.g. `content/services/ips.yaml`). GitHub: `https://github.com/<owner>/<repo>/edit/main/{path}`;
 * GitLab: `https://gitlab.com/<group>/<project>/-/edit/main/{path}`.
 * Undefined: the site has no public repository yet, and entry pages show no "Ehdota korjausta" link.
 */
export const REPOSITORY_EDIT_URL: string | undefined = undefined;

/** How many days after its `verified` date an entry is shown as due for re-checking. */
export const VERIFY_INTERVAL_DAYS = 365;

/** How many of the latest content commits the change history (/muutokset/) reads. */
export const CHANGE_HISTORY_COMMITS = 60;

/** How many changes /muutokset/ lists, and how many the Atom feed carries (newest first). */
export const CHANGES_SHOWN = 200;
export const CHANGES_IN_FEED = 50;

/** The site address of a path (`/palvelut/ips/` → `https://palvelukyla.example/palvelut/ips/`). */
export function absoluteUrl(path: string): string {
  return `${SITE_URL}${path.startsWith('/') ? path : `/${path}`}`;
}
