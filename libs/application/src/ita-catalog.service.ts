import { randomUUID } from 'node:crypto';
import { ItaCatalogEntryEntity, type ItaTool } from '@prongsai/persistence';
import { itaIndicators, oitItemsFor } from '@prongsai/reference-data';
import type { EntityManager } from 'typeorm';
import { ApplicationError } from './application-error';
import { assertFiscalYearBe } from './fiscal-years.service';

export const ITA_TOOLS: readonly ItaTool[] = ['IIT', 'EIT', 'OIT'];
export const ITEM_CODE = /^[OoEeIi]\d{1,4}$/;
const TITLE_MAX = 500;

export interface CatalogEntryInput {
  kind: 'indicator' | 'item';
  /** For items: derived from the code's letter when omitted (O → OIT, e → EIT, i → IIT). */
  tool?: ItaTool;
  /** For items: O1, e3, i12. Indicators are coded "indicator-N" from their number. */
  code?: string;
  indicatorNo?: number | null;
  title: string;
}

/** What copying the published catalog did. */
export interface CatalogStarterResult {
  fiscalYearBe: number;
  /** The year whose published OIT list was copied (the nearest earlier one when the year has none). */
  itemsFromYearBe: number | null;
  added: number;
  alreadyThere: number;
  note?: { th: string; en: string };
}

/** "o42" → "O42", "E3" → "e3": items are written as the NACC writes them. */
export function normalizeItemCode(code: string): string {
  const trimmed = code.trim();
  const letter = trimmed.charAt(0);
  return (letter.toLowerCase() === 'o' ? 'O' : letter.toLowerCase()) + trimmed.slice(1);
}

function toolOfItem(code: string): ItaTool {
  const letter = code.charAt(0).toLowerCase();
  return letter === 'o' ? 'OIT' : letter === 'e' ? 'EIT' : 'IIT';
}

/** An organisation's own, editable copy of the ITA catalog, per fiscal year. */
export class ItaCatalogService {
  constructor(private readonly manager: EntityManager) {}

  /** The indicators and items of a fiscal year, in catalog order. */
  async list(organizationId: string, fiscalYearBe: number): Promise<{ indicators: ItaCatalogEntryEntity[]; items: ItaCatalogEntryEntity[] }> {
    assertFiscalYearBe(fiscalYearBe, 'fiscalYear');
    const entries = await this.manager.findBy(ItaCatalogEntryEntity, { organizationId, fiscalYearBe });
    const byNumber = (a: ItaCatalogEntryEntity, b: ItaCatalogEntryEntity) =>
      (a.indicatorNo ?? 99) - (b.indicatorNo ?? 99) || a.code.localeCompare(b.code, 'en', { numeric: true });
    return {
      indicators: entries.filter((entry) => entry.kind === 'indicator').sort(byNumber),
      items: entries.filter((entry) => entry.kind === 'item').sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true })),
    };
  }

  async add(organizationId: string, fiscalYearBe: number, input: CatalogEntryInput): Promise<ItaCatalogEntryEntity> {
    assertFiscalYearBe(fiscalYearBe, 'fiscalYearBe');
    const entry = this.checked({ id: randomUUID(), organizationId, fiscalYearBe }, input);
    await this.assertCodeFree(entry);
    return this.manager.save(this.manager.create(ItaCatalogEntryEntity, entry));
  }

  /** Changes any part of an entry; the result is checked as a new entry would be. */
  async update(organizationId: string, id: string, changes: Partial<CatalogEntryInput>): Promise<ItaCatalogEntryEntity> {
    const current = await this.find(organizationId, id);
    const kind = changes.kind ?? current.kind;
    const next = this.checked(current, {
      kind,
      // An indicator's code follows its number; an item keeps its code unless given a new one.
      code: kind === 'indicator' ? changes.code : (changes.code ?? (current.kind === 'item' ? current.code : undefined)),
      // A new item code brings its own tool unless one is given.
      tool: changes.tool ?? (kind === 'item' && changes.code !== undefined ? undefined : current.tool),
      indicatorNo: changes.indicatorNo === undefined ? current.indicatorNo : changes.indicatorNo,
      title: changes.title ?? current.title,
    });
    if (next.code !== current.code) await this.assertCodeFree(next);
    return this.manager.save(this.manager.create(ItaCatalogEntryEntity, next));
  }

  async remove(organizationId: string, id: string): Promise<void> {
    await this.find(organizationId, id);
    await this.manager.delete(ItaCatalogEntryEntity, { id });
  }

  /**
   * Copies the published catalog of a fiscal year: the ten indicators with their tool and the OIT
   * items. Without a published item list for the year, the nearest earlier year's list is copied
   * and the answer says so. Codes the organisation already has are left as they are.
   */
  async loadStarter(organizationId: string, fiscalYearBe: number): Promise<CatalogStarterResult> {
    assertFiscalYearBe(fiscalYearBe, 'fiscalYearBe');
    const oit = oitItemsFor(fiscalYearBe);
    const starter: CatalogEntryInput[] = [
      ...itaIndicators().map((indicator) => ({ kind: 'indicator' as const, tool: indicator.tool, indicatorNo: indicator.no, title: indicator.name })),
      ...(oit?.items ?? []).map((item) => ({ kind: 'item' as const, tool: 'OIT' as const, code: item.code, indicatorNo: item.indicator, title: item.title })),
    ];
    const existing = new Set((await this.manager.findBy(ItaCatalogEntryEntity, { organizationId, fiscalYearBe })).map((entry) => entry.code));
    const fresh = starter
      .map((input) => this.checked({ id: randomUUID(), organizationId, fiscalYearBe }, input))
      .filter((entry) => !existing.has(entry.code) && existing.add(entry.code));
    if (fresh.length > 0) await this.manager.insert(ItaCatalogEntryEntity, fresh);
    const result: CatalogStarterResult = { fiscalYearBe, itemsFromYearBe: oit?.sourceYearBe ?? null, added: fresh.length, alreadyThere: starter.length - fresh.length };
    if (oit === undefined) {
      result.note = {
        th: `ไม่มีรายการข้อมูล OIT ที่เผยแพร่สำหรับปี ${fiscalYearBe} หรือก่อนหน้า คัดลอกเฉพาะตัวชี้วัด`,
        en: `no published OIT item list for ${fiscalYearBe} or earlier; only the indicators were copied`,
      };
    } else if (oit.sourceYearBe !== fiscalYearBe) {
      result.note = {
        th: `ยังไม่มีรายการข้อมูล OIT ของปี ${fiscalYearBe} จึงใช้รายการของปี ${oit.sourceYearBe} แทน ตรวจและแก้ไขได้`,
        en: `no published OIT item list for ${fiscalYearBe}; the list of ${oit.sourceYearBe} was copied instead — check and edit it`,
      };
    }
    return result;
  }

  private async find(organizationId: string, id: string): Promise<ItaCatalogEntryEntity> {
    const entry = await this.manager.findOneBy(ItaCatalogEntryEntity, { id, organizationId });
    if (entry === null) throw ApplicationError.notFound('ไม่พบรายการนี้ในบัญชี ITA', 'no such entry in the ITA catalog');
    return entry;
  }

  private async assertCodeFree(entry: ItaCatalogEntryEntity): Promise<void> {
    if (await this.manager.existsBy(ItaCatalogEntryEntity, { organizationId: entry.organizationId, fiscalYearBe: entry.fiscalYearBe, code: entry.code })) {
      throw ApplicationError.conflict(
        `ปี ${entry.fiscalYearBe} มีรายการรหัส ${entry.code} อยู่แล้ว`,
        `fiscal year ${entry.fiscalYearBe} already has an entry coded ${entry.code}`,
        'code',
      );
    }
  }

  /** The entry the input describes, or a 400 naming the bad field. */
  private checked(base: Pick<ItaCatalogEntryEntity, 'id' | 'organizationId' | 'fiscalYearBe'>, input: CatalogEntryInput): ItaCatalogEntryEntity {
    const title = input.title.trim();
    if (title === '' || title.length > TITLE_MAX) {
      throw ApplicationError.invalid('title', `ต้องระบุชื่อ ไม่เกิน ${TITLE_MAX} ตัวอักษร`, `the title must be 1–${TITLE_MAX} characters`);
    }
    const indicatorNo = input.indicatorNo ?? null;
    if (indicatorNo !== null && (!Number.isInteger(indicatorNo) || indicatorNo < 1 || indicatorNo > 10)) {
      throw ApplicationError.invalid('indicatorNo', 'ตัวชี้วัดต้องเป็นเลข ๑–๑๐', 'the indicator must be 1–10');
    }
    if (input.tool !== undefined && !ITA_TOOLS.includes(input.tool)) {
      throw ApplicationError.invalid('tool', 'เครื่องมือต้องเป็น IIT, EIT หรือ OIT', 'the tool must be IIT, EIT or OIT');
    }
    if (input.kind === 'indicator') {
      if (indicatorNo === null) throw ApplicationError.invalid('indicatorNo', 'ตัวชี้วัดต้องมีหมายเลข', 'an indicator needs its number');
      const code = `indicator-${indicatorNo}`;
      if (input.code !== undefined && input.code !== code) {
        throw ApplicationError.invalid('code', `รหัสของตัวชี้วัดที่ ${indicatorNo} คือ ${code}`, `indicator ${indicatorNo} is coded ${code}`);
      }
      if (input.tool === undefined) throw ApplicationError.invalid('tool', 'ต้องระบุเครื่องมือ (IIT, EIT หรือ OIT)', 'an indicator needs its tool (IIT, EIT or OIT)');
      return { ...base, kind: 'indicator', tool: input.tool, code, indicatorNo, title };
    }
    if (input.kind !== 'item') throw ApplicationError.invalid('kind', 'ประเภทต้องเป็น indicator หรือ item', 'the kind must be indicator or item');
    if (input.code === undefined || !ITEM_CODE.test(input.code.trim())) {
      throw ApplicationError.invalid('code', 'รหัสข้อต้องเป็นตัวอักษร O, e หรือ i ตามด้วยตัวเลข เช่น O42', 'an item code is O, e or i and a number, such as O42');
    }
    const code = normalizeItemCode(input.code);
    const tool = input.tool ?? toolOfItem(code);
    if (tool !== toolOfItem(code)) {
      throw ApplicationError.invalid('tool', `ข้อ ${code} เป็นของเครื่องมือ ${toolOfItem(code)}`, `item ${code} belongs to ${toolOfItem(code)}, not ${tool}`);
    }
    return { ...base, kind: 'item', tool, code, indicatorNo, title };
  }
}
