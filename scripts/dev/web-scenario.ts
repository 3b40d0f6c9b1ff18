/**
 * A current-year organisation driven through the HTTP API only, as people would: divisions,
 * one person per role, a quarterly fiscal year with three measures, the plan approved and the
 * assignments acknowledged, so the first quarter's report tasks are open.
 *
 * Used by the browser tests; run it against a running system to have something to click through:
 *   npm run -s build && node dist/scripts/dev/web-scenario.js http://localhost:3000 admin@prongsai.local PASSWORD
 */
import { setTimeout as sleep } from 'node:timers/promises';

export const SCENARIO_PASSWORD = 'scenario-password-1';

export interface WebScenario {
  baseUrl: string;
  orgCode: string;
  fiscalYearBe: number;
  emails: { admin: string; executive: string; financeHead: string; financeOfficer: string; engineeringHead: string; engineeringOfficer: string };
  divisions: { palad: string; finance: string; engineering: string };
  /** Measure ids: finance's, engineering's, and one all divisions share. */
  measures: { finance: string; engineering: string; shared: string };
}

class Http {
  constructor(
    private readonly baseUrl: string,
    private readonly token?: string,
  ) {}

  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}/api${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  static async signIn(baseUrl: string, email: string, password: string): Promise<Http> {
    const { token } = await new Http(baseUrl).call<{ token: string }>('POST', '/auth/sign-in', { email, password });
    return new Http(baseUrl, token);
  }
}

/** The fiscal year (BE) today falls in (Bangkok). */
function currentFiscalYearBe(): number {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(new Date()).split('-').map(Number);
  return (month >= 10 ? year + 1 : year) + 543;
}

export async function seedWebScenario(baseUrl: string, systemAdmin: { email: string; password: string }, name = 'องค์การบริหารส่วนตำบลโปร่งใสทดสอบ'): Promise<WebScenario> {
  const root = await Http.signIn(baseUrl, systemAdmin.email, systemAdmin.password);
  const organization = await root.call<{ code: string }>('POST', '/orgs', { name, district: 'เมือง', province: 'นครปฐม', website: 'https://example.go.th', phone: '034-000000' });
  const org = `/orgs/${encodeURIComponent(organization.code)}`;
  const division = async (divisionName: string) => (await root.call<{ id: string }>('POST', `${org}/divisions`, { name: divisionName })).id;
  const divisions = { palad: await division('สำนักปลัด'), finance: await division('กองคลัง'), engineering: await division('กองช่าง') };
  const stamp = Date.now().toString(36);
  const person = async (key: string, displayName: string, position: string, role: string, divisionId?: string) => {
    const email = `${key}.${stamp}@scenario.test`;
    await root.call('POST', `${org}/people`, { email, displayName, position, role, divisionId, password: SCENARIO_PASSWORD });
    return email;
  };
  const emails = {
    admin: await person('coordinator', 'สมศรี ประสานงาน', 'นิติกร', 'admin', divisions.palad),
    executive: await person('mayor', 'สมชาย ใจซื่อ', 'นายกองค์การบริหารส่วนตำบล', 'executive'),
    financeHead: await person('finance-head', 'วันดี คลังดี', 'ผู้อำนวยการกองคลัง', 'division_head', divisions.finance),
    financeOfficer: await person('finance-officer', 'มานะ ขยันงาน', 'นักวิชาการเงินและบัญชี', 'officer', divisions.finance),
    engineeringHead: await person('engineering-head', 'ประเสริฐ ช่างดี', 'ผู้อำนวยการกองช่าง', 'division_head', divisions.engineering),
    engineeringOfficer: await person('engineering-officer', 'สุดา วิศวกร', 'นายช่างโยธา', 'officer', divisions.engineering),
  };

  const fiscalYearBe = currentFiscalYearBe();
  const admin = await Http.signIn(baseUrl, emails.admin, SCENARIO_PASSWORD);
  await admin.call('POST', `${org}/fiscal-years`, { yearBe: fiscalYearBe, cadence: 'quarterly' });
  const measure = async (title: string, indicatorNo: number, steps: string[], owners: string[]) =>
    (
      await admin.call<{ id: string }>('POST', `${org}/measures`, {
        fiscalYearBe,
        title,
        indicatorNo,
        steps: steps.map((text) => ({ text })),
        ownerDivisionIds: owners,
      })
    ).id;
  const measures = {
    finance: await measure('มาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้างต่อสาธารณะ', 9, ['จัดทำรายงานสรุปผลการจัดซื้อจัดจ้างรายเดือน', 'เผยแพร่บนเว็บไซต์ขององค์กร'], [divisions.finance]),
    engineering: await measure('มาตรการป้องกันการใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตน', 4, ['จัดทำคู่มือการยืมครุภัณฑ์', 'ตรวจสอบการใช้รถราชการ'], [divisions.engineering]),
    shared: await measure('มาตรการส่งเสริมการปฏิบัติงานตามประมวลจริยธรรม', 10, ['ประชุมชี้แจงประมวลจริยธรรม'], [divisions.finance, divisions.engineering]),
  };

  await admin.call('POST', `${org}/fiscal-years/${fiscalYearBe}/plan/submit`);
  const executive = await Http.signIn(baseUrl, emails.executive, SCENARIO_PASSWORD);
  const financeHead = await Http.signIn(baseUrl, emails.financeHead, SCENARIO_PASSWORD);
  const engineeringHead = await Http.signIn(baseUrl, emails.engineeringHead, SCENARIO_PASSWORD);
  const approvedOn = `${fiscalYearBe - 544}-10-15`;
  for (const id of Object.values(measures)) await executive.call('POST', `${org}/measures/${id}/lifecycle/approvePlan`, { approvedOn });
  const acknowledge = (head: Http, id: string, divisionId: string) => head.call('POST', `${org}/measures/${id}/lifecycle/acknowledgeAssignment`, { divisionId, officerIds: [] });
  await acknowledge(financeHead, measures.finance, divisions.finance);
  await acknowledge(engineeringHead, measures.engineering, divisions.engineering);
  await acknowledge(financeHead, measures.shared, divisions.finance);
  await acknowledge(engineeringHead, measures.shared, divisions.engineering);

  // The period tasks open in the workflow right after the last acknowledgement; wait for the read model.
  for (let attempt = 0; ; attempt += 1) {
    const snapshot = await admin.call<{ reports: { periodKey: string; status: string }[] }>('GET', `${org}/measures/${measures.finance}/lifecycle`);
    if (snapshot.reports.some((report) => report.periodKey === 'Q1' && report.status === 'open')) break;
    if (attempt > 300) throw new Error('the first quarter never opened');
    await sleep(100);
  }
  return { baseUrl, orgCode: organization.code, fiscalYearBe, emails, divisions, measures };
}

/** One call to the API (path under /api) by one person of the scenario, for setting the stage of a test. */
export async function callInScenario<T = unknown>(scenario: WebScenario, email: string, method: string, path: string, body?: unknown): Promise<T> {
  const person = await Http.signIn(scenario.baseUrl, email, SCENARIO_PASSWORD);
  return person.call<T>(method, path, body);
}

/** One lifecycle action by one person of the scenario. */
export async function actInScenario(scenario: WebScenario, email: string, measureId: string, action: string, body: object): Promise<void> {
  await callInScenario(scenario, email, 'POST', `/orgs/${encodeURIComponent(scenario.orgCode)}/measures/${measureId}/lifecycle/${action}`, body);
}

if (require.main === module) {
  const [baseUrl = 'http://localhost:3000', email = 'admin@prongsai.local', password = process.env.PRONGSAI_ADMIN_PASSWORD ?? ''] = process.argv.slice(2);
  seedWebScenario(baseUrl, { email, password }).then(
    (scenario) => {
      process.stdout.write(`${JSON.stringify({ ...scenario, password: SCENARIO_PASSWORD }, null, 2)}\n`);
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
