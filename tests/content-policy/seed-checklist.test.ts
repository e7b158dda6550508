/**
 * "Every means every": each thing the seeds name is mapped in tests/content-policy/seed-checklist/*.yaml to the
 * content id that covers it; this test fails when a mapped id does not exist.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { checkContent } from '@/content-check/index.ts';

interface Row {
  name: string;
  seed: string;
  lines: string;
  collection: string;
  id: string;
}

const dir = join(import.meta.dirname, 'seed-checklist');
const rows: (Row & { file: string })[] = readdirSync(dir)
  .filter((name) => name.endsWith('.yaml'))
  .flatMap((name) => (parse(readFileSync(join(dir, name), 'utf8')) as Row[] | null ?? []).map((row) => ({ ...row, file: name })));
const { entries, problems } = checkContent(join(import.meta.dirname, '..', '..', 'content'));

function exists(collection: string, id: string): boolean {
  if (collection === 'staircaseLevels') {
    return [...entries.staircases.values()].some((ladder) => ladder.data.levels.some((level) => level.id === id));
  }
  const [entryId = '', offering] = id.split('#');
  const map = (entries as unknown as Record<string, Map<string, { data: { offerings?: { id: string }[] } }>>)[collection];
  const entry = map?.get(entryId);
  if (entry === undefined) return false;
  return offering === undefined || (entry.data.offerings ?? []).some((o) => o.id === offering);
}

describe('seed checklist', () => {
  test('the content passes the content gate', () => {
    expect(problems).toEqual([]);
  });

  test('every row is well formed and cites a seed', () => {
    for (const row of rows) {
      expect(row.name, row.file).toBeTruthy();
      expect(row.seed, `${row.file}: ${row.name}`).toMatch(/^00[0-4]$/);
      expect(String(row.lines), `${row.file}: ${row.name}`).toMatch(/^\d+(-\d+)?(, ?\d+(-\d+)?)*$/);
    }
  });

  test('covers the seeds (at least 150 named things are mapped)', () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
  });

  test.each(rows.map((row) => [`${row.collection}/${row.id} (${row.name})`, row] as const))('%s exists', (_, row) => {
    expect(exists(row.collection, row.id)).toBe(true);
  });
});
