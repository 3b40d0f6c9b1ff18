import { randomUUID } from 'node:crypto';
import { CADENCES, type Cadence } from '@prongsai/domain';
import { FiscalYearEntity } from '@prongsai/persistence';
import type { EntityManager } from 'typeorm';
import { ApplicationError } from './application-error';

/** The fiscal years (พ.ศ.) an organisation may set up. */
export const FISCAL_YEAR_MIN = 2500;
export const FISCAL_YEAR_MAX = 2700;

/** Rejects a fiscal year outside 2500–2700 or not a whole number, naming the field. */
export function assertFiscalYearBe(yearBe: number, field = 'yearBe'): void {
  if (!Number.isInteger(yearBe) || yearBe < FISCAL_YEAR_MIN || yearBe > FISCAL_YEAR_MAX) {
    throw ApplicationError.invalid(
      field,
      `ปีงบประมาณต้องเป็นปี พ.ศ. ${FISCAL_YEAR_MIN}–${FISCAL_YEAR_MAX}`,
      `the fiscal year must be a Buddhist Era year ${FISCAL_YEAR_MIN}–${FISCAL_YEAR_MAX}`,
    );
  }
}

/** An organisation's fiscal years and their reporting cadence. */
export class FiscalYearsService {
  constructor(private readonly manager: EntityManager) {}

  /** The organisation's fiscal years, newest first. */
  list(organizationId: string): Promise<FiscalYearEntity[]> {
    return this.manager.find(FiscalYearEntity, { where: { organizationId }, order: { yearBe: 'DESC' } });
  }

  /** Adds a fiscal year; 409 when the organisation already has it. */
  async create(organizationId: string, yearBe: number, cadence: Cadence): Promise<FiscalYearEntity> {
    assertFiscalYearBe(yearBe);
    assertCadence(cadence);
    if (await this.manager.existsBy(FiscalYearEntity, { organizationId, yearBe })) {
      throw ApplicationError.conflict(`มีปีงบประมาณ ${yearBe} อยู่แล้ว`, `fiscal year ${yearBe} is already set up`, 'yearBe');
    }
    const year = this.manager.create(FiscalYearEntity, { id: randomUUID(), organizationId, yearBe, cadence, archived: false });
    return this.manager.save(year);
  }

  /** Changes the reporting cadence of a fiscal year that is not an archive. */
  async setCadence(organizationId: string, yearBe: number, cadence: Cadence): Promise<FiscalYearEntity> {
    assertCadence(cadence);
    const year = await this.manager.findOneBy(FiscalYearEntity, { organizationId, yearBe });
    if (year === null) throw ApplicationError.notFound(`ไม่พบปีงบประมาณ ${yearBe}`, `no fiscal year ${yearBe} in this organisation`, 'yearBe');
    if (year.archived) {
      throw ApplicationError.conflict(`ปีงบประมาณ ${yearBe} เป็นข้อมูลย้อนหลัง แก้ไขไม่ได้`, `fiscal year ${yearBe} is an archive and read-only`, 'yearBe');
    }
    year.cadence = cadence;
    return this.manager.save(year);
  }

  /** The fiscal year, or a 400 naming the field when the organisation has not set it up. */
  async require(organizationId: string, yearBe: number, field = 'fiscalYear'): Promise<FiscalYearEntity> {
    assertFiscalYearBe(yearBe, field);
    const year = await this.manager.findOneBy(FiscalYearEntity, { organizationId, yearBe });
    if (year === null) {
      throw ApplicationError.invalid(field, `ยังไม่ได้ตั้งปีงบประมาณ ${yearBe} ตั้งก่อนจึงใช้ได้`, `fiscal year ${yearBe} is not set up yet; add it first`);
    }
    return year;
  }
}

function assertCadence(cadence: string): asserts cadence is Cadence {
  if (!(CADENCES as readonly string[]).includes(cadence)) {
    throw ApplicationError.invalid('cadence', 'รอบการรายงานต้องเป็น quarterly หรือ semiannual', `the cadence must be one of ${CADENCES.join(', ')}`);
  }
}
