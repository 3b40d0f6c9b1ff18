import { randomUUID } from 'node:crypto';
import { FiscalYearEntity, MeasureEntity, MeasureOwnerEntity, MeasureStepEntity } from '@prongsai/persistence';
import type { EntityManager } from 'typeorm';
import { ApplicationError } from './application-error';
import { FiscalYearsService } from './fiscal-years.service';
import { MeasureInputChecker, type CheckedMeasure } from './measure-input.check';
import type { MeasureChanges, MeasureFilter, MeasureInput } from './measure-input';
import { involvesDivision } from './measure-visibility';

export type { MeasureChanges, MeasureFilter, MeasureInput, MeasureStepInput } from './measure-input';
export { MEASURE_LIMITS } from './measure-input';

/** Statuses in which a measure's content may still change (a finished or cancelled one is a record). */
const EDITABLE = new Set(['draft', 'plan_approval', 'in_progress']);

/**
 * An organisation's measures: create, change, remove, read. Every write checks the whole measure
 * and runs in one transaction (the caller's, when there is one), so nothing is half-written.
 */
export class MeasuresService {
  constructor(private readonly manager: EntityManager) {}

  /**
   * Adds a measure to a fiscal year the organisation has set up. Without `no`, it gets the next
   * number of the year; a number already taken is a 409.
   */
  create(organizationId: string, fiscalYearBe: number, input: MeasureInput): Promise<MeasureEntity> {
    return this.inTransaction(async (manager) => {
      await new FiscalYearsService(manager).require(organizationId, fiscalYearBe);
      const checked = await new MeasureInputChecker(manager).check(organizationId, fiscalYearBe, input);
      const no = checked.no ?? (await this.nextNumber(manager, organizationId, fiscalYearBe));
      await this.assertNumberFree(manager, organizationId, fiscalYearBe, no);
      const { owners, steps, ...columns } = checked;
      const measure = await manager.save(manager.create(MeasureEntity, { ...columns, id: randomUUID(), organizationId, fiscalYearBe, no }));
      await this.writeChildren(manager, measure.id, { owners, steps });
      return this.getIn(manager, organizationId, measure.id);
    });
  }

  /** Changes a measure; fields left out keep their value, lists given replace the old ones. */
  update(organizationId: string, id: string, changes: MeasureChanges): Promise<MeasureEntity> {
    return this.inTransaction(async (manager) => {
      const current = await this.getIn(manager, organizationId, id);
      await this.assertEditable(manager, current);
      if (changes.version !== undefined && changes.version !== current.version) {
        throw ApplicationError.conflict(
          'มาตรการนี้ถูกแก้ไขโดยผู้อื่นแล้ว โหลดใหม่ก่อนแก้ไข',
          `the measure changed since version ${changes.version} (now ${current.version}); reload it first`,
          'version',
        );
      }
      const checked = await new MeasureInputChecker(manager).check(organizationId, current.fiscalYearBe, merged(current, changes));
      const no = checked.no ?? current.no;
      if (no !== current.no) await this.assertNumberFree(manager, organizationId, current.fiscalYearBe, no);
      const { owners, steps, ...columns } = checked;
      // update() bumps the version and the change time even when only steps or owners changed.
      await manager.update(MeasureEntity, { id }, { ...columns, no });
      await manager.delete(MeasureStepEntity, { measureId: id });
      await manager.delete(MeasureOwnerEntity, { measureId: id });
      await this.writeChildren(manager, id, { owners, steps });
      return this.getIn(manager, organizationId, id);
    });
  }

  /** Removes a draft measure with its steps and owners; others are cancelled, never removed. */
  remove(organizationId: string, id: string): Promise<void> {
    return this.inTransaction(async (manager) => {
      const measure = await this.getIn(manager, organizationId, id);
      await this.assertEditable(manager, measure);
      if (measure.status !== 'draft') {
        throw ApplicationError.conflict(
          'ลบได้เฉพาะมาตรการที่ยังเป็นร่าง มาตรการที่เริ่มแล้วต้องยกเลิกแทน',
          `only a draft measure can be removed; this one is ${measure.status}, cancel it instead`,
        );
      }
      await manager.delete(MeasureStepEntity, { measureId: id });
      await manager.delete(MeasureOwnerEntity, { measureId: id });
      await manager.delete(MeasureEntity, { id });
    });
  }

  /** One measure with its steps (in order) and owners (lead first); 404 when not the organisation's. */
  get(organizationId: string, id: string): Promise<MeasureEntity> {
    return this.getIn(this.manager, organizationId, id);
  }

  /** The organisation's measures matching the filter, by fiscal year (newest first) then number. */
  async list(organizationId: string, filter: MeasureFilter = {}): Promise<MeasureEntity[]> {
    const measures = await this.manager.find(MeasureEntity, {
      where: {
        organizationId,
        ...(filter.fiscalYearBe === undefined ? {} : { fiscalYearBe: filter.fiscalYearBe }),
        ...(filter.indicatorNo === undefined ? {} : { indicatorNo: filter.indicatorNo }),
        ...(filter.status === undefined ? {} : { status: filter.status }),
      },
      relations: { steps: true, owners: true },
      order: { fiscalYearBe: 'DESC', no: 'ASC' },
    });
    const matching = filter.divisionId === undefined ? measures : measures.filter((measure) => involvesDivision(measure, filter.divisionId ?? ''));
    return matching.map(ordered);
  }

  private async getIn(manager: EntityManager, organizationId: string, id: string): Promise<MeasureEntity> {
    const measure = await manager.findOne(MeasureEntity, { where: { id, organizationId }, relations: { steps: true, owners: true } });
    if (measure === null) throw ApplicationError.notFound('ไม่พบมาตรการนี้', 'no such measure in this organisation');
    return ordered(measure);
  }

  private async assertEditable(manager: EntityManager, measure: MeasureEntity): Promise<void> {
    const year = await manager.findOneBy(FiscalYearEntity, { organizationId: measure.organizationId, yearBe: measure.fiscalYearBe });
    if (year?.archived) {
      throw ApplicationError.conflict(
        `ปีงบประมาณ ${measure.fiscalYearBe} เป็นข้อมูลย้อนหลัง แก้ไขไม่ได้`,
        `fiscal year ${measure.fiscalYearBe} is an archive and read-only`,
      );
    }
    if (!EDITABLE.has(measure.status)) {
      throw ApplicationError.conflict(
        'มาตรการที่เสร็จสิ้นหรือยกเลิกแล้วแก้ไขไม่ได้',
        `a ${measure.status} measure is a record and cannot change`,
        'status',
      );
    }
  }

  private async nextNumber(manager: EntityManager, organizationId: string, fiscalYearBe: number): Promise<number> {
    const row = await manager
      .createQueryBuilder(MeasureEntity, 'measure')
      .select('MAX(measure.no)', 'max')
      .where('measure.organizationId = :organizationId AND measure.fiscalYearBe = :fiscalYearBe', { organizationId, fiscalYearBe })
      .getRawOne<{ max: number | string | null }>();
    return Number(row?.max ?? 0) + 1;
  }

  private async assertNumberFree(manager: EntityManager, organizationId: string, fiscalYearBe: number, no: number): Promise<void> {
    if (await manager.existsBy(MeasureEntity, { organizationId, fiscalYearBe, no })) {
      throw ApplicationError.conflict(`ปีงบประมาณ ${fiscalYearBe} มีมาตรการลำดับที่ ${no} อยู่แล้ว`, `fiscal year ${fiscalYearBe} already has measure no. ${no}`, 'no');
    }
  }

  private async writeChildren(manager: EntityManager, measureId: string, children: Pick<CheckedMeasure, 'owners' | 'steps'>): Promise<void> {
    if (children.steps.length > 0) {
      await manager.insert(
        MeasureStepEntity,
        children.steps.map((step, index) => ({ id: randomUUID(), measureId, position: index + 1, ...step })),
      );
    }
    if (children.owners.length > 0) {
      await manager.insert(
        MeasureOwnerEntity,
        children.owners.map((owner) => ({ measureId, ...owner })),
      );
    }
  }

  /** Runs in the caller's transaction when there is one, else in a new one. */
  private inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.manager.queryRunner?.isTransactionActive ? work(this.manager) : this.manager.transaction(work);
  }
}

/** Steps by position, the lead owner first. */
function ordered(measure: MeasureEntity): MeasureEntity {
  measure.steps = [...(measure.steps ?? [])].sort((a, b) => a.position - b.position);
  measure.owners = [...(measure.owners ?? [])].sort((a, b) => (a.role === b.role ? 0 : a.role === 'lead' ? -1 : 1));
  return measure;
}

/** The measure as input, with the changes laid over it; the period moves as one. */
function merged(current: MeasureEntity, changes: MeasureChanges): MeasureInput {
  const periodChanged = 'periodStart' in changes || 'periodEnd' in changes || 'periodText' in changes;
  const ownersChanged = 'ownerDivisionIds' in changes || 'allDivisions' in changes;
  return {
    no: changes.no ?? current.no,
    title: changes.title ?? current.title,
    issueToImprove: 'issueToImprove' in changes ? changes.issueToImprove : current.issueToImprove,
    indicatorNo: 'indicatorNo' in changes ? changes.indicatorNo : current.indicatorNo,
    itemCodes: changes.itemCodes ?? current.itemCodes,
    steps: changes.steps ?? current.steps.map((step) => ({ text: step.text, ownerDivisionId: step.ownerDivisionId, dueDate: step.dueDate })),
    ownerDivisionIds: ownersChanged ? (changes.ownerDivisionIds ?? []) : current.owners.map((owner) => owner.divisionId),
    allDivisions: ownersChanged ? (changes.allDivisions ?? false) : current.allDivisions,
    periodStart: periodChanged ? changes.periodStart : current.periodStart,
    periodEnd: periodChanged ? changes.periodEnd : current.periodEnd,
    periodText: periodChanged ? changes.periodText : current.periodText,
    monitoringRule: 'monitoringRule' in changes ? changes.monitoringRule : current.monitoringRule,
    expectedOutcome: 'expectedOutcome' in changes ? changes.expectedOutcome : current.expectedOutcome,
    summary: 'summary' in changes ? changes.summary : current.summary,
    outcome: 'outcome' in changes ? changes.outcome : current.outcome,
    evidence: changes.evidence ?? current.evidence,
    status: current.status,
  };
}
