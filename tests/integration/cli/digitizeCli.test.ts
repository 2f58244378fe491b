import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeviceWithCaps } from '../../../electron/cli/commands/devicesCommand';
import type { DigitizeReport } from '../../../electron/cli/commands/digitizeCommand';
import { makePages } from '../../support/makePages';
import { jsonOf, runCli } from '../../support/runCli';
import { saneUnavailableOnPlatform, setUpSaneTestEnv, SKIP_REASON, type SaneTestEnv } from '../../support/saneTestEnv';

const CODE = '000.00.01.H29-260310-0431';
const pdfPages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())?.[1]);

describe('station digitize / devices', () => {
  let dir: string;
  let dataDir: string;
  let env: SaneTestEnv | null = null;
  const cli = (...args: string[]) => runCli(['--data-dir', dataDir, '--json', ...args], env ? { env: { SANE_CONFIG_DIR: env.configDir } } : {});
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'station-digitize-test-'));
    dataDir = join(dir, 'data');
    if (!saneUnavailableOnPlatform) env = await setUpSaneTestEnv();
  });
  afterAll(async () => { await rm(dir, { recursive: true, force: true }); await env?.cleanup(); });

  it('digitizes files into a scratch dossier (temporary data folder) and writes the PDF; the station data is untouched', async () => {
    const files = await makePages(join(dir, 'src'), 3);
    const run = await cli('digitize', ...files, '--out', join(dir, 'out', 'files.pdf'));
    expect(run.code).toBe(0);
    const out = jsonOf<DigitizeReport>(run);
    if (!out.ok) throw new Error(out.error.message);
    expect(out.value).toMatchObject({ scratch: true, pages: { count: 3 }, flags: {}, rejected: [] });
    expect(out.value.pages.items[0]).toMatchObject({ width: 420, dpi: 100, colorMode: expect.any(String) });
    expect(out.value.timings.totalMs).toBeGreaterThanOrEqual(out.value.timings.acquireMs);
    expect(pdfPages(join(dir, 'out', 'files.pdf'))).toBe(3);
    expect(existsSync(join(dataDir, 'station.db'))).toBe(false);
  });

  it('refuses a wrong invocation with exit code 2 before opening anything', async () => {
    expect((await cli('digitize', '--out', join(dir, 'x.pdf'))).code).toBe(2);
    expect((await cli('digitize', 'a.jpg', '--dpi', '300', '--out', join(dir, 'x.pdf'))).code).toBe(2);
    const bad = await cli('digitize', '--device', 'nope', '--out', join(dir, 'x.pdf'));
    expect(bad.code).toBe(2);
    const out = jsonOf(bad);
    if (!out.ok) expect(out.error.message).toContain('DRIVER:ID');
  });

  describe.skipIf(saneUnavailableOnPlatform)(`with the SANE test backend${saneUnavailableOnPlatform ? ` — skipped: ${SKIP_REASON}` : ''}`, () => {
    it('devices --json lists every device with its capabilities', async () => {
      const run = await cli('devices');
      const out = jsonOf<DeviceWithCaps[]>(run);
      if (!out.ok) throw new Error(out.error.message);
      const sane = out.value.find((d) => d.driver === 'sane' && d.id === 'test:0');
      expect(sane?.error).toBeNull();
      expect(sane?.caps).toMatchObject({ sources: expect.arrayContaining(['flatbed', 'feeder']), colorModes: expect.arrayContaining(['color', 'gray']) });
      expect(sane?.caps?.resolutions.length).toBeGreaterThan(0);
      expect(out.value.find((d) => d.driver === 'folder')?.caps?.sources).toEqual(['file']);
    });

    it('scans the ADF into a station dossier (--dossier) and exports that dossier to --out', async () => {
      const made = await cli('dossier', 'new', '--code', CODE, '--procedure', '2.000815', '--name', 'Lê Văn Cường', '--personal-id', '001099012345');
      expect(made.code).toBe(0);
      const run = await cli('digitize', '--device', 'sane:test:0', '--dossier', CODE, '--source', 'feeder', '--dpi', '75', '--mode', 'gray', '--out', join(dir, 'scan.pdf'));
      const out = jsonOf<DigitizeReport>(run);
      if (!out.ok) throw new Error(out.error.message);
      expect(out.value).toMatchObject({ scratch: false, dossierCode: CODE, pages: { count: 10 } });
      expect(out.value.pages.items.every((p) => p.dpi === 75 && p.colorMode === 'gray')).toBe(true);
      expect(out.value.bytes).toBeGreaterThan(0);
      expect(pdfPages(join(dir, 'scan.pdf'))).toBe(10);
      const shown = jsonOf<{ documents: Array<{ pages: unknown[] }> }>(await cli('dossier', 'show', CODE));
      if (shown.ok) expect(shown.value.documents.flatMap((d) => d.pages)).toHaveLength(10);
    });

    it('reports an unknown device as device/not-found', async () => {
      const run = await cli('digitize', '--device', 'sane:test:9', '--out', join(dir, 'none.pdf'));
      expect(run.code).toBe(1);
      const out = jsonOf(run);
      expect(out.ok ? null : out.error.code).toBe('device/not-found');
    });
  });
});
