import type { Browser, BrowserContext, Page } from 'playwright-core';
import * as fs from 'node:fs';
import { actInScenario, callInScenario, SCENARIO_PASSWORD, seedWebScenario, type WebScenario } from '../../scripts/dev/web-scenario';
import { accessibilityProblems, failOnPageErrors, launchBrowser, newVisitor, screenshot, signIn, VIEWPORTS, type ViewportName } from '../support/browser';
import { isolatedSystemEnv, startSystem, stopSystem, temporaryDataDir, type RunningSystem } from '../support/running-system';

const ADMIN = { email: 'operator@prongsai.test', password: 'web-operator-password' };

/**
 * The real system as `npm start` runs it (API serving the built web app, worker, Temporal dev
 * server, SQLite), driven through Debian's chromium the way its users work: an officer reports,
 * the coordinator returns it, the officer fixes it, the coordinator accepts, the executive signs
 * off, and the public page shows it.
 */
describe('the web app, end to end in a real browser', () => {
  let dataDir: string;
  let system: RunningSystem;
  let scenario: WebScenario;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: (() => string[])[] = [];

  beforeAll(async () => {
    dataDir = temporaryDataDir('prongsai-web-');
    system = await startSystem(await isolatedSystemEnv(dataDir, ADMIN));
    scenario = await seedWebScenario(system.baseUrl, ADMIN);
    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    if (system) expect(await stopSystem(system)).toBe(0);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  afterEach(async () => {
    const errors = pageErrors.flatMap((errorsOf) => errorsOf());
    pageErrors.length = 0;
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    expect(errors).toEqual([]);
  });

  /** A person in a browser of their own, signed in. */
  async function personAt(email: string | null, viewport: ViewportName = 'desktop'): Promise<Page> {
    const context = await newVisitor(browser, system.baseUrl, viewport);
    contexts.push(context);
    const page = await context.newPage();
    pageErrors.push(failOnPageErrors(page));
    if (email) await signIn(page, email, SCENARIO_PASSWORD);
    return page;
  }

  const FINANCE_MEASURE = 'มาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้างต่อสาธารณะ';

  it('takes a report from the officer through return, fix, acceptance and sign-off to the public page', async () => {
    const officer = await personAt(scenario.emails.financeOfficer);
    await officer.getByRole('link', { name: new RegExp(FINANCE_MEASURE) }).click();
    await officer.getByLabel('สิ่งที่ดำเนินการ').fill('จัดทำรายงานสรุปผลการจัดซื้อจัดจ้างประจำเดือนตุลาคมและพฤศจิกายน');
    await officer.getByLabel('ผลการดำเนินการ').fill('เผยแพร่รายงานครบทั้งสองเดือน');
    await officer.getByLabel('ผลลัพธ์หรือความสำเร็จ').fill('ประชาชนตรวจสอบการจัดซื้อจัดจ้างได้');
    await officer.getByLabel('ความคืบหน้า (ร้อยละ)').fill('50');
    await officer.getByRole('button', { name: 'เพิ่มลิงก์' }).click();
    const link = officer.getByRole('group', { name: 'ลิงก์ที่ 1' });
    await link.getByLabel('ชื่อหลักฐาน').fill('ประกาศผลการจัดซื้อจัดจ้างเดือนตุลาคม');
    await link.getByLabel('ที่อยู่ลิงก์ (URL)').fill('https://example.go.th/procurement/2569-10');
    await officer.getByLabel('แนบไฟล์หลักฐาน').setInputFiles({ name: 'สรุปผลการจัดซื้อจัดจ้าง.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n1 0 obj << /Title (summary) >> endobj\n%%EOF\n') });
    await officer.getByText('สรุปผลการจัดซื้อจัดจ้าง.pdf').first().waitFor();
    await officer.getByText(/บันทึกร่างแล้ว/).waitFor();
    await officer.reload();
    await expectValue(officer, 'ผลการดำเนินการ', 'เผยแพร่รายงานครบทั้งสองเดือน');
    await officer.getByRole('button', { name: 'ส่งรายงาน' }).click();
    await officer.getByText('ส่งรายงานแล้ว').first().waitFor();

    const coordinator = await personAt(scenario.emails.admin);
    await coordinator.goto('/review');
    const submitted = coordinator.getByRole('article').filter({ hasText: FINANCE_MEASURE });
    await submitted.getByRole('link', { name: /ประกาศผลการจัดซื้อจัดจ้างเดือนตุลาคม/ }).waitFor();
    const evidenceFile = submitted.getByRole('link', { name: /สรุปผลการจัดซื้อจัดจ้าง\.pdf/ });
    const download = await coordinator.request.get((await evidenceFile.getAttribute('href'))!);
    expect([download.status(), (await download.body()).subarray(0, 5).toString()]).toEqual([200, '%PDF-']);
    await submitted.getByRole('button', { name: 'ส่งกลับให้แก้ไข' }).click();
    await coordinator.getByLabel('ความเห็นถึงผู้รายงาน').fill('กรุณาแนบลิงก์รายงานที่เผยแพร่บนเว็บไซต์');
    await coordinator.getByRole('button', { name: 'ส่งกลับ', exact: true }).click();
    await submitted.waitFor({ state: 'detached' });

    await officer.goto('/');
    const returned = officer.getByRole('region', { name: /ส่งกลับให้แก้ไข/ });
    await returned.getByRole('link', { name: new RegExp(FINANCE_MEASURE) }).click();
    await officer.getByText('กรุณาแนบลิงก์รายงานที่เผยแพร่บนเว็บไซต์').waitFor();
    await officer.getByLabel('ผลการดำเนินการ').fill('เผยแพร่รายงานครบทั้งสองเดือนที่ https://example.go.th/procurement');
    await officer.getByRole('button', { name: 'ส่งรายงาน' }).click();
    await officer.getByText('ส่งรายงานแล้ว').first().waitFor();

    await coordinator.goto('/review');
    await coordinator.getByRole('article').filter({ hasText: FINANCE_MEASURE }).getByRole('button', { name: 'รับรายงาน' }).click();
    await coordinator.getByRole('article').filter({ hasText: FINANCE_MEASURE }).waitFor({ state: 'detached' });

    const executive = await personAt(scenario.emails.executive);
    await executive.goto('/sign-off');
    const awaiting = executive.getByRole('article').filter({ hasText: FINANCE_MEASURE });
    await awaiting.getByRole('button', { name: 'ลงนามรับรอง' }).click();
    await awaiting.waitFor({ state: 'detached' });

    // The link in the "published" mail opens the measure.
    await officer.goto(`/orgs/${encodeURIComponent(scenario.orgCode)}/measures/${scenario.measures.finance}?period=Q1`);
    await officer.getByRole('heading', { level: 1, name: FINANCE_MEASURE }).waitFor();
    await officer.getByRole('heading', { name: 'ฉบับที่ 1 ที่เผยแพร่แล้ว' }).waitFor();

    const citizen = await personAt(null);
    await citizen.goto(`/public/${encodeURIComponent(scenario.orgCode)}`);
    await citizen.getByText(FINANCE_MEASURE).first().waitFor();
    await citizen.getByText(/example\.go\.th\/procurement/).first().waitFor();
  }, 180_000);

  it("does not let an officer open another division's task", async () => {
    const officer = await personAt(scenario.emails.financeOfficer);
    await officer.goto(`/measures/${scenario.measures.engineering}/reports/Q1`);
    await officer.getByRole('alert').filter({ hasText: 'ไม่ใช่ของกองของคุณ' }).waitFor();
    await expectNoField(officer, 'สิ่งที่ดำเนินการ');
    await officer.goto('/');
    await officer.getByRole('heading', { level: 1, name: 'งานของฉัน' }).waitFor();
    expect(await officer.getByText('มาตรการป้องกันการใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตน').count()).toBe(0);
  }, 60_000);

  it('signs in with the keyboard alone, reads in English after the switch, and keeps that choice', async () => {
    const visitor = await personAt(null);
    await visitor.goto('/sign-in');
    await visitor.getByRole('button', { name: 'EN' }).click();
    await visitor.getByRole('heading', { name: 'Sign in' }).waitFor();
    await visitor.getByLabel('Email').focus();
    await visitor.keyboard.type(scenario.emails.engineeringOfficer);
    await visitor.keyboard.press('Tab');
    await visitor.keyboard.type(SCENARIO_PASSWORD);
    await visitor.keyboard.press('Enter');
    await visitor.getByRole('heading', { level: 1, name: 'My tasks' }).waitFor();
    await visitor.reload();
    await visitor.getByRole('heading', { level: 1, name: 'My tasks' }).waitFor();
    expect(await visitor.getAttribute('html', 'lang')).toBe('en');
    // Back to Thai, which the profile keeps too (the next tests expect this officer in Thai).
    const saved = visitor.waitForResponse((response) => response.url().endsWith('/api/auth/me/preferences') && response.ok());
    await visitor.getByRole('button', { name: 'ไทย' }).click();
    await visitor.getByRole('heading', { level: 1, name: 'งานของฉัน' }).waitFor();
    expect((await (await saved).json()).language).toBe('th');
  }, 60_000);

  it('saves screenshots of the main pages at phone and desktop width: each shows what it is for, fits the screen and passes the accessibility audit', async () => {
    const report = { done: 'ประชุมชี้แจงแนวทางการยืมครุภัณฑ์', results: 'จัดทำคู่มือแล้ว 1 ฉบับ', outcome: 'การยืมครุภัณฑ์มีหลักฐานครบถ้วน', completion: 40, evidence: [], publishedOn: null };
    await actInScenario(scenario, scenario.emails.engineeringOfficer, scenario.measures.engineering, 'submitReport', { periodKey: 'Q1', content: report });
    await actInScenario(scenario, scenario.emails.engineeringOfficer, scenario.measures.shared, 'submitReport', { periodKey: 'Q1', content: report });
    await actInScenario(scenario, scenario.emails.admin, scenario.measures.shared, 'acceptReport', { periodKey: 'Q1' });

    const pages: { name: string; who: string | null; path: string; heading: string | RegExp }[] = [
      { name: 'sign-in', who: null, path: '/sign-in', heading: 'โปร่งใส' },
      { name: 'tasks', who: scenario.emails.engineeringOfficer, path: '/', heading: 'งานของฉัน' },
      { name: 'measure', who: scenario.emails.financeOfficer, path: `/measures/${scenario.measures.finance}`, heading: /มาตรการเผยแพร่ข้อมูล/ },
      { name: 'report-form', who: scenario.emails.financeOfficer, path: `/measures/${scenario.measures.shared}/reports/Q1`, heading: /รายงานผล/ },
      { name: 'review', who: scenario.emails.admin, path: '/review', heading: 'ตรวจรายงาน' },
      { name: 'sign-off', who: scenario.emails.executive, path: '/sign-off', heading: 'ลงนามรับรองรายงาน' },
      { name: 'dashboard', who: scenario.emails.admin, path: '/dashboard', heading: 'ภาพรวม' },
      { name: 'admin-people', who: scenario.emails.admin, path: '/admin/people', heading: 'ตั้งค่า' },
      { name: 'reports', who: scenario.emails.admin, path: '/reports', heading: /รายงานผลการดำเนินการประจำรอบ/ },
      { name: 'public', who: null, path: `/public/${encodeURIComponent(scenario.orgCode)}`, heading: /ผลการดำเนินการตามมาตรการ/ },
      { name: 'mailbox', who: scenario.emails.admin, path: '/mailbox', heading: 'กล่องจดหมายในเครื่อง' },
    ];
    for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
      for (const { name, who, path, heading } of pages) {
        const page = await personAt(who, viewport);
        await page.goto(path);
        await page.getByRole('heading', { level: 1, name: heading }).first().waitFor();
        await page.waitForLoadState('networkidle');
        const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
        expect({ page: name, viewport, overflow }).toEqual({ page: name, viewport, overflow: 0 });
        expect({ page: name, viewport, problems: await accessibilityProblems(page) }).toEqual({ page: name, viewport, problems: [] });
        expect(fs.existsSync(await screenshot(page, name, viewport))).toBe(true);
      }
    }
  }, 240_000);

  it('lets the executive sign off every waiting report at once', async () => {
    // The screenshots left the engineering report submitted and the shared one accepted.
    await actInScenario(scenario, scenario.emails.admin, scenario.measures.engineering, 'acceptReport', { periodKey: 'Q1' });
    const executive = await personAt(scenario.emails.executive, 'phone');
    // On a phone the menu folds behind its button.
    await executive.getByRole('button', { name: 'เมนู' }).click();
    await executive.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link', { name: 'ลงนาม' }).click();
    await executive.getByRole('heading', { level: 1, name: 'ลงนามรับรองรายงาน' }).waitFor();
    await executive.getByRole('article').nth(1).waitFor();
    expect(await executive.getByRole('article').count()).toBe(2);
    await executive.getByRole('checkbox', { name: 'เลือกทั้งหมด' }).check();
    await executive.getByRole('button', { name: 'ลงนามรายการที่เลือก' }).click();
    await executive.getByText('สำเร็จ 2 รายการ ไม่สำเร็จ 0 รายการ').waitFor();
    await executive.getByRole('article').first().waitFor({ state: 'detached' });

    const citizen = await personAt(null, 'phone');
    await citizen.goto(`/public/${encodeURIComponent(scenario.orgCode)}`);
    await citizen.getByText('การยืมครุภัณฑ์มีหลักฐานครบถ้วน').nth(1).waitFor();
  }, 60_000);

  it('lets the executive approve the whole plan at once, with the date the report will quote', async () => {
    const org = `/orgs/${encodeURIComponent(scenario.orgCode)}`;
    const added = [];
    for (const title of ['มาตรการเปิดเผยข้อมูลการใช้จ่ายงบประมาณ', 'มาตรการรับฟังความคิดเห็นของประชาชน']) {
      const body = { fiscalYearBe: scenario.fiscalYearBe, title, steps: [{ text: 'จัดทำประกาศ' }], ownerDivisionIds: [scenario.divisions.palad] };
      added.push((await callInScenario<{ id: string }>(scenario, scenario.emails.admin, 'POST', `${org}/measures`, body)).id);
    }
    await callInScenario(scenario, scenario.emails.admin, 'POST', `${org}/fiscal-years/${scenario.fiscalYearBe}/plan/submit`);

    const executive = await personAt(scenario.emails.executive);
    await executive.goto('/sign-off');
    await executive.getByLabel('วันที่เห็นชอบ').fill(`${scenario.fiscalYearBe - 543}-01-05`);
    await executive.getByRole('button', { name: 'เห็นชอบทั้งหมด 2 มาตรการ' }).click();
    await executive.getByText('เห็นชอบแล้ว 2 มาตรการ').waitFor();
    for (const id of added) {
      const lifecycle = await callInScenario<{ status: string; planApprovedOn: string }>(scenario, scenario.emails.admin, 'GET', `${org}/measures/${id}/lifecycle`);
      expect(lifecycle).toMatchObject({ status: 'assignment', planApprovedOn: `${scenario.fiscalYearBe - 543}-01-05` });
    }
  }, 60_000);

  it('lets the head of engineering, standing in for the absent mayor, approve a plan from their tasks, with both names recorded', async () => {
    const org = `/orgs/${encodeURIComponent(scenario.orgCode)}`;
    const body = { fiscalYearBe: scenario.fiscalYearBe, title: 'มาตรการจัดทำทะเบียนทรัพย์สิน', steps: [{ text: 'สำรวจทรัพย์สิน' }], ownerDivisionIds: [scenario.divisions.palad] };
    const measureId = (await callInScenario<{ id: string }>(scenario, scenario.emails.admin, 'POST', `${org}/measures`, body)).id;
    await callInScenario(scenario, scenario.emails.admin, 'POST', `${org}/fiscal-years/${scenario.fiscalYearBe}/plan/submit`);
    const people = (await callInScenario<{ items: { id: string; email: string }[] }>(scenario, scenario.emails.admin, 'GET', `${org}/people`)).items;
    const idOf = (email: string) => people.find((person) => person.email === email)!.id;
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    await callInScenario(scenario, scenario.emails.admin, 'POST', `${org}/delegations`, {
      delegatorPersonId: idOf(scenario.emails.executive),
      delegatePersonId: idOf(scenario.emails.engineeringHead),
      startsOn: today,
      endsOn: today,
    });

    const standIn = await personAt(scenario.emails.engineeringHead);
    const menu = standIn.getByRole('navigation', { name: 'เมนูหลัก' });
    expect(await menu.getByRole('link', { name: 'ลงนาม' }).count()).toBe(0);
    await standIn.getByRole('link', { name: /เห็นชอบมาตรการ.*แทน สมชาย ใจซื่อ.*มาตรการจัดทำทะเบียนทรัพย์สิน/ }).click();
    await standIn.getByRole('status').filter({ hasText: 'คุณกำลังปฏิบัติหน้าที่แทน สมชาย ใจซื่อ (นายกองค์การบริหารส่วนตำบล)' }).waitFor();
    await menu.getByRole('link', { name: 'ลงนาม' }).waitFor();
    expect(await accessibilityProblems(standIn)).toEqual([]);
    await screenshot(standIn, 'standing-in', 'desktop');
    await standIn.getByRole('button', { name: 'เห็นชอบมาตรการ' }).click();
    await standIn.getByText(/เรียบร้อย — สถานะมาตรการตอนนี้/).waitFor();
    const lifecycle = await callInScenario<{ status: string; events: { action: string; actorPersonId: string; onBehalfOfPersonId: string | null }[] }>(
      scenario,
      scenario.emails.admin,
      'GET',
      `${org}/measures/${measureId}/lifecycle`,
    );
    expect(lifecycle.status).toBe('assignment');
    expect(lifecycle.events.at(-1)).toMatchObject({ action: 'approvePlan', actorPersonId: idOf(scenario.emails.engineeringHead), onBehalfOfPersonId: idOf(scenario.emails.executive) });

    await standIn.getByRole('button', { name: 'กลับไปทำในนามตนเอง' }).click();
    await menu.getByRole('link', { name: 'ลงนาม' }).waitFor({ state: 'detached' });

    // The stand-in's mails link with whom they stand in for: opening one acts for the mayor again.
    await standIn.goto(`/orgs/${encodeURIComponent(scenario.orgCode)}/measures/${measureId}?for=${idOf(scenario.emails.executive)}`);
    await standIn.getByRole('status').filter({ hasText: 'คุณกำลังปฏิบัติหน้าที่แทน สมชาย ใจซื่อ' }).waitFor();
    await menu.getByRole('link', { name: 'ลงนาม' }).waitFor();
  }, 60_000);
});

async function expectValue(page: Page, label: string, value: string): Promise<void> {
  const field = page.getByLabel(label);
  await field.waitFor();
  expect(await field.inputValue()).toBe(value);
}

async function expectNoField(page: Page, label: string): Promise<void> {
  expect(await page.getByLabel(label).count()).toBe(0);
}
