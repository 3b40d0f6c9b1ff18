import { DEFAULT_LIFECYCLE_POLICY, type MeasureLifecycleInput } from '@prongsai/contracts';
import { addDays, fiscalYearOf, fiscalYearRange, type IsoDate } from '@prongsai/domain';
import { DivisionEntity, HolidayEntity, type MeasureEntity } from '@prongsai/persistence';
import { Between, type EntityManager } from 'typeorm';
import { FiscalYearsService } from './fiscal-years.service';

/**
 * Days after a fiscal year's last day through which its lifecycles still count working days: the
 * last reports fall due, are reminded of and escalated, and the year closes (30 days after) within them.
 */
export const LIFECYCLE_HOLIDAY_DAYS_AFTER_YEAR = 60;

/** The holidays a lifecycle of the fiscal year counts working days around ('YYYY-MM-DD', in order). */
export async function lifecycleHolidays(manager: EntityManager, organizationId: string, fiscalYearBe: number): Promise<IsoDate[]> {
  const { start, end } = fiscalYearRange(fiscalYearBe);
  const holidays = await manager.find(HolidayEntity, { where: { organizationId, date: Between(start, addDays(end, LIFECYCLE_HOLIDAY_DAYS_AFTER_YEAR)) }, order: { date: 'ASC' } });
  return holidays.map((holiday) => holiday.date);
}

/** The fiscal years whose lifecycles count working days around a holiday on `date` (see {@link lifecycleHolidays}). */
export function fiscalYearsCountingHoliday(date: IsoDate): number[] {
  const year = fiscalYearOf(date);
  return date <= addDays(fiscalYearRange(year - 1).end, LIFECYCLE_HOLIDAY_DAYS_AFTER_YEAR) ? [year - 1, year] : [year];
}

/**
 * What a measure's lifecycle workflow starts from: its owners (every division for an
 * all-divisions measure), its steps' due dates, the year's cadence and holidays, and the policy.
 */
export async function lifecycleInputFor(manager: EntityManager, measure: MeasureEntity): Promise<MeasureLifecycleInput> {
  const fiscalYear = await new FiscalYearsService(manager).require(measure.organizationId, measure.fiscalYearBe);
  const holidays = await lifecycleHolidays(manager, measure.organizationId, measure.fiscalYearBe);
  const owners = [...measure.owners].sort((a, b) => (a.role === b.role ? 0 : a.role === 'lead' ? -1 : 1)).map((owner) => owner.divisionId);
  const ownerDivisionIds = measure.allDivisions
    ? (await manager.find(DivisionEntity, { where: { organizationId: measure.organizationId }, order: { sortOrder: 'ASC', name: 'ASC' } })).map((d) => d.id)
    : owners;
  return {
    organizationId: measure.organizationId,
    fiscalYearBe: measure.fiscalYearBe,
    measureId: measure.id,
    measureNo: measure.no,
    title: measure.title,
    cadence: fiscalYear.cadence,
    ownerDivisionIds,
    stepDueDates: [...measure.steps].sort((a, b) => a.position - b.position).flatMap((step) => (step.dueDate ? [step.dueDate] : [])),
    holidays,
    policy: fiscalYear.policy ?? DEFAULT_LIFECYCLE_POLICY,
  };
}
