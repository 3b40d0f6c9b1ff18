import type { LifecycleActor, LifecycleCommand } from '@prongsai/contracts';
import { decide, LifecycleDecision } from './lifecycle.decider';
import { LifecycleRejectionCode } from './lifecycle-rejections';
import { LifecycleState } from './lifecycle-state';
import { newQuarterlyState, people, sampleContent } from './lifecycle-test-fixtures';

const NOW = '2024-10-20T03:00:00.000Z';

function must(state: LifecycleState, command: LifecycleCommand, actor: LifecycleActor | null, now = NOW): LifecycleState {
  const decision = decide(state, command, actor, now);
  if (!decision.ok) throw new Error(`refused ${command.type}: ${decision.reason.en}`);
  return decision.state;
}

function refusal(decision: LifecycleDecision): LifecycleRejectionCode | 'accepted' {
  return decision.ok ? 'accepted' : decision.reason.code;
}

/** A measure approved, acknowledged and in progress, with Q1 open. */
function inProgress(): LifecycleState {
  let s = must(newQuarterlyState(), { type: 'submitPlan' }, people.admin);
  s = must(s, { type: 'approvePlan', approvedOn: '2024-10-15' }, people.mayor);
  s = must(s, { type: 'acknowledgeAssignment', divisionId: 'd-finance', officerIds: ['p-finance-officer'] }, people.financeHead);
  return must(s, { type: 'periodOpened', periodKey: 'Q1' }, null);
}

describe('the measure plan', () => {
  it('goes from draft to approval to assignment, and starts once every owner acknowledged', () => {
    let s = must(newQuarterlyState(), { type: 'submitPlan' }, people.admin);
    expect(s.status).toBe('plan_approval');
    const approved = decide(s, { type: 'approvePlan', approvedOn: '2024-10-15' }, people.mayor, NOW);
    expect(approved.ok && approved.notifications).toEqual([expect.objectContaining({ kind: 'task_assigned', divisionId: 'd-finance' })]);
    s = must(s, { type: 'approvePlan', approvedOn: '2024-10-15' }, people.mayor);
    expect(s).toMatchObject({ status: 'assignment', planApprovedOn: '2024-10-15' });
    s = must(s, { type: 'acknowledgeAssignment', divisionId: 'd-finance', officerIds: ['p-finance-officer'] }, people.financeHead);
    expect(s.status).toBe('in_progress');
    expect(s.assignments).toEqual([{ divisionId: 'd-finance', acknowledged: true, officerIds: ['p-finance-officer'] }]);
    expect(s.events.map((e) => e.action)).toEqual(['submitPlan', 'approvePlan', 'acknowledgeAssignment']);
    expect(s.revision).toBe(3);
  });

  it('goes back to draft with the executive comment when returned', () => {
    const s = must(must(newQuarterlyState(), { type: 'submitPlan' }, people.admin), { type: 'returnPlan', comment: 'เพิ่มตัวชี้วัด' }, people.mayor);
    expect(s.status).toBe('draft');
    expect(s.events.at(-1)).toMatchObject({ action: 'returnPlan', comment: 'เพิ่มตัวชี้วัด', actorPersonId: 'p-mayor' });
  });

  it('refuses an officer or the admin approving the plan, in Thai and English', () => {
    const s = must(newQuarterlyState(), { type: 'submitPlan' }, people.admin);
    for (const actor of [people.financeOfficer, people.admin, people.oversight]) {
      const decision = decide(s, { type: 'approvePlan', approvedOn: '2024-10-15' }, actor, NOW);
      expect(decision).toEqual({ ok: false, reason: { code: 'not_allowed_for_role', th: expect.stringMatching(/สิทธิ์/), en: 'Your role may not do this.' } });
    }
  });

  it('lets a deputy approve for the executive, recording both people', () => {
    const s = must(newQuarterlyState(), { type: 'submitPlan' }, people.admin);
    const deputy: LifecycleActor = { personId: 'p-deputy', role: 'executive', divisionId: null, onBehalfOfPersonId: 'p-mayor' };
    const approved = must(s, { type: 'approvePlan', approvedOn: '2024-10-15' }, deputy);
    expect(approved.events.at(-1)).toMatchObject({ actorPersonId: 'p-deputy', onBehalfOfPersonId: 'p-mayor' });
  });

  it('goes back to plan approval when amended, and resumes when re-approved', () => {
    let s = must(inProgress(), { type: 'amendPlan', comment: 'ขยายขอบเขต' }, people.admin);
    expect(s.status).toBe('plan_approval');
    expect(refusal(decide(s, { type: 'submitReport', periodKey: 'Q1', content: sampleContent }, people.financeOfficer, NOW))).toBe('wrong_status');
    s = must(s, { type: 'approvePlan', approvedOn: '2024-11-01' }, people.mayor);
    expect(s).toMatchObject({ status: 'in_progress', planApprovedOn: '2024-11-01' });
  });

  it('refuses an approval date that is not a date', () => {
    const s = must(newQuarterlyState(), { type: 'submitPlan' }, people.admin);
    expect(refusal(decide(s, { type: 'approvePlan', approvedOn: '15/10/2567' }, people.mayor, NOW))).toBe('invalid_date');
  });
});

describe('assignments', () => {
  it('lets only the head of that division (or the admin) acknowledge it', () => {
    const s = must(must(newQuarterlyState(), { type: 'submitPlan' }, people.admin), { type: 'approvePlan', approvedOn: '2024-10-15' }, people.mayor);
    const otherHead: LifecycleActor = { personId: 'p-works-head', role: 'division_head', divisionId: 'd-works' };
    expect(refusal(decide(s, { type: 'acknowledgeAssignment', divisionId: 'd-finance', officerIds: [] }, otherHead, NOW))).toBe('not_owner_division');
    expect(refusal(decide(s, { type: 'acknowledgeAssignment', divisionId: 'd-finance', officerIds: [] }, people.financeOfficer, NOW))).toBe('not_allowed_for_role');
    expect(refusal(decide(s, { type: 'acknowledgeAssignment', divisionId: 'd-finance', officerIds: [] }, people.admin, NOW))).toBe('accepted');
  });

  it('moves the measure to another division, which is told and must acknowledge', () => {
    const decision = decide(inProgress(), { type: 'reassign', fromDivisionId: 'd-finance', toDivisionId: 'd-works' }, people.admin, NOW);
    expect(decision.ok).toBe(true);
    if (!decision.ok) return;
    expect(decision.state.assignments).toEqual([{ divisionId: 'd-works', acknowledged: false, officerIds: [] }]);
    expect(decision.notifications).toEqual([expect.objectContaining({ kind: 'task_assigned', divisionId: 'd-works' })]);
    expect(refusal(decide(decision.state, { type: 'submitReport', periodKey: 'Q1', content: sampleContent }, people.financeOfficer, NOW))).toBe('not_owner_division');
    expect(refusal(decide(decision.state, { type: 'submitReport', periodKey: 'Q1', content: sampleContent }, people.worksOfficer, NOW))).toBe('accepted');
  });
});

describe('period reports', () => {
  it('goes through submit, review and sign-off, and is published as version 1', () => {
    let s = must(inProgress(), { type: 'saveReportDraft', periodKey: 'Q1', content: sampleContent }, people.financeOfficer);
    expect(s.reports[0].status).toBe('draft');
    s = must(s, { type: 'submitReport', periodKey: 'Q1', content: sampleContent }, people.financeOfficer, '2025-01-10T03:00:00.000Z');
    expect(s.reports[0]).toMatchObject({ status: 'submitted', late: false, submittedAt: '2025-01-10T03:00:00.000Z' });
    s = must(s, { type: 'acceptReport', periodKey: 'Q1' }, people.admin);
    s = must(s, { type: 'signOff', periodKey: 'Q1' }, people.mayor, '2025-01-20T03:00:00.000Z');
    expect(s.reports[0]).toMatchObject({ status: 'signed_off', version: 1 });
    expect(s.reports[0].publishedVersions).toEqual([{ version: 1, content: sampleContent, late: false, signedOffAt: '2025-01-20T03:00:00.000Z', signedOffByPersonId: 'p-mayor' }]);
  });

  it('records draft saves in a row by one person on one period as one event, with how many and since when', () => {
    const save = (s: LifecycleState, actor: LifecycleActor, at: string) => must(s, { type: 'saveReportDraft', periodKey: 'Q1', content: sampleContent }, actor, at);
    let s = inProgress();
    const before = s.events.length;
    s = save(s, people.financeOfficer, '2024-11-01T03:00:00.000Z');
    s = save(s, people.financeOfficer, '2024-11-01T03:00:02.000Z');
    s = save(s, people.financeOfficer, '2024-11-01T03:00:04.000Z');
    s = save(s, people.financeHead, '2024-11-01T04:00:00.000Z');
    s = must(s, { type: 'submitReport', periodKey: 'Q1', content: sampleContent }, people.financeHead, '2024-11-01T05:00:00.000Z');
    expect(s.events.slice(before).map((e) => [e.action, e.actorPersonId, e.at, e.repeated ?? null])).toEqual([
      ['saveReportDraft', 'p-finance-officer', '2024-11-01T03:00:04.000Z', { count: 3, firstAt: '2024-11-01T03:00:00.000Z' }],
      ['saveReportDraft', 'p-finance-head', '2024-11-01T04:00:00.000Z', null],
      ['submitReport', 'p-finance-head', '2024-11-01T05:00:00.000Z', null],
    ]);
    expect(s.revision).toBe(inProgress().revision + 5);
  });

  it('marks a report submitted after its due day (Bangkok time) as late, but takes it', () => {
    // Q1 is due 2025-01-15; 17:30 UTC on the 15th is already the 16th in Bangkok.
    const s = must(inProgress(), { type: 'submitReport', periodKey: 'Q1', content: sampleContent }, people.financeHead, '2025-01-15T17:30:00.000Z');
    expect(s.reports[0]).toMatchObject({ status: 'submitted', late: true });
    expect(s.events.at(-1)?.comment).toMatch(/late/);
    const onTime = must(inProgress(), { type: 'submitReport', periodKey: 'Q1', content: sampleContent }, people.financeHead, '2025-01-15T16:30:00.000Z');
    expect(onTime.reports[0].late).toBe(false);
  });

  it('lets the owners revise and resubmit a report the coordinator returned, with the comment kept', () => {
    let s = must(inProgress(), { type: 'submitReport', periodKey: 'Q1', content: sampleContent }, people.financeOfficer);
    const returned = decide(s, { type: 'returnReport', periodKey: 'Q1', comment: 'แนบหลักฐาน' }, people.admin, NOW);
    expect(returned.ok && returned.notifications[0]).toMatchObject({ kind: 'report_returned', periodKey: 'Q1' });
    s = must(s, { type: 'returnReport', periodKey: 'Q1', comment: 'แนบหลักฐาน' }, people.admin);
    expect(s.reports[0]).toMatchObject({ status: 'returned', lastComment: 'แนบหลักฐาน' });
    s = must(s, { type: 'submitReport', periodKey: 'Q1', content: { ...sampleContent, completion: 60 } }, people.financeOfficer);
    expect(s.reports[0]).toMatchObject({ status: 'submitted', content: { completion: 60 } });
  });

  it('lets the executive return an accepted report for revision', () => {
    let s = must(must(inProgress(), { type: 'submitReport', periodKey: 'Q1', content: sampleContent }, people.financeOfficer), { type: 'acceptReport', periodKey: 'Q1' }, people.admin);
    s = must(s, { type: 'returnSignOff', periodKey: 'Q1', comment: 'ระบุผลลัพธ์ให้ชัด' }, people.mayor);
    expect(s.reports[0]).toMatchObject({ status: 'returned_by_executive', lastComment: 'ระบุผลลัพธ์ให้ชัด' });
    expect(refusal(decide(s, { type: 'signOff', periodKey: 'Q1' }, people.mayor, NOW))).toBe('report_not_accepted');
  });

  it('refuses wrong report actions with a reason', () => {
    const s = inProgress();
    expect(refusal(decide(s, { type: 'submitReport', periodKey: 'Q2', content: sampleContent }, people.financeOfficer, NOW))).toBe('period_not_open');
    expect(refusal(decide(s, { type: 'submitReport', periodKey: 'Q9', content: sampleContent }, people.financeOfficer, NOW))).toBe('unknown_period');
    expect(refusal(decide(s, { type: 'submitReport', periodKey: 'Q1', content: sampleContent }, people.worksOfficer, NOW))).toBe('not_owner_division');
    expect(refusal(decide(s, { type: 'submitReport', periodKey: 'Q1', content: { ...sampleContent, completion: 140 } }, people.financeOfficer, NOW))).toBe('invalid_content');
    expect(refusal(decide(s, { type: 'acceptReport', periodKey: 'Q1' }, people.admin, NOW))).toBe('report_not_submitted');
    expect(refusal(decide(s, { type: 'returnReport', periodKey: 'Q1', comment: ' ' }, people.admin, NOW))).toBe('missing_text');
    expect(refusal(decide(s, { type: 'periodOpened', periodKey: 'Q2' }, people.admin, NOW))).toBe('system_only');
    expect(refusal(decide(s, { type: 'submitPlan' }, null, NOW))).toBe('not_allowed_for_role');
  });

  it('refuses a submission after sign-off until the admin starts a correction', () => {
    let s = must(inProgress(), { type: 'submitReport', periodKey: 'Q1', content: sampleContent }, people.financeOfficer);
    s = must(must(s, { type: 'acceptReport', periodKey: 'Q1' }, people.admin), { type: 'signOff', periodKey: 'Q1' }, people.mayor);
    expect(refusal(decide(s, { type: 'submitReport', periodKey: 'Q1', content: sampleContent }, people.financeOfficer, NOW))).toBe('already_signed_off');
    expect(refusal(decide(s, { type: 'startCorrection', periodKey: 'Q1' }, people.financeOfficer, NOW))).toBe('not_allowed_for_role');
    s = must(s, { type: 'startCorrection', periodKey: 'Q1' }, people.admin);
    expect(s.reports[0]).toMatchObject({ status: 'draft', version: 2 });
    s = must(s, { type: 'submitReport', periodKey: 'Q1', content: { ...sampleContent, completion: 100 } }, people.financeOfficer);
    s = must(must(s, { type: 'acceptReport', periodKey: 'Q1' }, people.admin), { type: 'signOff', periodKey: 'Q1' }, people.mayor);
    expect(s.reports[0].publishedVersions?.map((v) => [v.version, v.content.completion])).toEqual([
      [1, 50],
      [2, 100],
    ]);
  });
});

describe('cancellation and the year end', () => {
  it('cancels only when the executive approves the admin request', () => {
    let s = must(inProgress(), { type: 'requestCancel', reason: 'งบประมาณไม่ได้รับอนุมัติ' }, people.admin);
    expect(s.cancelRequest).toMatchObject({ reason: 'งบประมาณไม่ได้รับอนุมัติ', requestedByPersonId: 'p-admin' });
    expect(refusal(decide(s, { type: 'requestCancel', reason: 'อีกครั้ง' }, people.admin, NOW))).toBe('cancel_pending');
    expect(refusal(decide(s, { type: 'approveCancel' }, people.admin, NOW))).toBe('not_allowed_for_role');
    const rejected = must(s, { type: 'rejectCancel', comment: 'ดำเนินการต่อ' }, people.mayor);
    expect(rejected).toMatchObject({ status: 'in_progress', cancelRequest: null });
    s = must(s, { type: 'approveCancel' }, people.mayor);
    expect(s.status).toBe('cancelled');
    expect(refusal(decide(s, { type: 'submitReport', periodKey: 'Q1', content: sampleContent }, people.financeOfficer, NOW))).toBe('finished');
  });

  it('completes on the system year-end command and refuses everything after', () => {
    const s = must(inProgress(), { type: 'yearEnded' }, null);
    expect(s.status).toBe('completed');
    expect(refusal(decide(s, { type: 'amendPlan' }, people.admin, NOW))).toBe('finished');
  });

  it('opens a period once, telling the owners only while the measure is live', () => {
    const draft = decide(newQuarterlyState(), { type: 'periodOpened', periodKey: 'Q1' }, null, NOW);
    expect(draft.ok && draft.notifications).toEqual([]);
    const live = decide(inProgress(), { type: 'periodOpened', periodKey: 'Q2' }, null, NOW);
    expect(live.ok && live.notifications).toEqual([expect.objectContaining({ kind: 'period_opened', periodKey: 'Q2', dueDate: '2025-04-15' })]);
    expect(refusal(decide(inProgress(), { type: 'periodOpened', periodKey: 'Q1' }, null, NOW))).toBe('already_open');
  });
});
