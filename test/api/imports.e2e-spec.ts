import * as fs from 'node:fs';
import * as path from 'node:path';
import { ImportBatchEntity, MeasureEntity } from '@prongsai/persistence';
import { ApiHarness, seedOrganization, startApi, type SeededOrganization } from '../support/api-harness';

const SEEDS = path.resolve(__dirname, '../fixtures/seeds');

describe.each(['sqlite', 'mariadb'] as const)('importing a plan through the API (%s)', (kind) => {
  let api: ApiHarness;
  let org: SeededOrganization;
  let code: string;

  beforeAll(async () => {
    api = await startApi(kind);
    org = await seedOrganization(api.dataSource, 'องค์การบริหารส่วนตำบลแม่คะตวน', 'ลำพูน');
    code = encodeURIComponent(org.organization.code);
  });

  afterAll(() => api.close());

  const upload = async (who: string, fileName: string, content: Buffer | string) =>
    api.http
      .post(`/api/orgs/${code}/imports`)
      .set(await api.as(who))
      .attach('file', Buffer.from(content), fileName);

  it('previews without writing, then confirms all measures at once, and only once', async () => {
    const document = fs.readFileSync(path.join(SEEDS, '002_ffedab9c6fdfeff8.txt'));
    const preview = await upload(org.emails.admin, 'แม่คะตวน-2566.txt', document);
    expect(preview.status).toBe(201);
    expect(preview.body).toMatchObject({ status: 'previewed', fileName: 'แม่คะตวน-2566.txt', preview: { fiscalYear: 2566 } });
    expect(preview.body.preview.measures.length).toBeGreaterThan(0);
    expect(await api.dataSource.getRepository(MeasureEntity).countBy({ organizationId: org.organization.id })).toBe(0);

    const confirmed = await api.http.post(`/api/orgs/${code}/imports/${preview.body.id}/confirm`).set(await api.as(org.emails.admin)).expect(200);
    expect(confirmed.body).toMatchObject({ fiscalYear: 2566, measures: preview.body.preview.measures.length });
    const stored = await api.dataSource.getRepository(MeasureEntity).find({ where: { organizationId: org.organization.id }, relations: { steps: true, owners: true } });
    expect(stored).toHaveLength(preview.body.preview.measures.length);
    expect(stored.find((measure) => measure.no === 1)?.title).toBe(preview.body.preview.measures[0].title);

    await api.http.post(`/api/orgs/${code}/imports/${preview.body.id}/confirm`).set(await api.as(org.emails.admin)).expect(409);
    expect(await api.dataSource.getRepository(MeasureEntity).countBy({ organizationId: org.organization.id })).toBe(stored.length);
  });

  it.each(['executive', 'financeHead', 'financeOfficer'] as const)('%s may not import', async (who) => {
    const response = await upload(org.emails[who], 'plan.txt', 'ลำดับที่\tมาตรการ\n1\tทดสอบ');
    expect(response.status).toBe(403);
    expect(response.body.messageTh).toBeTruthy();
  });

  it('answers a malformed file with a 400 naming the file, and keeps nothing', async () => {
    const before = await api.dataSource.getRepository(ImportBatchEntity).count();
    const broken = await upload(org.emails.admin, 'plan.xlsx', 'not a spreadsheet');
    expect(broken.status).toBe(400);
    expect(broken.body.errors[0].field).toBe('file');
    const empty = await upload(org.emails.admin, 'plan.csv', '');
    expect(empty.status).toBe(400);
    const missing = await api.http.post(`/api/orgs/${code}/imports`).set(await api.as(org.emails.admin)).expect(400);
    expect(missing.body.errors[0]).toMatchObject({ field: 'file', messageTh: 'กรุณาแนบไฟล์' });
    expect(await api.dataSource.getRepository(ImportBatchEntity).count()).toBe(before);
  });
});
