import { randomUUID } from 'node:crypto';
import { fiscalYearRange, STANDARD_DIVISIONS } from '@prongsai/domain';
import type { ImportPreview } from '@prongsai/importer';
import { DivisionEntity, FiscalYearEntity, MeasureEntity, type OrganizationEntity } from '@prongsai/persistence';
import type { EntityManager } from 'typeorm';
import { ApplicationError } from './application-error';
import { MeasuresService } from './measures.service';
import { OrganizationsService } from './organizations.service';

export interface PlanImportOptions {
  /** The organisation to import into; without it, found by the document's name or created from its heading. */
  organizationCode?: string;
  /** Wins over the fiscal year the document names. */
  fiscalYear?: number;
  /** A past year's report: the fiscal year becomes a completed, read-only archive. */
  archive?: boolean;
}

export interface PlanImportResult {
  organization: OrganizationEntity;
  organizationCreated: boolean;
  fiscalYear: number;
  measures: MeasureEntity[];
  divisionsCreated: string[];
}

/**
 * Writes a previewed import: the organisation (found or created), its fiscal year, the divisions
 * the measures name and the measures themselves. Run it inside a transaction: all or nothing.
 */
export class PlanImportService {
  constructor(private readonly manager: EntityManager) {}

  /** The organisation a document belongs to, when it already exists. */
  async findOrganization(preview: ImportPreview, options: PlanImportOptions): Promise<OrganizationEntity | null> {
    const organizations = new OrganizationsService(this.manager);
    if (options.organizationCode) return organizations.findByCode(options.organizationCode);
    return preview.organization.name ? organizations.findByName(preview.organization.name) : null;
  }

  async apply(preview: ImportPreview, options: PlanImportOptions): Promise<PlanImportResult> {
    const fiscalYear = options.fiscalYear ?? preview.fiscalYear;
    if (fiscalYear === null || fiscalYear === undefined) {
      throw ApplicationError.invalid('fiscalYear', 'เอกสารไม่ได้ระบุปีงบประมาณ กรุณาระบุ', 'the document names no fiscal year; give one');
    }
    if (preview.measures.length === 0) {
      throw ApplicationError.invalid('measures', 'ไม่พบมาตรการในเอกสาร', 'the document holds no measures');
    }
    let organization = await this.findOrganization(preview, options);
    const organizationCreated = organization === null;
    if (organization === null) {
      if (!preview.organization.name) {
        throw ApplicationError.invalid('organization', 'เอกสารไม่ได้ระบุชื่อองค์กร กรุณาระบุองค์กร', 'the document names no organisation; choose one');
      }
      organization = await new OrganizationsService(this.manager).create({
        name: preview.organization.name,
        district: preview.organization.district ?? '',
        province: preview.organization.province ?? '',
      });
    }
    if (await this.manager.existsBy(MeasureEntity, { organizationId: organization.id, fiscalYearBe: fiscalYear })) {
      throw ApplicationError.conflict(
        `ปีงบประมาณ ${fiscalYear} ของ${organization.name}มีมาตรการอยู่แล้ว ลบออกก่อนหรือเลือกปีอื่น`,
        `${organization.name} already has measures for fiscal year ${fiscalYear}; remove them first or choose another year`,
        'fiscalYear',
      );
    }
    await this.ensureFiscalYear(organization, fiscalYear, preview, options.archive ?? false);
    const { byName, created } = await this.ensureDivisions(organization, preview, organizationCreated);

    const measures = new MeasuresService(this.manager);
    const year = fiscalYearRange(fiscalYear);
    const saved: MeasureEntity[] = [];
    for (const measure of preview.measures) {
      // A period outside the year is a slip in the document; the preview warned about it, and the
      // measure comes in without one rather than with a date we would have to invent.
      const period = measure.period && measure.period.start >= year.start && measure.period.end <= year.end ? measure.period : null;
      const ownerDivisionIds = measure.owners.flatMap((owner) => (byName.has(owner) ? [byName.get(owner)!] : []));
      saved.push(
        await withRow(measure.no, () => measures.create(organization.id, fiscalYear, {
          no: measure.no,
          title: measure.title,
          indicatorNo: measure.indicator,
          itemCodes: measure.items,
          steps: measure.steps.map((text) => ({ text })),
          ownerDivisionIds,
          allDivisions: measure.allDivisions,
          periodStart: period?.start,
          periodEnd: period?.end,
          summary: measure.summary,
          outcome: measure.outcome,
          status: options.archive ? 'completed' : 'draft',
        })),
      );
    }
    return { organization, organizationCreated, fiscalYear, measures: saved, divisionsCreated: created };
  }

  private async ensureFiscalYear(organization: OrganizationEntity, yearBe: number, preview: ImportPreview, archive: boolean): Promise<void> {
    const existing = await this.manager.findOneBy(FiscalYearEntity, { organizationId: organization.id, yearBe });
    if (existing !== null) {
      if (archive && !existing.archived) await this.manager.update(FiscalYearEntity, { id: existing.id }, { archived: true });
      return;
    }
    await this.manager.insert(FiscalYearEntity, {
      id: randomUUID(),
      organizationId: organization.id,
      yearBe,
      // A report by rounds (รอบ ๖ / ๑๒ เดือน) tells the cadence; a plan alone does not, and quarters are the default.
      cadence: preview.round === null ? 'quarterly' : 'semiannual',
      archived: archive,
    });
  }

  /**
   * The organisation's divisions by name. A new organisation gets the divisions its document
   * names; an existing one keeps its own (the importer already matched owners to them).
   */
  private async ensureDivisions(
    organization: OrganizationEntity,
    preview: ImportPreview,
    organizationCreated: boolean,
  ): Promise<{ byName: Map<string, string>; created: string[] }> {
    const existing = await this.manager.findBy(DivisionEntity, { organizationId: organization.id });
    const byName = new Map(existing.map((division) => [division.name, division.id]));
    const created: string[] = [];
    if (!organizationCreated) return { byName, created };
    const standardOrder = STANDARD_DIVISIONS.map((division) => division.name);
    const named = [...new Set(preview.measures.flatMap((measure) => measure.owners))];
    named.sort((a, b) => rank(standardOrder, a) - rank(standardOrder, b));
    for (const name of named) {
      if (byName.has(name)) continue;
      const id = randomUUID();
      await this.manager.insert(DivisionEntity, { id, organizationId: organization.id, name, headPersonId: null, sortOrder: byName.size + 1 });
      byName.set(name, id);
      created.push(name);
    }
    return { byName, created };
  }
}

/** Names the document's row in an error about one of its measures. */
async function withRow<T>(no: number, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof ApplicationError)) throw error;
    throw new ApplicationError(
      error.code,
      { th: `มาตรการลำดับที่ ${no}: ${error.messages.th}`, en: `measure ${no}: ${error.messages.en}` },
      `measures.${no}${error.field ? `.${error.field}` : ''}`,
    );
  }
}

function rank(order: readonly string[], name: string): number {
  const index = order.indexOf(name);
  return index === -1 ? order.length : index;
}
