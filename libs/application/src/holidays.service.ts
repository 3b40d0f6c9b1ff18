import { randomUUID } from 'node:crypto';
import { fiscalYearRange, isIsoDate } from '@prongsai/domain';
import { HolidayEntity } from '@prongsai/persistence';
import { thaiHolidays } from '@prongsai/reference-data';
import { Between, type EntityManager } from 'typeorm';
import { ApplicationError } from './application-error';
import { assertFiscalYearBe } from './fiscal-years.service';

export interface HolidayInput {
  date: string;
  nameTh: string;
  nameEn?: string;
}

/** What loading the starter holidays did. */
export interface HolidayLoadResult {
  added: number;
  alreadyThere: number;
}

const NAME_MAX = 255;

/** The days off that working-day deadlines skip, per organisation. */
export class HolidaysService {
  constructor(private readonly manager: EntityManager) {}

  /** The organisation's holidays by date, only those of one fiscal year when it is given. */
  list(organizationId: string, fiscalYearBe?: number): Promise<HolidayEntity[]> {
    if (fiscalYearBe === undefined) return this.manager.find(HolidayEntity, { where: { organizationId }, order: { date: 'ASC' } });
    assertFiscalYearBe(fiscalYearBe, 'year');
    const { start, end } = fiscalYearRange(fiscalYearBe);
    return this.manager.find(HolidayEntity, { where: { organizationId, date: Between(start, end) }, order: { date: 'ASC' } });
  }

  /** Adds a holiday on a real date; 409 when the date already has one. */
  async add(organizationId: string, input: HolidayInput): Promise<HolidayEntity> {
    if (!isIsoDate(input.date)) {
      throw ApplicationError.invalid('date', `"${input.date}" ไม่ใช่วันที่จริงในรูปแบบ YYYY-MM-DD`, `"${input.date}" is not a real date written YYYY-MM-DD`);
    }
    const nameTh = input.nameTh.trim();
    if (nameTh === '' || nameTh.length > NAME_MAX) {
      throw ApplicationError.invalid('nameTh', `ต้องระบุชื่อวันหยุด ไม่เกิน ${NAME_MAX} ตัวอักษร`, `the holiday needs a Thai name of at most ${NAME_MAX} characters`);
    }
    if (await this.manager.existsBy(HolidayEntity, { organizationId, date: input.date })) {
      throw ApplicationError.conflict(`วันที่ ${input.date} เป็นวันหยุดอยู่แล้ว`, `${input.date} is already a holiday`, 'date');
    }
    const holiday = this.manager.create(HolidayEntity, { id: randomUUID(), organizationId, date: input.date, nameTh, nameEn: input.nameEn?.trim() ?? '' });
    return this.manager.save(holiday);
  }

  /** Removes a holiday; answers it as it was. */
  async remove(organizationId: string, id: string): Promise<HolidayEntity> {
    const holiday = await this.manager.findOneBy(HolidayEntity, { id, organizationId });
    if (holiday === null) throw ApplicationError.notFound('ไม่พบวันหยุดนี้', 'no such holiday in this organisation');
    await this.manager.delete(HolidayEntity, { id });
    return holiday;
  }

  /**
   * Adds the Thai government holidays of the reference list (of one fiscal year when given). Dates
   * the organisation already has are left as they are, so loading twice changes nothing.
   */
  async loadStarter(organizationId: string, fiscalYearBe?: number): Promise<HolidayLoadResult> {
    let starter = thaiHolidays();
    if (fiscalYearBe !== undefined) {
      assertFiscalYearBe(fiscalYearBe, 'fiscalYearBe');
      const { start, end } = fiscalYearRange(fiscalYearBe);
      starter = starter.filter((holiday) => holiday.date >= start && holiday.date <= end);
    }
    const existing = new Set((await this.manager.find(HolidayEntity, { where: { organizationId }, select: { date: true } })).map((holiday) => holiday.date));
    // The reference list may name one date twice (two observances); the first name wins.
    const fresh = starter.filter((holiday) => !existing.has(holiday.date) && existing.add(holiday.date));
    if (fresh.length > 0) {
      await this.manager.insert(
        HolidayEntity,
        fresh.map((holiday) => ({ id: randomUUID(), organizationId, date: holiday.date, nameTh: holiday.nameTh, nameEn: holiday.nameEn })),
      );
    }
    return { added: fresh.length, alreadyThere: starter.length - fresh.length };
  }
}
