/**
 * "Ehdota korjausta": the address of an entry's file in the repository's web editor, from the
 * template in src/lib/site.ts (`REPOSITORY_EDIT_URL`, `{path}` where the file path goes).
 */

/**
 * The editor address of `file` (a path in the repository such as `content/services/ips.yaml`), or
 * undefined when no repository is configured: pages then show no link.
 */
export function editUrl(template: string | undefined, file: string): string | undefined {
  if (template === undefined || template.trim() === '' || !template.includes('{path}')) return undefined;
  const path = file
    .replaceAll('\\', '/')
    .replace(/^\.?\//, '')
    .split('/')
    .map(encodeURIComponent)
    .join('/');
  return template.replace('{path}', path);
}
