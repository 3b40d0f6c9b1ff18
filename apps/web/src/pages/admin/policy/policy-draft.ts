import type { LifecyclePolicy } from '../../../api/types';

/** The limits LifecyclePolicyDto enforces, checked here first so each mistake shows by its row. */
export const POLICY_LIMITS = {
  reminders: { max: 10, min: 0, highest: 60 },
  escalations: { max: 4, min: 0, highest: 120 },
  review: { min: 1, highest: 30 },
} as const;

/** The policy form as typed: numbers still as text, empty person = chosen by position. */
export interface PolicyDraft {
  reminders: string[];
  escalations: string[];
  reviewDays: string;
  chiefAdministratorPersonId: string;
  chiefExecutivePersonId: string;
}

export type PolicyField = 'reminderWorkingDaysBefore' | 'escalationDaysAfter' | 'reviewReminderWorkingDays';

/** What is wrong with one entry: not a whole number, outside its range, or (escalations) not later than the step before. */
export interface PolicyProblem {
  field: PolicyField;
  index: number | null;
  kind: 'whole' | 'range' | 'order';
}

export function draftOf(policy: LifecyclePolicy): PolicyDraft {
  return {
    reminders: policy.reminderWorkingDaysBefore.map(String),
    escalations: policy.escalationDaysAfter.map(String),
    reviewDays: String(policy.reviewReminderWorkingDays),
    chiefAdministratorPersonId: policy.chiefAdministratorPersonId ?? '',
    chiefExecutivePersonId: policy.chiefExecutivePersonId ?? '',
  };
}

function wholeNumber(text: string): number | null {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : null;
}

/**
 * The policy to send, or the problems of the draft. Blank rows are dropped; reminders are kept
 * once each, furthest first; escalation steps must come one after another, since their order is
 * who is told (the first the division, the second ปลัด, the later ones นายก).
 */
export function policyOf(draft: PolicyDraft): { policy: LifecyclePolicy; problems: [] } | { policy: null; problems: PolicyProblem[] } {
  const problems: PolicyProblem[] = [];
  const numbers = (field: PolicyField, rows: string[], min: number, highest: number): number[] =>
    rows.flatMap((row, index) => {
      if (row.trim() === '') return [];
      const value = wholeNumber(row);
      if (value === null) problems.push({ field, index, kind: 'whole' });
      else if (value < min || value > highest) problems.push({ field, index, kind: 'range' });
      else return [value];
      return [];
    });

  const reminders = numbers('reminderWorkingDaysBefore', draft.reminders, POLICY_LIMITS.reminders.min, POLICY_LIMITS.reminders.highest);
  const escalations = numbers('escalationDaysAfter', draft.escalations, POLICY_LIMITS.escalations.min, POLICY_LIMITS.escalations.highest);
  if (problems.every((problem) => problem.field !== 'escalationDaysAfter')) {
    const filled = draft.escalations.map((row, index) => ({ row, index })).filter(({ row }) => row.trim() !== '');
    filled.forEach(({ index }, position) => {
      if (position > 0 && escalations[position] <= escalations[position - 1]) problems.push({ field: 'escalationDaysAfter', index, kind: 'order' });
    });
  }
  const review = wholeNumber(draft.reviewDays);
  if (review === null) problems.push({ field: 'reviewReminderWorkingDays', index: null, kind: 'whole' });
  else if (review < POLICY_LIMITS.review.min || review > POLICY_LIMITS.review.highest) problems.push({ field: 'reviewReminderWorkingDays', index: null, kind: 'range' });

  if (problems.length > 0 || review === null) return { policy: null, problems };
  return {
    policy: {
      reminderWorkingDaysBefore: [...new Set(reminders)].sort((a, b) => b - a),
      escalationDaysAfter: escalations,
      reviewReminderWorkingDays: review,
      chiefAdministratorPersonId: draft.chiefAdministratorPersonId || null,
      chiefExecutivePersonId: draft.chiefExecutivePersonId || null,
    },
    problems: [],
  };
}

/** Who an escalation step tells, by its position (as the notification rules route it). */
export function escalationAudience(index: number): 'division' | 'chiefAdministrator' | 'chiefExecutive' {
  if (index <= 0) return 'division';
  if (index === 1) return 'chiefAdministrator';
  return 'chiefExecutive';
}
