/** "Ehdota korjausta": the web-editor address of an entry's file (src/lib/maintenance/edit-link.ts). */
import { describe, expect, test } from 'vitest';
import { editUrl } from '@/lib/maintenance/edit-link';

const GITHUB = 'https://github.com/esimerkki/palvelukyla/edit/main/{path}';

describe('editUrl', () => {
  test.each([
    [GITHUB, 'content/services/ips.yaml', 'https://github.com/esimerkki/palvelukyla/edit/main/content/services/ips.yaml'],
    ['https://gitlab.com/ryhma/palvelukyla/-/edit/main/{path}', 'content/actors/kela.yaml', 'https://gitlab.com/ryhma/palvelukyla/-/edit/main/content/actors/kela.yaml'],
    [GITHUB, './content/regions/wellbeing-areas.yaml', 'https://github.com/esimerkki/palvelukyla/edit/main/content/regions/wellbeing-areas.yaml'],
    [GITHUB, 'content\\services\\a b.yaml', 'https://github.com/esimerkki/palvelukyla/edit/main/content/services/a%20b.yaml'],
  ])('%s + %s', (template, file, expected) => {
    expect(editUrl(template, file)).toBe(expected);
  });

  test.each([[undefined], [''], ['https://github.com/esimerkki/palvelukyla']])('no link when the template is %j', (template) => {
    expect(editUrl(template, 'content/services/ips.yaml')).toBeUndefined();
  });
});
