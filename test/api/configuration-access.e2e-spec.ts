import { PeopleService } from '@prongsai/application';
import { ApiHarness, SYSTEM_ADMIN, seedOrganization, startApi, type SeededOrganization } from '../support/api-harness';

type Who = 'systemAdmin' | 'admin' | 'executive' | 'financeHead' | 'financeOfficer' | 'otherAdmin' | 'oversight' | 'otherProvinceOversight';

describe.each(['sqlite', 'mariadb'] as const)('who may read and change an organisation’s configuration (%s)', (kind) => {
  let api: ApiHarness;
  let samai: SeededOrganization;
  let other: SeededOrganization;
  const emails = {} as Record<Who, string>;
  let org: string;

  beforeAll(async () => {
    api = await startApi(kind);
    samai = await seedOrganization(api.dataSource, 'องค์การบริหารส่วนตำบลสมัย', 'ลำปาง');
    other = await seedOrganization(api.dataSource, 'องค์การบริหารส่วนตำบลแม่คะตวน', 'ลำพูน');
    const people = new PeopleService(api.dataSource.manager);
    await people.add({ organizationId: null, email: 'lampang@oversight.test', displayName: 'ลำปาง', role: 'oversight', province: 'ลำปาง', password: 'correct-horse-battery' });
    await people.add({ organizationId: null, email: 'lamphun@oversight.test', displayName: 'ลำพูน', role: 'oversight', province: 'ลำพูน', password: 'correct-horse-battery' });
    Object.assign(emails, {
      systemAdmin: SYSTEM_ADMIN.email,
      admin: samai.emails.admin,
      executive: samai.emails.executive,
      financeHead: samai.emails.financeHead,
      financeOfficer: samai.emails.financeOfficer,
      otherAdmin: other.emails.admin,
      oversight: 'lampang@oversight.test',
      otherProvinceOversight: 'lamphun@oversight.test',
    });
    org = encodeURIComponent(samai.organization.code);
  });

  afterAll(() => api.close());

  const readers: Who[] = ['systemAdmin', 'admin', 'executive', 'financeHead', 'financeOfficer', 'oversight'];
  const strangers: Who[] = ['otherAdmin', 'otherProvinceOversight'];
  const configurers: Who[] = ['systemAdmin', 'admin'];
  const nonConfigurers: Who[] = ['executive', 'financeHead', 'financeOfficer', 'oversight', 'otherAdmin', 'otherProvinceOversight'];

  it.each(readers)('%s may read the organisation, its divisions and people', async (who) => {
    const headers = await api.as(emails[who]);
    await api.http.get(`/api/orgs/${org}`).set(headers).expect(200);
    const divisions = await api.http.get(`/api/orgs/${org}/divisions`).set(headers).expect(200);
    expect(divisions.body.map((division: { name: string }) => division.name)).toEqual(['สำนักปลัด', 'กองคลัง', 'กองช่าง']);
    const people = await api.http.get(`/api/orgs/${org}/people`).set(headers).expect(200);
    expect(people.body.total).toBe(5);
  });

  it.each(strangers)('%s may not read it, and is told why', async (who) => {
    const response = await api.http.get(`/api/orgs/${org}/divisions`).set(await api.as(emails[who])).expect(403);
    expect(response.body).toMatchObject({ code: 'FORBIDDEN', messageTh: 'คุณไม่มีสิทธิ์ดูข้อมูลขององค์กรนี้' });
  });

  it.each(configurers)('%s may add, rename and remove a division', async (who) => {
    const headers = await api.as(emails[who]);
    const created = await api.http.post(`/api/orgs/${org}/divisions`).set(headers).send({ name: `หน่วยตรวจสอบภายใน ${who}` }).expect(201);
    await api.http.patch(`/api/orgs/${org}/divisions/${created.body.id}`).set(headers).send({ name: `งานนิติการ ${who}` }).expect(200);
    await api.http.delete(`/api/orgs/${org}/divisions/${created.body.id}`).set(headers).expect(204);
  });

  it.each(nonConfigurers)('%s may not change the configuration, and nothing changes', async (who) => {
    const headers = await api.as(emails[who]);
    const before = await api.http.get(`/api/orgs/${org}/divisions`).set(await api.as(emails.admin));
    const response = await api.http.post(`/api/orgs/${org}/divisions`).set(headers).send({ name: 'กองใหม่' }).expect(403);
    expect(response.body.messageTh).toBeTruthy();
    await api.http.patch(`/api/orgs/${org}`).set(headers).send({ phone: '054-000000' }).expect(403);
    await api.http.post(`/api/orgs/${org}/people`).set(headers).send({ email: 'x@org.test', displayName: 'x', role: 'officer', divisionId: samai.divisions.finance.id }).expect(403);
    const after = await api.http.get(`/api/orgs/${org}/divisions`).set(await api.as(emails.admin));
    expect(after.body).toEqual(before.body);
  });

  it('only the system administrator adds organisations', async () => {
    await api.http.post('/api/orgs').set(await api.as(emails.admin)).send({ name: 'เทศบาลตำบลบ้านใหม่' }).expect(403);
    const created = await api.http.post('/api/orgs').set(await api.as(emails.systemAdmin)).send({ name: 'เทศบาลตำบลบ้านใหม่', province: 'ลำปาง' }).expect(201);
    expect(created.body).toMatchObject({ code: 'บ้านใหม่', type: 'subdistrict_municipality', numeralStyle: 'thai' });
  });

  it('lists for each person only the organisations they may see', async () => {
    const codes = async (who: Who) => (await api.http.get('/api/orgs').set(await api.as(emails[who]))).body.map((o: { code: string }) => o.code).sort();
    expect(await codes('admin')).toEqual([samai.organization.code]);
    expect(await codes('otherProvinceOversight')).toEqual([other.organization.code]);
    expect(await codes('oversight')).toEqual(expect.arrayContaining([samai.organization.code]));
    expect((await codes('systemAdmin')).length).toBeGreaterThanOrEqual(2);
  });

  it('the administrator adds people; a one-time password comes back once; bad input names the field and writes nothing', async () => {
    const headers = await api.as(emails.admin);
    const created = await api.http
      .post(`/api/orgs/${org}/people`)
      .set(headers)
      .send({ email: 'new.officer@org.test', displayName: 'เจ้าหน้าที่ใหม่', role: 'officer', divisionId: samai.divisions.engineering.id })
      .expect(201);
    expect(created.body.oneTimePassword).toMatch(/^\S{14}$/);
    expect(created.body.person).toMatchObject({ role: 'officer', mustChangePassword: true });

    const countBefore = (await api.http.get(`/api/orgs/${org}/people`).set(headers)).body.total;
    const noDivision = await api.http.post(`/api/orgs/${org}/people`).set(headers).send({ email: 'nodiv@org.test', displayName: 'x', role: 'officer' }).expect(400);
    expect(noDivision.body.errors[0].field).toBe('division');
    const otherOrgDivision = await api.http
      .post(`/api/orgs/${org}/people`)
      .set(headers)
      .send({ email: 'wrongdiv@org.test', displayName: 'x', role: 'officer', divisionId: other.divisions.finance.id })
      .expect(400);
    expect(otherOrgDivision.body.messageTh).toBe('ไม่พบกองนี้ในองค์กร');
    await api.http.post(`/api/orgs/${org}/people`).set(headers).send({ email: 'new.officer@org.test', displayName: 'dup', role: 'executive' }).expect(409);
    const tooLong = await api.http.post(`/api/orgs/${org}/people`).set(headers).send({ email: 'long@org.test', displayName: 'ก'.repeat(256), role: 'executive' }).expect(400);
    expect(tooLong.body.errors[0]).toMatchObject({ field: 'displayName', messageTh: 'displayName: ยาวเกิน 255 ตัวอักษร' });
    await api.http.post(`/api/orgs/${org}/people`).set(headers).send({ email: 'sys@org.test', displayName: 'x', role: 'system_admin' }).expect(400);
    expect((await api.http.get(`/api/orgs/${org}/people`).set(headers)).body.total).toBe(countBefore);
  });

  it('the administrator changes a role, the division following the role, but never their own', async () => {
    const headers = await api.as(emails.admin);
    const people = (await api.http.get(`/api/orgs/${org}/people`).set(headers)).body.items as { id: string; email: string }[];
    const idOf = (email: string) => people.find((person) => person.email === email)!.id;
    const executive = idOf(samai.emails.executive);

    const noDivision = await api.http.patch(`/api/orgs/${org}/people/${executive}`).set(headers).send({ role: 'officer' }).expect(400);
    expect(noDivision.body.errors[0]).toMatchObject({ field: 'divisionId', messageTh: 'หัวหน้าส่วนราชการและเจ้าหน้าที่ต้องสังกัดกอง' });
    const otherOrg = await api.http.patch(`/api/orgs/${org}/people/${executive}`).set(headers).send({ role: 'officer', divisionId: other.divisions.finance.id }).expect(400);
    expect(otherOrg.body.messageTh).toBe('ไม่พบกองนี้ในองค์กร');
    const officer = await api.http.patch(`/api/orgs/${org}/people/${executive}`).set(headers).send({ role: 'officer', divisionId: samai.divisions.engineering.id }).expect(200);
    expect(officer.body).toMatchObject({ role: 'officer', divisionId: samai.divisions.engineering.id });
    const back = await api.http.patch(`/api/orgs/${org}/people/${executive}`).set(headers).send({ role: 'executive' }).expect(200);
    expect(back.body).toMatchObject({ role: 'executive', divisionId: null });

    await api.http.patch(`/api/orgs/${org}/people/${idOf(samai.emails.admin)}`).set(headers).send({ active: false }).expect(400);
  });

  it('the administrator gives a person who forgot their password a one-time one, ending their sessions', async () => {
    const admin = await api.as(emails.admin);
    const forgetful = { email: 'forgetful@org.test', password: 'first-password-1' };
    const created = await api.http
      .post(`/api/orgs/${org}/people`)
      .set(admin)
      .send({ ...forgetful, displayName: 'ผู้ลืมรหัสผ่าน', role: 'officer', divisionId: samai.divisions.finance.id })
      .expect(201);
    const session = (await api.http.post('/api/auth/sign-in').send(forgetful).expect(200)).body.token as string;

    const reset = await api.http.post(`/api/orgs/${org}/people/${created.body.person.id}/password`).set(admin).expect(200);
    expect(reset.body.oneTimePassword).toMatch(/^\S{10,}$/);
    await api.http.get('/api/auth/me').set({ authorization: `Bearer ${session}` }).expect(401);
    await api.http.post('/api/auth/sign-in').send(forgetful).expect(401);
    const signedIn = await api.http.post('/api/auth/sign-in').send({ email: forgetful.email, password: reset.body.oneTimePassword }).expect(200);
    expect(signedIn.body.person.mustChangePassword).toBe(true);

    await api.http.post(`/api/orgs/${org}/people/${created.body.person.id}/password`).set(await api.as(emails.executive)).expect(403);
    await api.http.post(`/api/orgs/${org}/people/${created.body.person.id}/password`).set(await api.as(emails.otherAdmin)).expect(403);
  });

  it('keeps Thai names exactly as written', async () => {
    const headers = await api.as(emails.admin);
    const name = 'กองสาธารณสุขและสิ่งแวดล้อม ๑๒๓ — “ทดสอบ”';
    const created = await api.http.post(`/api/orgs/${org}/divisions`).set(headers).send({ name }).expect(201);
    const listed = await api.http.get(`/api/orgs/${org}/divisions`).set(headers);
    expect(listed.body.find((division: { id: string }) => division.id === created.body.id).name).toBe(name);
  });

  it('refuses to remove a division people still belong to', async () => {
    const response = await api.http.delete(`/api/orgs/${org}/divisions/${samai.divisions.finance.id}`).set(await api.as(emails.admin)).expect(409);
    expect(response.body.messageTh).toContain('กองคลัง');
  });
});
