/** The simulator's happy paths: capabilities, status, job life cycle, formats and sizes. */
import { afterEach, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { readPageNumber } from '../../support/escl/startEsclSimulator.js';
import { createJob, getText, nextDocument, postJob, tag, useSimulatorPerTest } from './esclTestClient.js';

const start = useSimulatorPerTest(afterEach);

describe('eSCL simulator: protocol', () => {
  it('binds 127.0.0.1 and serves ScannerCapabilities with the advertised knobs', async () => {
    const s = await start({ makeAndModel: 'Máy quét & Co', uuid: 'u-1', resolutions: [150, 300] });
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/eSCL$/);
    const { status, text } = await getText(`${s.url}/ScannerCapabilities`);
    expect(status).toBe(200);
    expect(text).toContain('xmlns:scan="http://schemas.hp.com/imaging/escl/2011/05/03"');
    expect(tag(text, 'Version')).toBe('2.63');
    expect(tag(text, 'MakeAndModel')).toBe('Máy quét &amp; Co');
    expect(tag(text, 'UUID')).toBe('u-1');
    expect(text).toContain('<scan:AdfSimplexInputCaps>');
    expect(text).not.toContain('AdfDuplexInputCaps');
    expect(text.match(/<scan:XResolution>(\d+)</g)).toHaveLength(2 * 2); // (platen + ADF simplex) × 2 resolutions
    expect(text).toContain('<scan:DocumentFormatExt>application/pdf</scan:DocumentFormatExt>');
    expect(tag(text, 'MaxWidth')).toBe('2550');
    expect(tag(text, 'MaxHeight')).toBe('3508');
  });

  it('advertises duplex, and no feeder when platenOnly', async () => {
    let s = await start({ duplex: true });
    let caps = (await getText(`${s.url}/ScannerCapabilities`)).text;
    expect(caps).toContain('<scan:AdfDuplexInputCaps>');
    expect(caps).toContain('<scan:AdfOption>Duplex</scan:AdfOption>');
    await s.close();
    s = await start({ quirks: { platenOnly: true } });
    caps = (await getText(`${s.url}/ScannerCapabilities`)).text;
    expect(caps).not.toContain('<scan:Adf>');
    expect((await getText(`${s.url}/ScannerStatus`)).text).not.toContain('AdfState');
  });

  it('reports Idle with the feeder loaded or empty', async () => {
    const s = await start({ adfPages: 2 });
    let st = (await getText(`${s.url}/ScannerStatus`)).text;
    expect(tag(st, 'State')).toBe('Idle');
    expect(tag(st, 'AdfState')).toBe('ScannerAdfLoaded');
    s.setAdfPages(0);
    st = (await getText(`${s.url}/ScannerStatus`)).text;
    expect(tag(st, 'AdfState')).toBe('ScannerAdfEmpty');
  });

  it('runs a platen job: 201 + absolute Location, one JPEG at the requested size, then 404', async () => {
    const s = await start();
    const res = await postJob(s, { source: 'Platen', dpi: 100 });
    expect(res.status).toBe(201);
    const location = res.headers.get('location') ?? '';
    expect(location).toMatch(new RegExp(`^${s.url}/ScanJobs/[0-9a-f-]{36}$`));
    let st = (await getText(`${s.url}/ScannerStatus`)).text;
    expect(tag(st, 'State')).toBe('Processing');
    expect(tag(st, 'JobState')).toBe('Pending');
    expect(tag(st, 'JobUri')).toBe(new URL(location).pathname);
    const page = await nextDocument(location);
    expect(page.status).toBe(200);
    expect(page.type).toBe('image/jpeg');
    const meta = await sharp(page.body).metadata();
    expect([meta.width, meta.height, meta.channels, meta.density]).toEqual([827, 1169, 3, 100]); // A4 at 100 dpi
    const info = (await getText(`${location}/ScanImageInfo`)).text;
    expect([tag(info, 'ActualWidth'), tag(info, 'ActualHeight')]).toEqual(['827', '1169']);
    expect((await nextDocument(location)).status).toBe(404);
    st = (await getText(`${s.url}/ScannerStatus`)).text;
    expect([tag(st, 'State'), tag(st, 'JobState'), tag(st, 'ImagesCompleted')]).toEqual(['Idle', 'Completed', '1']);
    expect(s.state.requests.map((r) => `${r.method} ${r.status}`)).toEqual([
      'POST 201', 'GET 200', 'GET 200', 'GET 200', 'GET 404', 'GET 200',
    ]);
  });

  it('feeds numbered pages from the ADF and consumes the sheets', async () => {
    const s = await start({ adfPages: 3 });
    const job = await createJob(s, { source: 'Feeder', colorMode: 'Grayscale8', format: 'image/png', dpi: 150 });
    const pages: number[] = [];
    for (let i = 0; i < 3; i++) {
      const p = await nextDocument(job);
      expect(p.type).toBe('image/png');
      expect((await sharp(p.body).metadata()).channels).toBe(1);
      pages.push(await readPageNumber(p.body));
    }
    expect(pages).toEqual([1, 2, 3]);
    expect(s.state.adfPages).toBe(0);
    expect((await nextDocument(job)).status).toBe(404);
    expect(tag((await getText(`${s.url}/ScannerStatus`)).text, 'AdfState')).toBe('ScannerAdfEmpty');
  });

  it('duplex delivers two images per sheet', async () => {
    const s = await start({ adfPages: 2, duplex: true });
    const job = await createJob(s, { source: 'Feeder', duplex: true, dpi: 100 });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await nextDocument(job)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 404]);
  });

  it('honours ScanRegion and PDF output', async () => {
    const s = await start();
    const job = await createJob(s, { format: 'application/pdf', dpi: 300, region: { width: 1200, height: 600 } });
    const p = await nextDocument(job);
    expect(p.type).toBe('application/pdf');
    expect(p.body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(tag((await getText(`${job}/ScanImageInfo`)).text, 'ActualWidth')).toBe('1200');
  });

  it('answers 404 for unknown resources and jobs, 405 for wrong methods', async () => {
    const s = await start();
    expect((await getText(`${s.url}/Nope`)).status).toBe(404);
    expect((await getText(`${s.url.replace('/eSCL', '')}/other`)).status).toBe(404);
    expect((await getText(`${s.url}/ScanJobs/123/NextDocument`)).status).toBe(404);
    expect((await fetch(`${s.url}/ScannerStatus`, { method: 'POST', body: 'x' })).status).toBe(405);
    expect((await getText(`${s.url}/ScanJobs`)).status).toBe(405);
  });
});
