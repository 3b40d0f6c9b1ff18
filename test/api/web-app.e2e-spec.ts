import { ApiHarness, startApi } from '../support/api-harness';

/** The built web app (npm run build writes dist/web) on the API's own port. */
describe('the web app served by the API', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi();
  });

  afterAll(async () => {
    await api?.close();
  });

  it('answers every page address with the app, which then routes in the browser', async () => {
    for (const page of ['/', '/sign-in', '/measures/5c1b1c55-0000-4000-8000-000000000000/reports/Q1', '/public/samai']) {
      const response = await api.http.get(page).set('accept', 'text/html').expect(200);
      expect(response.headers['content-type']).toMatch(/text\/html/);
      expect(response.text).toContain('<div id="root"></div>');
      expect(response.text).toContain('lang="th"');
    }
  });

  it('serves the bundled files, the Sarabun font among them, and nothing from the network', async () => {
    const index = (await api.http.get('/').set('accept', 'text/html')).text;
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(index)?.[1];
    const stylesheet = /href="(\/assets\/[^"]+\.css)"/.exec(index)?.[1];
    expect(script).toBeDefined();
    expect((await api.http.get(script!).expect(200)).headers['cache-control']).toMatch(/immutable/);
    const css = (await api.http.get(stylesheet!).expect(200)).text;
    expect(css).toMatch(/font-family:\s*Sarabun/);
    const thaiFont = /url\((\/assets\/sarabun-thai-400-normal-[^)]+\.woff2)\)/.exec(css)?.[1];
    expect(thaiFont).toBeDefined();
    await api.http.get(thaiFont!).expect(200);
    expect(`${index}${css}`).not.toMatch(/https?:\/\/(fonts\.googleapis|fonts\.gstatic|cdn)/);
    const compressed = await api.http.get(script!).set('accept-encoding', 'gzip');
    expect(compressed.headers['content-encoding']).toBe('gzip');
  });

  it('leaves the API its own answers: unknown API paths and missing files are 404, not the app', async () => {
    const unknown = await api.http.get('/api/no-such-thing').expect(404);
    expect(unknown.headers['content-type']).toMatch(/json/);
    await api.http.get('/assets/no-such-file.js').expect(404);
    expect((await api.http.get('/health').expect(200)).body).toMatchObject({ status: 'ok' });
  });
});
