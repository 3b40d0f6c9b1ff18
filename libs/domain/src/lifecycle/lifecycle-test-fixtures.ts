import type { LifecycleActor, ReportContent } from '@prongsai/contracts';
import { createLifecycleState } from './lifecycle-state';

/** People of the test organisation, one per role (test support for the lifecycle specs). */
export const people = {
  admin: { personId: 'p-admin', role: 'admin', divisionId: 'd-office' },
  mayor: { personId: 'p-mayor', role: 'executive', divisionId: null },
  financeHead: { personId: 'p-finance-head', role: 'division_head', divisionId: 'd-finance' },
  financeOfficer: { personId: 'p-finance-officer', role: 'officer', divisionId: 'd-finance' },
  worksOfficer: { personId: 'p-works-officer', role: 'officer', divisionId: 'd-works' },
  oversight: { personId: 'p-oversight', role: 'oversight', divisionId: null },
} satisfies Record<string, LifecycleActor>;

/** A plausible progress report. */
export const sampleContent: ReportContent = {
  done: 'จัดประชุมชี้แจงเจ้าหน้าที่',
  results: 'ผู้เข้าร่วม ๒๕ คน',
  outcome: 'เจ้าหน้าที่เข้าใจแนวทาง',
  completion: 50,
  evidence: [{ title: 'รายงานการประชุม', url: 'https://example.go.th/m1.pdf' }],
  publishedOn: null,
};

/** A quarterly measure of FY 2568 owned by the finance division, with one step due 2025-02-28. */
export function newQuarterlyState() {
  return createLifecycleState({
    workflowId: 'measure/org-1/2568/m-1',
    organizationId: 'org-1',
    fiscalYearBe: 2568,
    measureId: 'm-1',
    cadence: 'quarterly',
    ownerDivisionIds: ['d-finance'],
    stepDueDates: ['2025-02-28'],
  });
}
