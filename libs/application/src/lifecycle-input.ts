import { DEFAULT_LIFECYCLE_POLICY, type MeasureLifecycleInput } from '@prongsai/contracts';
import { DivisionEntity, type MeasureEntity } from '@prongsai/persistence';
import type { EntityManager } from 'typeorm';
import { FiscalYearsService } from './fiscal-years.service';
import { HolidaysService } from './holidays.service';

/**
 * What a measure's lifecycle workflow starts from: its owners (every division for an
 * all-divisions measure), its steps' due dates, the year's cadence and holidays, and the policy.
 */
export async function lifecycleInputFor(manager: EntityManager, measure: MeasureEntity): Promise<MeasureLifecycleInput> {
  const fiscalYear = await new FiscalYearsService(manager).require(measure.organizationId, measure.fiscalYearBe);
  const holidays = await new HolidaysService(manager).list(measure.organizationId, measure.fiscalYearBe);
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
    holidays: holidays.map((holiday) => holiday.date),
    policy: fiscalYear.policy ?? DEFAULT_LIFECYCLE_POLICY,
  };
}
