/**
 * The content guard warns about the maintainers' worklist without failing the build: its hook is
 * called here with a recording logger over the base fixture (no Astro build needed).
 */
import { afterEach, expect, test, vi } from 'vitest';
import { contentGuard, maintenanceInput } from '../../../integrations/content-guard';
import { checkContent } from '@/content-check/index.ts';
import { describeReport, maintenanceReport } from '@/lib/maintenance/report';
import { contentFolder } from './content-fixtures';

afterEach(() => {
  vi.unstubAllEnvs();
});

test('the base fixture gives a worklist naming services without offerings or criteria and areas without offerings', () => {
  const { entries } = checkContent(contentFolder());
  const text = describeReport(maintenanceReport(maintenanceInput(entries), '2026-12-07', 365));
  expect(text).toContain('service(s) without offerings: konsultaatio');
  expect(text).toMatch(/area\(s\) without offerings: /);
});

test('the hook logs the worklist as a warning and does not throw', () => {
  vi.stubEnv('PALVELUKYLA_CONTENT_DIR', contentFolder());
  const info: string[] = [];
  const warn: string[] = [];
  const hook = contentGuard().hooks['astro:config:setup'] as unknown as (options: object) => void;
  expect(() => hook({ config: { root: new URL('file:///tmp/') }, logger: { info: (m: string) => info.push(m), warn: (m: string) => warn.push(m) } })).not.toThrow();
  expect(info[0]).toMatch(/content check passed/);
  expect(warn).toHaveLength(1);
  expect(warn[0]).toMatch(/^Maintenance worklist \(\/yllapito\/\):/);
});
