/**
 * Reading the content's history from git (src/content-check/history.ts) in throw-away
 * repositories: a normal one, a shallow clone, and a folder outside any repository.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { layoutOfPath, readContentHistory } from '@/content-check/history';

const root = mkdtempSync(join(tmpdir(), 'palvelukyla-history-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const env = { ...process.env, GIT_AUTHOR_NAME: 'Testi', GIT_AUTHOR_EMAIL: 'testi@example.invalid', GIT_COMMITTER_NAME: 'Testi', GIT_COMMITTER_EMAIL: 'testi@example.invalid' };
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env, stdio: ['ignore', 'pipe', 'ignore'] }).toString();

function commit(repo: string, date: string, files: Record<string, string | null>): void {
  for (const [path, text] of Object.entries(files)) {
    const full = join(repo, path);
    if (text === null) rmSync(full);
    else {
      mkdirSync(join(full, '..'), { recursive: true });
      writeFileSync(full, text);
    }
  }
  git(repo, 'add', '-A');
  execFileSync('git', ['commit', '-q', '-m', 'muutos', '--date', date], { cwd: repo, env: { ...env, GIT_COMMITTER_DATE: date } });
}

// A repository whose content folder is content/ (as in the project) with three commits.
const repo = join(root, 'repo');
mkdirSync(repo);
git(repo, 'init', '-q', '-b', 'main');
commit(repo, '2026-11-01T10:00:00+02:00', {
  'README.md': 'ohje',
  'content/services/ips.yaml': 'name: IPS\nsummary: Yksilöllinen valmennus\n',
  'content/situations.yaml': '- id: a\n  label: A\n- id: b\n  label: B\n',
  'content/README.md': 'ohje',
});
commit(repo, '2026-11-15T10:00:00+02:00', {
  'content/services/ips.yaml': 'name: IPS\nsummary: Yksilöllinen sijoittava valmennus\nverified: 2026-11-15\n',
  'content/situations.yaml': '- id: a\n  label: A\n  ages: { max: 24 }\n- id: b\n  label: B\n',
  'content/README.md': 'uusi ohje',
  'src.ts': 'koodi',
});
commit(repo, '2026-12-01T10:00:00+02:00', { 'content/services/ips.yaml': null, 'content/services/uusi.md': '---\nname: Uusi\n---\nTeksti\n' });

describe('readContentHistory', () => {
  const history = readContentHistory(join(repo, 'content'), 60);

  test('reads the history, newest first, entry by entry with the fields that changed', () => {
    expect(history.status).toBe('ok');
    expect(history.changes.map((c) => `${c.date.slice(0, 10)} ${c.collection}/${c.id} ${c.kind} ${c.fields.join(',')}`)).toEqual([
      '2026-12-01 services/ips removed ',
      '2026-12-01 services/uusi added ',
      '2026-11-15 services/ips changed summary,verified',
      '2026-11-15 situations/a changed ages',
      '2026-11-01 services/ips added ',
      '2026-11-01 situations/a added ',
      '2026-11-01 situations/b added ',
    ]);
  });

  test('files outside the content folder and notes inside it are not entries', () => {
    expect(history.changes.some((c) => c.id === 'README')).toBe(false);
  });

  test('the number of commits read is capped', () => {
    expect(new Set(readContentHistory(join(repo, 'content'), 1).changes.map((c) => c.commit)).size).toBe(1);
  });

  test('a shallow clone says so instead of showing its one commit as new content', () => {
    const clone = join(root, 'shallow');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, clone], { stdio: 'ignore' });
    expect(readContentHistory(join(clone, 'content'), 60)).toEqual({ status: 'shallow', changes: [] });
  });

  test('a folder outside any repository has no history', () => {
    const loose = mkdtempSync(join(tmpdir(), 'palvelukyla-no-git-'));
    try {
      expect(readContentHistory(loose, 60)).toEqual({ status: 'unavailable', changes: [] });
    } finally {
      rmSync(loose, { recursive: true, force: true });
    }
  });
});

describe('layoutOfPath', () => {
  test.each([
    ['services/ips.yaml', 'services', { kind: 'file', id: 'ips' }],
    ['actors/kela.md', 'actors', { kind: 'file', id: 'kela' }],
    ['situations.yaml', 'situations', { kind: 'list', key: 'id' }],
    ['regions/municipalities.yaml', 'municipalities', { kind: 'list', key: 'code' }],
  ])('%s → %s', (path, collection, layout) => {
    expect(layoutOfPath(path)).toMatchObject({ collection, layout });
  });

  test.each(['README.md', 'regions/SOURCES.md', 'criteria/x.md', 'services/sub/x.yaml'])('%s is no entry', (path) => {
    expect(layoutOfPath(path)).toBeUndefined();
  });
});
