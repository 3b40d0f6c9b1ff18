import { ApiHarness, PASSWORD, SYSTEM_ADMIN, seedOrganization, startApi, type SeededOrganization } from '../support/api-harness';

describe('signing in and out', () => {
  let api: ApiHarness;
  let seeded: SeededOrganization;

  beforeAll(async () => {
    api = await startApi();
    seeded = await seedOrganization(api.dataSource, 'องค์การบริหารส่วนตำบลสมัย', 'ลำปาง');
  });

  afterAll(() => api.close());

  it('creates the first administrator from the environment at the first start', async () => {
    const response = await api.http.post('/api/auth/sign-in').send(SYSTEM_ADMIN).expect(200);
    expect(response.body.person).toMatchObject({ email: SYSTEM_ADMIN.email, role: 'system_admin', mustChangePassword: false });
    expect(response.body.person).not.toHaveProperty('passwordHash');
  });

  it('gives the browser an httpOnly cookie that works like the bearer token', async () => {
    const response = await api.http.post('/api/auth/sign-in').send({ email: seeded.emails.admin, password: PASSWORD }).expect(200);
    const cookie = response.headers['set-cookie'][0] as string;
    expect(cookie).toMatch(/^prongsai_session=[^;]+;.*HttpOnly/);
    const me = await api.http.get('/api/auth/me').set('cookie', cookie.split(';')[0]);
    expect(me.body).toMatchObject({ email: seeded.emails.admin, role: 'admin' });
  });

  it('answers a wrong password and an unknown email the same way, in Thai and English', async () => {
    const wrongPassword = await api.http.post('/api/auth/sign-in').send({ email: seeded.emails.admin, password: 'not-the-password' }).expect(401);
    const unknown = await api.http.post('/api/auth/sign-in').send({ email: 'nobody@org.test', password: 'not-the-password' }).expect(401);
    expect(wrongPassword.body).toEqual(unknown.body);
    expect(unknown.body).toMatchObject({ code: 'UNAUTHENTICATED', messageTh: 'อีเมลหรือรหัสผ่านไม่ถูกต้อง', message: 'wrong email or password' });
  });

  it('names every bad field of a sign-in request', async () => {
    const response = await api.http.post('/api/auth/sign-in').send({ email: 'not-an-email', extra: 1 }).expect(400);
    const fields = new Set(response.body.errors.map((error: { field: string }) => error.field));
    expect([...fields].sort()).toEqual(['email', 'extra', 'password']);
    expect(response.body.errors.find((error: { field: string }) => error.field === 'email').messageTh).toBe('email: ต้องเป็นอีเมลที่ถูกต้อง');
  });

  it('refuses every other route without a session', async () => {
    const response = await api.http.get(`/api/orgs/${encodeURIComponent(seeded.organization.code)}/divisions`).expect(401);
    expect(response.body.messageTh).toBe('กรุณาเข้าสู่ระบบ');
  });

  it('ends the session at sign-out', async () => {
    const headers = await signInFresh(seeded.emails.executive, PASSWORD);
    await api.http.post('/api/auth/sign-out').set(headers).expect(204);
    await api.http.get('/api/auth/me').set(headers).expect(401);
  });

  it('changes the password only with the current one, and ends the other sessions', async () => {
    const first = await signInFresh(seeded.emails.financeOfficer, PASSWORD);
    const second = await signInFresh(seeded.emails.financeOfficer, PASSWORD);
    await api.http.post('/api/auth/password').set(first).send({ currentPassword: 'wrong-password', newPassword: 'a-new-long-password' }).expect(400);
    await api.http.post('/api/auth/password').set(first).send({ currentPassword: PASSWORD, newPassword: 'short' }).expect(400);
    await api.http.post('/api/auth/password').set(first).send({ currentPassword: PASSWORD, newPassword: 'a-new-long-password' }).expect(204);
    await api.http.get('/api/auth/me').set(first).expect(200);
    await api.http.get('/api/auth/me').set(second).expect(401);
    await api.http.post('/api/auth/sign-in').send({ email: seeded.emails.financeOfficer, password: 'a-new-long-password' }).expect(200);
  });

  async function signInFresh(email: string, password: string): Promise<{ authorization: string }> {
    const response = await api.http.post('/api/auth/sign-in').send({ email, password }).expect(200);
    return { authorization: `Bearer ${response.body.token}` };
  }
});
