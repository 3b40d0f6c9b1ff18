import { MeasuresService } from '@prongsai/application';
import { MeasureEntity, MeasureOwnerEntity, MeasureStepEntity } from '@prongsai/persistence';
import { startApi, type ApiHarness } from '../support/api-harness';
import { NON_WRITERS, STRANGERS, WRITERS, seedRoles, type RoleFixture, type Who } from '../support/role-fixture';

interface Measure {
  id: string;
  no: number;
  title: string;
  version: number;
  steps: { position: number; text: string; ownerDivisionId: string | null; dueDate: string | null }[];
  owners: { divisionId: string; divisionName: string; role: string }[];
  period: { start: string | null; end: string | null; text: string | null };
  status: string;
}

describe.each(['sqlite', 'mariadb'] as const)('measures (%s)', (kind) => {
  let api: ApiHarness;
  let fx: RoleFixture;
  const byKey: Record<'finance' | 'engineering' | 'everyone' | 'paladWithEngineeringStep', Measure> = {} as never;
  const url = () => `/api/orgs/${fx.org}/measures`;
  const admin = () => api.as(fx.emails.admin);
  const counts = async () => {
    const manager = api.dataSource.manager;
    return [await manager.count(MeasureEntity), await manager.count(MeasureStepEntity), await manager.count(MeasureOwnerEntity)];
  };
  const valid = () => ({
    fiscalYearBe: 2568,
    title: 'มาตรการทดสอบ',
    steps: [{ text: 'ขั้นตอนที่หนึ่ง' }],
    ownerDivisionIds: [fx.samai.divisions.finance.id],
  });

  beforeAll(async () => {
    api = await startApi(kind);
    fx = await seedRoles(api);
    const headers = await admin();
    await api.http.post(`/api/orgs/${fx.org}/fiscal-years`).set(headers).send({ yearBe: 2568, cadence: 'quarterly' }).expect(201);
    await api.http.post(`/api/orgs/${fx.org}/fiscal-years`).set(headers).send({ yearBe: 2569, cadence: 'semiannual' }).expect(201);
    const { palad, finance, engineering } = fx.samai.divisions;
    const create = async (body: object) => (await api.http.post(url()).set(headers).send({ fiscalYearBe: 2568, ...body }).expect(201)).body as Measure;
    byKey.finance = await create({ title: 'ความโปร่งใสในการจัดซื้อจัดจ้าง', indicatorNo: 2, steps: [{ text: 'เผยแพร่แผน' }], ownerDivisionIds: [finance.id, palad.id] });
    byKey.engineering = await create({ title: 'ตรวจรับงานก่อสร้าง', indicatorNo: 6, steps: [{ text: 'ตรวจรับ' }], ownerDivisionIds: [engineering.id] });
    byKey.everyone = await create({ title: 'ทุกกองร่วมกัน', indicatorNo: 9, steps: [{ text: 'เผยแพร่ข้อมูล' }], allDivisions: true });
    byKey.paladWithEngineeringStep = await create({
      title: 'สำนักปลัดกับขั้นตอนของกองช่าง',
      indicatorNo: 9,
      steps: [{ text: 'ขั้นของสำนักปลัด' }, { text: 'ขั้นของกองช่าง', ownerDivisionId: engineering.id, dueDate: '2025-03-31' }],
      ownerDivisionIds: [palad.id],
    });
  });

  afterAll(() => api.close());

  describe('who sees what', () => {
    const everything: Who[] = ['systemAdmin', 'admin', 'executive', 'oversight'];
    const sees: [Who, (keyof typeof byKey)[]][] = [
      ['financeHead', ['finance', 'everyone']],
      ['financeOfficer', ['finance', 'everyone']],
      ['engineeringOfficer', ['engineering', 'everyone', 'paladWithEngineeringStep']],
    ];

    it.each(everything)('%s sees every measure of the year', async (who) => {
      const response = await api.http.get(`${url()}?fiscalYear=2568`).set(await api.as(fx.emails[who])).expect(200);
      expect(response.body.items.map((measure: Measure) => measure.id)).toEqual(expect.arrayContaining(Object.values(byKey).map((measure) => measure.id)));
      await api.http.get(`${url()}/${byKey.engineering.id}`).set(await api.as(fx.emails[who])).expect(200);
    });

    it.each(sees)('%s lists only the measures their division takes part in', async (who, keys) => {
      const response = await api.http.get(`${url()}?fiscalYear=2568`).set(await api.as(fx.emails[who])).expect(200);
      const expected = keys.map((key) => byKey[key].id).sort();
      expect(response.body.items.map((measure: Measure) => measure.id).sort()).toEqual(expected);
      expect(response.body.total).toBe(expected.length);
      for (const key of keys) await api.http.get(`${url()}/${byKey[key].id}`).set(await api.as(fx.emails[who])).expect(200);
    });

    it.each(sees)('%s asking for another division’s measure is refused with the reason', async (who, keys) => {
      const others = (Object.keys(byKey) as (keyof typeof byKey)[]).filter((key) => !keys.includes(key));
      for (const key of others) {
        const response = await api.http.get(`${url()}/${byKey[key].id}`).set(await api.as(fx.emails[who])).expect(403);
        expect(response.body).toMatchObject({ code: 'FORBIDDEN', messageTh: expect.stringContaining('กองของคุณ'), message: expect.stringContaining('division') });
      }
    });

    it.each(STRANGERS)('%s sees nothing of the organisation', async (who) => {
      await api.http.get(url()).set(await api.as(fx.emails[who])).expect(403);
      await api.http.get(`${url()}/${byKey.everyone.id}`).set(await api.as(fx.emails[who])).expect(403);
    });

    it('another organisation’s measure is not found through this one', async () => {
      const otherAdmin = await api.as(fx.emails.otherAdmin);
      const otherOrg = encodeURIComponent(fx.other.organization.code);
      await api.http.post(`/api/orgs/${otherOrg}/fiscal-years`).set(otherAdmin).send({ yearBe: 2568, cadence: 'quarterly' }).expect(201);
      const theirs = await api.http
        .post(`/api/orgs/${otherOrg}/measures`)
        .set(otherAdmin)
        .send({ fiscalYearBe: 2568, title: 'ของอีกองค์กร', steps: [], allDivisions: true })
        .expect(201);
      await api.http.get(`${url()}/${theirs.body.id}`).set(await admin()).expect(404);
    });
  });

  describe('who may write', () => {
    it.each(WRITERS)('%s may create, change and remove a measure', async (who) => {
      const headers = await api.as(fx.emails[who]);
      const created = await api.http.post(url()).set(headers).send({ ...valid(), title: `โดย ${who}` }).expect(201);
      expect(created.body).toMatchObject({ status: 'draft', version: 1 });
      const changed = await api.http.patch(`${url()}/${created.body.id}`).set(headers).send({ title: `แก้โดย ${who}` }).expect(200);
      expect(changed.body).toMatchObject({ title: `แก้โดย ${who}`, version: 2 });
      await api.http.delete(`${url()}/${created.body.id}`).set(headers).expect(204);
      await api.http.get(`${url()}/${created.body.id}`).set(headers).expect(404);
    });

    it.each(NON_WRITERS)('%s may not create, change, remove or start measures, is told why, and nothing changes', async (who) => {
      const headers = await api.as(fx.emails[who]);
      const before = await counts();
      const target = byKey.everyone;
      const created = await api.http.post(url()).set(headers).send(valid()).expect(403);
      expect(created.body).toMatchObject({ code: 'FORBIDDEN', message: expect.any(String), messageTh: expect.any(String) });
      await api.http.patch(`${url()}/${target.id}`).set(headers).send({ title: 'เปลี่ยน' }).expect(403);
      await api.http.delete(`${url()}/${target.id}`).set(headers).expect(403);
      await api.http.post(`${url()}/starter`).set(headers).send({ fiscalYearBe: 2568 }).expect(403);
      expect(await counts()).toEqual(before);
      const after = await api.http.get(`${url()}/${target.id}`).set(await admin()).expect(200);
      expect(after.body).toMatchObject({ title: target.title, version: target.version });
    });
  });

  describe('bad input names the field and writes nothing', () => {
    const cases: [string, () => object, string][] = [
      ['no title', () => ({ ...valid(), title: undefined }), 'title'],
      ['no steps', () => ({ ...valid(), steps: undefined }), 'steps'],
      ['no fiscal year', () => ({ ...valid(), fiscalYearBe: undefined }), 'fiscalYearBe'],
      ['a fiscal year not set up', () => ({ ...valid(), fiscalYearBe: 2575 }), 'fiscalYear'],
      ['no owner and not all divisions', () => ({ ...valid(), ownerDivisionIds: [] }), 'ownerDivisionIds'],
      ['an unknown division', () => ({ ...valid(), ownerDivisionIds: ['7d9f3a52-4a8e-4c57-9d84-1c2b3a4d5e6f'] }), 'ownerDivisionIds.0'],
      ['another organisation’s division', () => ({ ...valid(), ownerDivisionIds: [fx.samai.divisions.finance.id, fx.other.divisions.finance.id] }), 'ownerDivisionIds.1'],
      ['a step owned by another organisation’s division', () => ({ ...valid(), steps: [{ text: 'x', ownerDivisionId: fx.other.divisions.palad.id }] }), 'steps.0.ownerDivisionId'],
      ['a period starting before the fiscal year', () => ({ ...valid(), periodStart: '2024-09-30', periodEnd: '2024-12-31' }), 'periodStart'],
      ['a period ending after the fiscal year', () => ({ ...valid(), periodStart: '2024-10-01', periodEnd: '2025-10-01' }), 'periodEnd'],
      ['a period ending before it starts', () => ({ ...valid(), periodStart: '2025-03-01', periodEnd: '2025-01-01' }), 'periodEnd'],
      ['a period with only a start', () => ({ ...valid(), periodStart: '2025-03-01' }), 'periodEnd'],
      ['a day that does not exist', () => ({ ...valid(), periodStart: '2025-02-29', periodEnd: '2025-03-31' }), 'periodStart'],
      ['a step due after the fiscal year', () => ({ ...valid(), steps: [{ text: 'x' }, { text: 'y', dueDate: '2025-10-15' }] }), 'steps.1.dueDate'],
      ['a period phrase outside the fiscal year', () => ({ ...valid(), periodText: 'พ.ค. ๖๕' }), 'periodText'],
      ['an over-long title', () => ({ ...valid(), title: 'ก'.repeat(2001) }), 'title'],
      ['an over-long step', () => ({ ...valid(), steps: [{ text: 'ข'.repeat(2001) }] }), 'steps.0.text'],
      ['too many steps', () => ({ ...valid(), steps: Array.from({ length: 51 }, (_, index) => ({ text: `ขั้น ${index}` })) }), 'steps'],
      ['an empty step', () => ({ ...valid(), steps: [{ text: '' }] }), 'steps.0.text'],
      ['indicator 11', () => ({ ...valid(), indicatorNo: 11 }), 'indicatorNo'],
      ['an indicator written as text', () => ({ ...valid(), indicatorNo: '9' }), 'indicatorNo'],
      ['steps that are not a list', () => ({ ...valid(), steps: 'ขั้นตอน' }), 'steps'],
      ['an item code of the wrong shape', () => ({ ...valid(), itemCodes: ['X42'] }), 'itemCodes.0'],
      ['an unknown monitoring rule', () => ({ ...valid(), monitoringRule: { kind: 'weekly' } }), 'monitoringRule'],
      ['an unknown field', () => ({ ...valid(), organizationId: fx.other.organization.id }), 'organizationId'],
      ['a status (set only by the lifecycle)', () => ({ ...valid(), status: 'completed' }), 'status'],
    ];

    it.each(cases)('refuses %s', async (_, body, field) => {
      const before = await counts();
      const response = await api.http.post(url()).set(await admin()).send(body()).expect(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
      expect(response.body.messageTh).toBeTruthy();
      expect(await counts()).toEqual(before);
    });

    it('a number already taken in the year is a conflict', async () => {
      const before = await counts();
      const response = await api.http.post(url()).set(await admin()).send({ ...valid(), no: byKey.finance.no }).expect(409);
      expect(response.body.errors[0].field).toBe('no');
      expect(await counts()).toEqual(before);
    });

    it('a failed change leaves the measure exactly as it was', async () => {
      const headers = await admin();
      const before = await api.http.get(`${url()}/${byKey.paladWithEngineeringStep.id}`).set(headers);
      const response = await api.http
        .patch(`${url()}/${byKey.paladWithEngineeringStep.id}`)
        .set(headers)
        .send({ title: 'ชื่อใหม่', steps: [{ text: 'ใหม่' }, { text: 'ผิด', dueDate: '2026-01-01' }] })
        .expect(400);
      expect(response.body.errors[0].field).toBe('steps.1.dueDate');
      expect((await api.http.get(`${url()}/${byKey.paladWithEngineeringStep.id}`).set(headers)).body).toEqual(before.body);
    });

    it('a service call that fails part-way writes nothing, even inside the caller’s transaction', async () => {
      const before = await counts();
      await expect(
        api.dataSource.transaction(async (manager) => {
          const measures = new MeasuresService(manager);
          await measures.create(fx.samai.organization.id, 2568, { title: 'ก่อนล้มเหลว', steps: [{ text: 'x' }], allDivisions: true });
          await measures.create(fx.samai.organization.id, 2568, { title: 'ล้มเหลว', steps: [{ text: 'x', dueDate: '2030-01-01' }], allDivisions: true });
        }),
      ).rejects.toMatchObject({ field: 'steps.0.dueDate' });
      expect(await counts()).toEqual(before);
    });
  });

  describe('what a measure holds', () => {
    it('keeps Thai text, steps in order, owners lead first and the period as written', async () => {
      const { palad, finance, engineering } = fx.samai.divisions;
      const title = 'มาตรการ “ป้องกันการรับสินบน” ๑๒๓ — ทดสอบ';
      const created = await api.http
        .post(url())
        .set(await admin())
        .send({
          fiscalYearBe: 2568,
          title,
          issueToImprove: 'ผลคะแนน IIT ข้อ i12 ต่ำกว่าร้อยละ ๘๕',
          indicatorNo: 10,
          itemCodes: ['o42', 'O43'],
          steps: [{ text: '๑. จัดทำประกาศ' }, { text: '๒. เผยแพร่', ownerDivisionId: engineering.id, dueDate: '2024-12-31' }, { text: '๓. รายงานผล' }],
          ownerDivisionIds: [finance.id, palad.id],
          periodText: 'ไตรมาส ๑ ของปีงบประมาณ ๒๕๖๘',
          monitoringRule: { kind: 'semiannual', months: [4, 10] },
          evidence: [{ title: 'ประกาศ', url: 'https://example.go.th/ประกาศ' }],
        })
        .expect(201);
      const fetched = (await api.http.get(`${url()}/${created.body.id}`).set(await admin()).expect(200)).body;
      expect(fetched).toMatchObject({
        title,
        issueToImprove: 'ผลคะแนน IIT ข้อ i12 ต่ำกว่าร้อยละ ๘๕',
        itemCodes: ['O42', 'O43'],
        period: { start: '2024-10-01', end: '2024-12-31', text: 'ไตรมาส ๑ ของปีงบประมาณ ๒๕๖๘' },
        monitoringRule: { kind: 'semiannual', months: [4, 10] },
        status: 'draft',
        version: 1,
      });
      expect(fetched.steps.map((step: Measure['steps'][number]) => [step.position, step.text, step.dueDate])).toEqual([
        [1, '๑. จัดทำประกาศ', null],
        [2, '๒. เผยแพร่', '2024-12-31'],
        [3, '๓. รายงานผล', null],
      ]);
      expect(fetched.owners).toEqual([
        { divisionId: finance.id, divisionName: 'กองคลัง', role: 'lead' },
        { divisionId: palad.id, divisionName: 'สำนักปลัด', role: 'supporting' },
      ]);
      expect(fetched).not.toHaveProperty('organizationId');
    });

    it('a change replaces the steps, bumps the version, and a stale version is refused', async () => {
      const headers = await admin();
      const created = (await api.http.post(url()).set(headers).send(valid()).expect(201)).body as Measure;
      const changed = await api.http
        .patch(`${url()}/${created.id}`)
        .set(headers)
        .send({ version: 1, steps: [{ text: 'ใหม่ ๑' }, { text: 'ใหม่ ๒' }], ownerDivisionIds: [fx.samai.divisions.engineering.id] })
        .expect(200);
      expect(changed.body.version).toBe(2);
      expect(changed.body.steps.map((step: Measure['steps'][number]) => step.text)).toEqual(['ใหม่ ๑', 'ใหม่ ๒']);
      expect(changed.body.owners).toEqual([expect.objectContaining({ divisionName: 'กองช่าง', role: 'lead' })]);
      const stale = await api.http.patch(`${url()}/${created.id}`).set(headers).send({ version: 1, title: 'ช้าไป' }).expect(409);
      expect(stale.body.errors[0].field).toBe('version');
    });

    it('numbers follow on in the year, and item codes must be in the year’s catalog once it has items', async () => {
      const headers = await admin();
      await api.http.post(`/api/orgs/${fx.org}/catalog/starter`).set(headers).send({ fiscalYearBe: 2569 }).expect(201);
      const unknown = await api.http.post(url()).set(headers).send({ ...valid(), fiscalYearBe: 2569, itemCodes: ['O99'] }).expect(400);
      expect(unknown.body.errors[0].field).toBe('itemCodes.0');
      const first = await api.http.post(url()).set(headers).send({ ...valid(), fiscalYearBe: 2569, itemCodes: ['o1'] }).expect(201);
      const second = await api.http.post(url()).set(headers).send({ ...valid(), fiscalYearBe: 2569 }).expect(201);
      expect([first.body.no, second.body.no]).toEqual([1, 2]);
      expect(first.body.itemCodes).toEqual(['O1']);
    });
  });

  describe('lists', () => {
    it('filter by division, indicator and status, a page at a time', async () => {
      const headers = await admin();
      const engineering = await api.http.get(`${url()}?fiscalYear=2568&division=${fx.samai.divisions.engineering.id}`).set(headers).expect(200);
      const ids = engineering.body.items.map((measure: Measure) => measure.id);
      expect(ids).toEqual(expect.arrayContaining([byKey.engineering.id, byKey.everyone.id, byKey.paladWithEngineeringStep.id]));
      expect(ids).not.toContain(byKey.finance.id);
      const nine = await api.http.get(`${url()}?fiscalYear=2568&indicator=9`).set(headers).expect(200);
      expect(nine.body.items.map((measure: Measure) => measure.id).sort()).toEqual([byKey.everyone.id, byKey.paladWithEngineeringStep.id].sort());
      const done = await api.http.get(`${url()}?status=completed`).set(headers).expect(200);
      expect(done.body.total).toBe(0);
      const page = await api.http.get(`${url()}?fiscalYear=2568&page=2&pageSize=2`).set(headers).expect(200);
      expect(page.body).toMatchObject({ page: 2, pageSize: 2, items: expect.any(Array) });
      expect(page.body.items).toHaveLength(2);
    });

    it('refuses a bad filter, naming it', async () => {
      const response = await api.http.get(`${url()}?status=finished`).set(await admin()).expect(400);
      expect(response.body.errors[0].field).toBe('status');
    });
  });

  describe('the standard measures', () => {
    it('adds the six standard measures as drafts owned by สำนักปลัด, once', async () => {
      const headers = await admin();
      const first = await api.http.post(`${url()}/starter`).set(headers).send({ fiscalYearBe: 2569 }).expect(201);
      expect(first.body.added.map((measure: Measure) => measure.title)).toEqual([
        'การตรวจสอบการใช้ดุลพินิจ',
        'การป้องกันการขัดกันระหว่างผลประโยชน์',
        'ความโปร่งใสในการจัดซื้อจัดจ้าง',
        'การจัดการเรื่องร้องเรียนการทุจริต',
        'การมีส่วนร่วมของผู้มีส่วนได้ส่วนเสีย',
        'การเผยแพร่ข้อมูลต่อสาธารณชน',
      ]);
      for (const measure of first.body.added as (Measure & { indicatorNo: number })[]) {
        expect(measure.status).toBe('draft');
        expect(measure.owners).toEqual([expect.objectContaining({ divisionName: 'สำนักปลัด', role: 'lead' })]);
        expect(measure.steps.length).toBeGreaterThanOrEqual(3);
        expect(measure.indicatorNo).toBeGreaterThanOrEqual(1);
      }
      const again = await api.http.post(`${url()}/starter`).set(headers).send({ fiscalYearBe: 2569 }).expect(201);
      expect(again.body).toMatchObject({ added: [], alreadyThere: expect.arrayContaining(['การตรวจสอบการใช้ดุลพินิจ']) });
    });

    it('without สำนักปลัด, the standard measures belong to all divisions', async () => {
      const otherAdmin = await api.as(fx.emails.otherAdmin);
      const otherOrg = encodeURIComponent(fx.other.organization.code);
      await api.dataSource.manager.update('divisions', { id: fx.other.divisions.palad.id }, { name: 'งานบริหารทั่วไป' });
      const response = await api.http.post(`/api/orgs/${otherOrg}/measures/starter`).set(otherAdmin).send({ fiscalYearBe: 2568 }).expect(201);
      expect(response.body.added).toHaveLength(6);
      expect(response.body.added.every((measure: Measure & { allDivisions: boolean }) => measure.allDivisions && measure.owners.length === 0)).toBe(true);
    });

    it('a year not set up is refused, naming it', async () => {
      const response = await api.http.post(`${url()}/starter`).set(await admin()).send({ fiscalYearBe: 2580 }).expect(400);
      expect(response.body.errors[0].field).toBe('fiscalYear');
    });
  });
});
