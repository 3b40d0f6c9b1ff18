import { HolidayEntity, ItaCatalogEntryEntity, MeasureLifecycleEntity } from '@prongsai/persistence';
import { startApi, type ApiHarness } from '../support/api-harness';
import { NON_WRITERS, READERS, STRANGERS, WRITERS, seedRoles, type RoleFixture } from '../support/role-fixture';

describe.each(['sqlite', 'mariadb'] as const)('holidays and the ITA catalog (%s)', (kind) => {
  let api: ApiHarness;
  let fx: RoleFixture;
  const holidays = () => `/api/orgs/${fx.org}/holidays`;
  const catalog = () => `/api/orgs/${fx.org}/catalog`;
  const admin = () => api.as(fx.emails.admin);
  const holidayCount = () => api.dataSource.manager.countBy(HolidayEntity, { organizationId: fx.samai.organization.id });
  const catalogCount = () => api.dataSource.manager.countBy(ItaCatalogEntryEntity, { organizationId: fx.samai.organization.id });

  beforeAll(async () => {
    api = await startApi(kind);
    fx = await seedRoles(api);
  });

  afterAll(() => api.close());

  describe('holidays', () => {
    it('loads the government holidays of a fiscal year, and loading again changes nothing', async () => {
      const first = await api.http.post(`${holidays()}/starter`).set(await admin()).send({ fiscalYearBe: 2568 }).expect(201);
      expect(first.body.added).toBeGreaterThan(15);
      expect(first.body.holidays).toEqual(expect.arrayContaining([expect.objectContaining({ date: '2025-04-14', nameTh: 'วันสงกรานต์' })]));
      expect(first.body.holidays.every((holiday: { date: string }) => holiday.date >= '2024-10-01' && holiday.date <= '2025-09-30')).toBe(true);
      const again = await api.http.post(`${holidays()}/starter`).set(await admin()).send({ fiscalYearBe: 2568 }).expect(201);
      expect(again.body).toMatchObject({ added: 0, alreadyThere: first.body.added });
    });

    it('leaves a date the organisation already named as it was', async () => {
      await api.http.post(holidays()).set(await admin()).send({ date: '2026-01-01', nameTh: 'วันขึ้นปีใหม่ (ของเรา)' }).expect(201);
      await api.http.post(`${holidays()}/starter`).set(await admin()).send({}).expect(201);
      const listed = await api.http.get(`${holidays()}?year=2569`).set(await admin()).expect(200);
      expect(listed.body.find((holiday: { date: string }) => holiday.date === '2026-01-01').nameTh).toBe('วันขึ้นปีใหม่ (ของเรา)');
    });

    it('lists by fiscal year when asked, all years otherwise, by date', async () => {
      const year = (await api.http.get(`${holidays()}?year=2568`).set(await admin()).expect(200)).body as { date: string }[];
      const all = (await api.http.get(holidays()).set(await admin()).expect(200)).body as { date: string }[];
      expect(all.length).toBeGreaterThan(year.length);
      expect(all.map((holiday) => holiday.date)).toEqual([...all.map((holiday) => holiday.date)].sort());
    });

    it('adds a holiday with a Thai name kept exactly, and removes it', async () => {
      const nameTh = 'วันหยุดพิเศษ ๑๒๓ “ท้องถิ่น”';
      const created = await api.http.post(holidays()).set(await admin()).send({ date: '2025-06-20', nameTh, nameEn: 'Local day' }).expect(201);
      expect(created.body).toEqual({ id: expect.any(String), date: '2025-06-20', nameTh, nameEn: 'Local day' });
      await api.http.delete(`${holidays()}/${created.body.id}`).set(await admin()).expect(204);
      await api.http.delete(`${holidays()}/${created.body.id}`).set(await admin()).expect(404);
    });

    it.each([
      ['a day that does not exist', { date: '2025-02-29', nameTh: 'x' }, 'date'],
      ['a date in another format', { date: '14/04/2025', nameTh: 'x' }, 'date'],
      ['no name', { date: '2025-06-21' }, 'nameTh'],
      ['an over-long name', { date: '2025-06-21', nameTh: 'ก'.repeat(256) }, 'nameTh'],
      ['a name that is not text', { date: '2025-06-21', nameTh: 12 }, 'nameTh'],
      ['an unknown field', { date: '2025-06-21', nameTh: 'x', kind: 'special' }, 'kind'],
    ])('refuses %s, naming the field, and adds nothing', async (_, body, field) => {
      const before = await holidayCount();
      const response = await api.http.post(holidays()).set(await admin()).send(body).expect(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
      expect(await holidayCount()).toBe(before);
    });

    it('a second holiday on the same date is a conflict', async () => {
      await api.http.post(holidays()).set(await admin()).send({ date: '2025-04-14', nameTh: 'ซ้ำ' }).expect(409);
    });

    it('refuses a change the running measures cannot be told of (the workflow service out of reach), and writes nothing', async () => {
      // A lifecycle of 2571 as the read model knows it; this API's Temporal address answers nobody.
      const lifecycle = { workflowId: `measure/${fx.samai.organization.id}/2571/m-running`, organizationId: fx.samai.organization.id, fiscalYearBe: 2571, measureId: 'm-running' };
      await api.dataSource.manager.insert(MeasureLifecycleEntity, { ...lifecycle, revision: 1, status: 'in_progress', snapshot: {} as never, updatedAt: new Date() });
      try {
        const before = await holidayCount();
        const refused = await api.http.post(holidays()).set(await admin()).send({ date: '2028-01-03', nameTh: 'วันหยุดพิเศษ' }).expect(409);
        expect(refused.body.messageTh).toBe('ติดต่อระบบงาน (Temporal) ไม่ได้ กรุณาลองใหม่');
        expect(await holidayCount()).toBe(before);
        // 2568 has nothing running: its holidays change as ever.
        const elsewhere = await api.http.post(holidays()).set(await admin()).send({ date: '2025-06-27', nameTh: 'วันหยุดท้องถิ่น' }).expect(201);
        await api.http.delete(`${holidays()}/${elsewhere.body.id}`).set(await admin()).expect(204);
        const inRunningYear = await api.http.post(holidays()).set(await admin()).send({ date: '2027-10-13', nameTh: 'วันนวมินทรมหาราช' });
        expect(inRunningYear.status).toBe(409); // 13 Oct 2027 is in 2571 (running) and counts for 2570's last reports
        expect(await holidayCount()).toBe(before);
      } finally {
        await api.dataSource.manager.delete(MeasureLifecycleEntity, { workflowId: lifecycle.workflowId });
      }
    }, 60_000);

    it.each(READERS)('%s may read the holidays', async (who) => {
      await api.http.get(holidays()).set(await api.as(fx.emails[who])).expect(200);
    });

    it.each(STRANGERS)('%s may not read them', async (who) => {
      await api.http.get(holidays()).set(await api.as(fx.emails[who])).expect(403);
    });

    it.each(WRITERS)('%s may add and remove a holiday', async (who) => {
      const date = who === 'admin' ? '2025-07-01' : '2025-07-02';
      const created = await api.http.post(holidays()).set(await api.as(fx.emails[who])).send({ date, nameTh: 'ทดสอบ' }).expect(201);
      await api.http.delete(`${holidays()}/${created.body.id}`).set(await api.as(fx.emails[who])).expect(204);
    });

    it.each(NON_WRITERS)('%s may not add, load or remove holidays, is told why, and nothing changes', async (who) => {
      const headers = await api.as(fx.emails[who]);
      const before = await holidayCount();
      const existing = (await api.http.get(holidays()).set(await admin())).body[0];
      const response = await api.http.post(holidays()).set(headers).send({ date: '2025-07-03', nameTh: 'x' }).expect(403);
      expect(response.body.messageTh).toBeTruthy();
      await api.http.post(`${holidays()}/starter`).set(headers).send({}).expect(403);
      await api.http.delete(`${holidays()}/${existing.id}`).set(headers).expect(403);
      expect(await holidayCount()).toBe(before);
    });
  });

  describe('ITA catalog', () => {
    it('copies the published catalog of 2568: ten indicators with their tool and the OIT items', async () => {
      const response = await api.http.post(`${catalog()}/starter`).set(await admin()).send({ fiscalYearBe: 2568 }).expect(201);
      expect(response.body).toMatchObject({ fiscalYearBe: 2568, itemsFromYearBe: 2568 });
      expect(response.body.note).toBeUndefined();
      const listed = await api.http.get(`${catalog()}?fiscalYear=2568`).set(await admin()).expect(200);
      expect(listed.body.indicators).toHaveLength(10);
      expect(listed.body.indicators[8]).toMatchObject({ code: 'indicator-9', indicatorNo: 9, tool: 'OIT', title: 'การเปิดเผยข้อมูล' });
      expect(listed.body.items[0]).toMatchObject({ code: 'O1', kind: 'item', tool: 'OIT', indicatorNo: 9 });
      expect(listed.body.items.length).toBe(response.body.added - 10);
    });

    it('copying again adds nothing', async () => {
      const response = await api.http.post(`${catalog()}/starter`).set(await admin()).send({ fiscalYearBe: 2568 }).expect(201);
      expect(response.body.added).toBe(0);
    });

    it('a year without a published list gets the nearest earlier one, and is told so', async () => {
      const response = await api.http.post(`${catalog()}/starter`).set(await admin()).send({ fiscalYearBe: 2575 }).expect(201);
      expect(response.body).toMatchObject({ fiscalYearBe: 2575, itemsFromYearBe: 2569 });
      expect(response.body.noteTh).toContain('2569');
      expect(response.body.note).toContain('2569');
    });

    it('the administrator changes, adds and removes entries', async () => {
      const headers = await admin();
      const listed = await api.http.get(`${catalog()}?fiscalYear=2568`).set(headers);
      const indicator = listed.body.indicators[3];
      const renamed = await api.http.patch(`${catalog()}/${indicator.id}`).set(headers).send({ title: 'การใช้ทรัพย์สินของทางราชการ', tool: 'IIT' }).expect(200);
      expect(renamed.body).toMatchObject({ title: 'การใช้ทรัพย์สินของทางราชการ', code: 'indicator-4' });
      const added = await api.http.post(catalog()).set(headers).send({ fiscalYearBe: 2568, kind: 'item', code: 'o99', indicatorNo: 10, title: 'มาตรการภายในเพิ่มเติม' }).expect(201);
      expect(added.body).toMatchObject({ code: 'O99', tool: 'OIT' });
      const recoded = await api.http.patch(`${catalog()}/${added.body.id}`).set(headers).send({ code: 'e5' }).expect(200);
      expect(recoded.body).toMatchObject({ code: 'e5', tool: 'EIT' });
      await api.http.delete(`${catalog()}/${added.body.id}`).set(headers).expect(204);
    });

    it.each([
      ['an item code of the wrong shape', { fiscalYearBe: 2568, kind: 'item', code: 'X1', title: 'x' }, 400, 'code'],
      ['an indicator numbered 11', { fiscalYearBe: 2568, kind: 'indicator', tool: 'OIT', indicatorNo: 11, title: 'x' }, 400, 'indicatorNo'],
      ['an indicator without its tool', { fiscalYearBe: 2570, kind: 'indicator', indicatorNo: 1, title: 'x' }, 400, 'tool'],
      ['an item whose tool does not match its code', { fiscalYearBe: 2568, kind: 'item', code: 'O98', tool: 'EIT', title: 'x' }, 400, 'tool'],
      ['an over-long title', { fiscalYearBe: 2568, kind: 'item', code: 'O97', title: 'ก'.repeat(501) }, 400, 'title'],
      ['an unknown kind', { fiscalYearBe: 2568, kind: 'question', code: 'O97', title: 'x' }, 400, 'kind'],
      ['an unknown field', { fiscalYearBe: 2568, kind: 'item', code: 'O97', title: 'x', sub: '9.1' }, 400, 'sub'],
      ['a code the year already has', { fiscalYearBe: 2568, kind: 'item', code: 'O1', title: 'x' }, 409, 'code'],
    ])('refuses %s and adds nothing', async (_, body, status, field) => {
      const before = await catalogCount();
      const response = await api.http.post(catalog()).set(await admin()).send(body).expect(status);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
      expect(await catalogCount()).toBe(before);
    });

    it('asking for the catalog without a year names the field', async () => {
      const response = await api.http.get(catalog()).set(await admin()).expect(400);
      expect(response.body.errors[0].field).toBe('fiscalYear');
    });

    it.each(READERS)('%s may read the catalog', async (who) => {
      const response = await api.http.get(`${catalog()}?fiscalYear=2568`).set(await api.as(fx.emails[who])).expect(200);
      expect(response.body.indicators).toHaveLength(10);
    });

    it.each(STRANGERS)('%s may not read it', async (who) => {
      await api.http.get(`${catalog()}?fiscalYear=2568`).set(await api.as(fx.emails[who])).expect(403);
    });

    it.each(WRITERS)('%s may add and remove an entry', async (who) => {
      const code = who === 'admin' ? 'i1' : 'i2';
      const created = await api.http.post(catalog()).set(await api.as(fx.emails[who])).send({ fiscalYearBe: 2568, kind: 'item', code, title: 'ข้อ IIT' }).expect(201);
      expect(created.body.tool).toBe('IIT');
      await api.http.delete(`${catalog()}/${created.body.id}`).set(await api.as(fx.emails[who])).expect(204);
    });

    it.each(NON_WRITERS)('%s may not change the catalog, is told why, and nothing changes', async (who) => {
      const headers = await api.as(fx.emails[who]);
      const before = await catalogCount();
      const entry = (await api.http.get(`${catalog()}?fiscalYear=2568`).set(await admin())).body.items[0];
      const response = await api.http.post(`${catalog()}/starter`).set(headers).send({ fiscalYearBe: 2569 }).expect(403);
      expect(response.body.messageTh).toBeTruthy();
      await api.http.post(catalog()).set(headers).send({ fiscalYearBe: 2568, kind: 'item', code: 'O96', title: 'x' }).expect(403);
      await api.http.patch(`${catalog()}/${entry.id}`).set(headers).send({ title: 'เปลี่ยน' }).expect(403);
      await api.http.delete(`${catalog()}/${entry.id}`).set(headers).expect(403);
      expect(await catalogCount()).toBe(before);
      const after = (await api.http.get(`${catalog()}?fiscalYear=2568`).set(await admin())).body.items[0];
      expect(after).toEqual(entry);
    });
  });
});
