/** The /data/ page's file list (src/lib/open-data/files.ts): every file and every column is explained. */
import { describe, expect, test } from 'vitest';
import { label } from '@/i18n/ui';
import { openDataFiles } from '@/lib/open-data/files';

describe('openDataFiles', () => {
  test('names and addresses are unique, and every address is a data file or the feed', () => {
    expect(new Set(openDataFiles.map((f) => f.name)).size).toBe(openDataFiles.length);
    for (const file of openDataFiles) expect(file.href).toMatch(/^\/(data|muutokset)\/.+\.(json|csv|xml)$/);
  });

  test.each(openDataFiles.map((file) => [file.name, file] as const))('%s has a description and a format label', (_, file) => {
    expect(label('openData.desc', file.key)).not.toBe(file.key);
    expect(label('openData.format', file.format)).not.toBe(file.format);
  });

  test('every column of every spreadsheet has an explanation', () => {
    const columns = openDataFiles.flatMap((file) => file.columns ?? []);
    expect(columns.length).toBeGreaterThan(20);
    expect(columns.filter((column) => label('openData.col', column) === column)).toEqual([]);
  });
});
