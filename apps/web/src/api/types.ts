import type { MeasureLifecycleSnapshot } from '@prongsai/contracts';

export type {
  LifecycleEvent,
  LifecyclePolicy,
  LifecycleReportSnapshot,
  MeasureLifecycleSnapshot,
  ReportContent,
} from '@prongsai/contracts';

export type Role = 'system_admin' | 'admin' | 'executive' | 'division_head' | 'officer' | 'oversight';

export interface Person {
  id: string;
  email: string;
  displayName: string;
  position: string;
  role: Role;
  organizationId: string | null;
  divisionId: string | null;
  province: string | null;
  mustChangePassword: boolean;
  active: boolean;
  language: 'th' | 'en';
  mailPreference: 'immediate' | 'digest';
}

/** Someone the signed-in person stands in for today (a delegation in force), with what they may do. */
export interface StandingIn {
  personId: string;
  displayName: string;
  position: string;
  role: Role;
  divisionId: string | null;
  /** The delegation's last day. */
  endsOn: string;
}

export interface Organization {
  id: string;
  code: string;
  type: string;
  name: string;
  district: string;
  province: string;
  website: string;
  phone: string;
  numeralStyle: string;
}

export interface Division {
  id: string;
  name: string;
  headPersonId: string | null;
  sortOrder: number;
}

export type Cadence = 'quarterly' | 'semiannual';

/** A fiscal year as GET /api/orgs/{org}/fiscal-years answers it. */
export interface FiscalYear {
  yearBe: number;
  cadence: Cadence;
  archived: boolean;
  start: string;
  end: string;
  periods: { key: string; start: string; end: string }[];
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface MeasureStep {
  position: number;
  text: string;
  ownerDivisionId: string | null;
  ownerDivisionName: string | null;
  dueDate: string | null;
}

/** A measure as GET /api/orgs/{org}/measures answers it. */
export interface Measure {
  id: string;
  fiscalYearBe: number;
  no: number;
  title: string;
  issueToImprove: string | null;
  indicatorNo: number | null;
  itemCodes: string[];
  allDivisions: boolean;
  owners: { divisionId: string; divisionName: string; role: 'lead' | 'supporting' }[];
  steps: MeasureStep[];
  period: { start: string | null; end: string | null; text: string | null };
  monitoringRule: unknown;
  expectedOutcome: string | null;
  summary: string | null;
  outcome: string | null;
  evidence: { title: string; url: string }[];
  status: string;
  version: number;
  updatedAt: string;
}

export type InboxTask = 'report' | 'review' | 'sign_off' | 'approve_plan' | 'approve_cancel' | 'acknowledge';

export interface InboxItem {
  section: 'overdue' | 'returned' | 'due' | 'waiting';
  measureId: string;
  periodKey: string | null;
  task: InboxTask;
  dueDate: string | null;
  /** A task of someone the person stands in for today: whose. */
  onBehalfOf?: { personId: string; displayName: string };
}

export type Lifecycle = MeasureLifecycleSnapshot;
