import { FiscalYearEntity } from '@prongsai/persistence';
import { startApi, type ApiHarness } from '../support/api-harness';
import { NON_WRITERS, READERS, STRANGERS, WRITERS, seedRoles, type RoleFixture } from '../support/role-fixture';

describe.each(['sqlite', 'mariadb'] as const)('fiscal years and their reporting cadence (%s)', (kind) => {
  let api: ApiHarness;
  let fx: RoleFixture;
  const url = () => `/api/orgs/${fx.org}/fiscal-years`;
  const count = () => api.dataSource.manager.countBy(FiscalYearEntity, { organizationId: fx.samai.organization.id });

  beforeAll(async () => {
    api = await startApi(kind);
    fx = await seedRoles(api);
    await api.http.post(url()).set(await api.as(fx.emails.admin)).send({ yearBe: 2568, cadence: 'quarterly' }).expect(201);
  });

  afterAll(() => api.close());

  it('a new year answers with its dates and its four quarters', async () => {
    const created = await api.http.post(url()).set(await api.as(fx.emails.admin)).send({ yearBe: 2569, cadence: 'quarterly' }).expect(201);
    expect(created.body).toEqual({
      yearBe: 2569,
      cadence: 'quarterly',
      archived: false,
      start: '2025-10-01',
      end: '2026-09-30',
      periods: [
        { key: 'Q1', start: '2025-10-01', end: '2025-12-31' },
        { key: 'Q2', start: '2026-01-01', end: '2026-03-31' },
        { key: 'Q3', start: '2026-04-01', end: '2026-06-30' },
        { key: 'Q4', start: '2026-07-01', end: '2026-09-30' },
      ],
    });
  });

  it('switching to six-month rounds gives the 6- and 12-month rounds', async () => {
    const updated = await api.http.patch(`${url()}/2568`).set(await api.as(fx.emails.admin)).send({ cadence: 'semiannual' }).expect(200);
    expect(updated.body.periods).toEqual([
      { key: 'R6', start: '2024-10-01', end: '2025-03-31' },
      { key: 'R12', start: '2024-10-01', end: '2025-09-30' },
    ]);
    await api.http.patch(`${url()}/2568`).set(await api.as(fx.emails.admin)).send({ cadence: 'quarterly' }).expect(200);
  });

  it('the same year twice is a conflict, and nothing is added', async () => {
    const before = await count();
    const response = await api.http.post(url()).set(await api.as(fx.emails.admin)).send({ yearBe: 2568, cadence: 'semiannual' }).expect(409);
    expect(response.body).toMatchObject({ code: 'CONFLICT', messageTh: 'มีปีงบประมาณ 2568 อยู่แล้ว' });
    expect(await count()).toBe(before);
  });

  it.each([
    ['a year before 2500', { yearBe: 2499, cadence: 'quarterly' }, 'yearBe'],
    ['a year after 2700', { yearBe: 2701, cadence: 'quarterly' }, 'yearBe'],
    ['a year written as text', { yearBe: '2570', cadence: 'quarterly' }, 'yearBe'],
    ['an unknown cadence', { yearBe: 2570, cadence: 'monthly' }, 'cadence'],
    ['no cadence', { yearBe: 2570 }, 'cadence'],
    ['an unknown field', { yearBe: 2570, cadence: 'quarterly', start: '2026-10-01' }, 'start'],
  ])('refuses %s, naming the field', async (_, body, field) => {
    const before = await count();
    const response = await api.http.post(url()).set(await api.as(fx.emails.admin)).send(body).expect(400);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    expect(await count()).toBe(before);
  });

  it('changing the cadence of a year not set up is a 404', async () => {
    await api.http.patch(`${url()}/2590`).set(await api.as(fx.emails.admin)).send({ cadence: 'quarterly' }).expect(404);
  });

  it.each(READERS)('%s may list the years', async (who) => {
    const response = await api.http.get(url()).set(await api.as(fx.emails[who])).expect(200);
    expect(response.body.map((year: { yearBe: number }) => year.yearBe)).toEqual(expect.arrayContaining([2568]));
  });

  it.each(STRANGERS)('%s may not list them', async (who) => {
    const response = await api.http.get(url()).set(await api.as(fx.emails[who])).expect(403);
    expect(response.body.messageTh).toBe('คุณไม่มีสิทธิ์ดูข้อมูลขององค์กรนี้');
  });

  it.each(WRITERS)('%s may add a year and change its cadence', async (who) => {
    const yearBe = who === 'admin' ? 2571 : 2572;
    await api.http.post(url()).set(await api.as(fx.emails[who])).send({ yearBe, cadence: 'quarterly' }).expect(201);
    await api.http.patch(`${url()}/${yearBe}`).set(await api.as(fx.emails[who])).send({ cadence: 'semiannual' }).expect(200);
  });

  it.each(NON_WRITERS)('%s may not add a year or change a cadence, is told why, and nothing changes', async (who) => {
    const headers = await api.as(fx.emails[who]);
    const before = await api.http.get(url()).set(await api.as(fx.emails.admin));
    const created = await api.http.post(url()).set(headers).send({ yearBe: 2580, cadence: 'quarterly' }).expect(403);
    expect(created.body).toMatchObject({ code: 'FORBIDDEN', message: expect.any(String), messageTh: expect.any(String) });
    await api.http.patch(`${url()}/2568`).set(headers).send({ cadence: 'semiannual' }).expect(403);
    expect((await api.http.get(url()).set(await api.as(fx.emails.admin))).body).toEqual(before.body);
  });

  it('an archived year keeps its cadence', async () => {
    await api.http.post(url()).set(await api.as(fx.emails.admin)).send({ yearBe: 2560, cadence: 'semiannual' }).expect(201);
    await api.dataSource.manager.update(FiscalYearEntity, { organizationId: fx.samai.organization.id, yearBe: 2560 }, { archived: true });
    const response = await api.http.patch(`${url()}/2560`).set(await api.as(fx.emails.admin)).send({ cadence: 'quarterly' }).expect(409);
    expect(response.body.messageTh).toContain('ข้อมูลย้อนหลัง');
  });
});
