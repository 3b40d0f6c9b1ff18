import type { Browser } from 'playwright-core';
import * as fs from 'node:fs';
import { failOnPageErrors, launchBrowser, newVisitor } from '../support/browser';
import { isolatedSystemEnv, startSystem, stopSystem, temporaryDataDir, type RunningSystem } from '../support/running-system';

/**
 * A newcomer's first minutes: `npm start` on an empty data folder prints a one-time password for the
 * installation's administrator, who signs in, must set a password of their own, and is then led to
 * add the first organisation.
 */
describe('a new installation in the browser', () => {
  let dataDir: string;
  let system: RunningSystem;
  let browser: Browser;

  beforeAll(async () => {
    dataDir = temporaryDataDir('prongsai-first-run-');
    system = await startSystem(await isolatedSystemEnv(dataDir, { email: 'first@prongsai.test', password: '' }));
    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    if (system) expect(await stopSystem(system)).toBe(0);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('takes the administrator from the printed one-time password to their own password and the first organisation', async () => {
    const printed = system.output.map((line) => /one-time password (\S+)/.exec(line)?.[1]).find(Boolean);
    expect(printed).toBeDefined();
    const context = await newVisitor(browser, system.baseUrl, 'phone');
    const page = await context.newPage();
    const pageErrors = failOnPageErrors(page);

    await page.goto('/');
    await page.getByLabel('อีเมล').fill('first@prongsai.test');
    await page.getByLabel('รหัสผ่าน').fill(printed!);
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
    await page.getByLabel('รหัสผ่านปัจจุบัน').fill(printed!);
    await page.getByLabel('รหัสผ่านใหม่').fill('my-own-password-1');
    await page.getByRole('button', { name: 'เปลี่ยนรหัสผ่าน' }).click();
    await page.getByRole('link', { name: 'ไปที่งานของฉัน' }).click();

    await page.getByRole('heading', { level: 1, name: 'ยังไม่มีองค์กรในระบบ' }).waitFor();
    await page.getByLabel('ชื่อองค์กร').fill('องค์การบริหารส่วนตำบลแรกเริ่ม');
    await page.getByRole('button', { name: 'เพิ่มองค์กร', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'ตั้งค่า' }).waitFor();
    await page.getByText('องค์การบริหารส่วนตำบลแรกเริ่ม').first().waitFor();

    // The printed password no longer works; the new one does.
    const signIn = (password: string) =>
      fetch(`${system.baseUrl}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'first@prongsai.test', password }) });
    expect([(await signIn(printed!)).status, (await signIn('my-own-password-1')).status]).toEqual([401, 200]);
    expect(pageErrors()).toEqual([]);
    await context.close();
  }, 120_000);
});
