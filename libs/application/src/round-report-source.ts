import type { LifecycleReportSnapshot, MeasureLifecycleSnapshot, ReportContent } from '@prongsai/contracts';
import { DivisionEntity, ItaCatalogEntryEntity, MeasureEntity, MeasureLifecycleEntity } from '@prongsai/persistence';
import type { RoundKey, RoundReportInput, RoundReportMeasureInput, RoundReportMeasureReport } from '@prongsai/reports';
import type { EntityManager } from 'typeorm';
import { ApplicationError } from './application-error';
import { FiscalYearsService } from './fiscal-years.service';
import { OrganizationsService } from './organizations.service';

const ROUND_KEYS: readonly RoundKey[] = ['Q1', 'Q2', 'Q3', 'Q4', 'R6', 'R12'];

/** The quarter whose report stands for a round in a year reported by quarters. */
const QUARTER_OF_ROUND: Partial<Record<RoundKey, RoundKey>> = { R6: 'Q2', R12: 'Q4' };

/** Statuses whose current content counts while no version is signed off: submitted (waiting for review), accepted, signed off. */
const REPORTED = new Set<LifecycleReportSnapshot['status']>(['submitted', 'accepted', 'signed_off']);

/**
 * Reads what a round report of an organisation's fiscal year is compiled from: the organisation,
 * the year's measures in order (steps, owners with the lead first, period, indicator), the date the
 * executive approved the plan (the earliest `planApprovedOn` of the year's lifecycles), the ITA
 * indicator names of the organisation's catalog for the year, and each measure's report for the
 * round:
 *
 * - from the lifecycle read model: the report of the round (for R6 / R12 without such a report, as
 *   in a year reported by quarters: the Q2 / Q4 report); its latest signed-off version when there
 *   is one, else its submitted or accepted content. The summary is what was done and its results, one after the other.
 * - for an archived year (a past report imported with `--archive`) and a measure without a
 *   lifecycle: the summary and outcome the import kept on the measure.
 *
 * Cancelled measures are left out. Read-only; run it in a transaction for a consistent picture.
 *
 * @throws ApplicationError NOT_FOUND (field `organization`) for an unknown organisation code,
 *   INVALID (field `fiscalYear`) for a year it has not set up, INVALID (field `round`) for a bad round.
 */
export async function loadRoundReportInput(
  manager: EntityManager,
  organizationCode: string,
  fiscalYearBe: number,
  round: RoundKey,
): Promise<RoundReportInput> {
  if (!ROUND_KEYS.includes(round)) {
    throw ApplicationError.invalid('round', 'รอบรายงานต้องเป็น Q1–Q4, R6 หรือ R12', `the round must be one of ${ROUND_KEYS.join(', ')}`);
  }
  const organization = await new OrganizationsService(manager).findByCode(organizationCode);
  const year = await new FiscalYearsService(manager).require(organization.id, fiscalYearBe, 'fiscalYear');

  const measures = await manager.find(MeasureEntity, {
    where: { organizationId: organization.id, fiscalYearBe },
    relations: { steps: true, owners: true },
    order: { no: 'ASC' },
  });
  const divisions = await manager.findBy(DivisionEntity, { organizationId: organization.id });
  const lifecycles = await manager.findBy(MeasureLifecycleEntity, { organizationId: organization.id, fiscalYearBe });
  const indicators = await manager.findBy(ItaCatalogEntryEntity, { organizationId: organization.id, fiscalYearBe, kind: 'indicator' });
  const divisionById = new Map(divisions.map((division) => [division.id, division]));
  const lifecycleByMeasure = new Map(lifecycles.map((lifecycle) => [lifecycle.measureId, lifecycle.snapshot]));

  const current = measures.filter((measure) => measure.status !== 'cancelled' && lifecycleByMeasure.get(measure.id)?.status !== 'cancelled');
  // The plan was approved once for the year (an amendment approves again, later): the earliest date counts.
  const approvals = lifecycles
    .map((lifecycle) => lifecycle.snapshot.planApprovedOn)
    .filter((date): date is string => typeof date === 'string' && date !== '')
    .sort();

  const input: RoundReportInput = {
    organization: {
      code: organization.code,
      name: organization.name,
      type: organization.type,
      district: organization.district,
      province: organization.province,
      numeralStyle: organization.numeralStyle,
    },
    fiscalYearBe,
    round,
    planApprovedOn: approvals[0] ?? null,
    measures: current.map((measure): RoundReportMeasureInput => {
      const lifecycle = lifecycleByMeasure.get(measure.id);
      return {
        no: measure.no,
        title: measure.title,
        indicator: measure.indicatorNo,
        steps: [...measure.steps].sort((a, b) => a.position - b.position).map((step) => step.text),
        period: measure.periodStart && measure.periodEnd ? { start: measure.periodStart, end: measure.periodEnd } : null,
        periodText: measure.periodText,
        owners: ownerNames(measure, divisionById),
        allDivisions: measure.allDivisions,
        report: lifecycle ? reportOfRound(lifecycle, round) : year.archived ? archivedReport(measure) : null,
      };
    }),
  };
  const names = indicators.filter((entry) => entry.indicatorNo !== null && entry.title.trim() !== '');
  if (names.length > 0) input.indicatorNames = Object.fromEntries(names.map((entry) => [entry.indicatorNo!, entry.title]));
  return input;
}

/** The lead first, then the supporting divisions in the organisation's order. */
function ownerNames(measure: MeasureEntity, divisionById: ReadonlyMap<string, DivisionEntity>): string[] {
  return measure.owners
    .flatMap((owner) => {
      const division = divisionById.get(owner.divisionId);
      return division ? [{ role: owner.role, division }] : [];
    })
    .sort((a, b) => (a.role === b.role ? 0 : a.role === 'lead' ? -1 : 1) || a.division.sortOrder - b.division.sortOrder || a.division.name.localeCompare(b.division.name, 'th'))
    .map(({ division }) => division.name);
}

/** The measure's report for the round in its lifecycle, or null when it has none to show. */
function reportOfRound(snapshot: MeasureLifecycleSnapshot, round: RoundKey): RoundReportMeasureReport | null {
  const keys = [round, QUARTER_OF_ROUND[round]].filter((key): key is RoundKey => key !== undefined);
  for (const key of keys) {
    const report = snapshot.reports.find((candidate) => candidate.periodKey === key);
    if (report === undefined) continue;
    const published = report.publishedVersions?.at(-1)?.content;
    const content = published ?? (REPORTED.has(report.status) ? report.content : null);
    return content ? fromContent(content) : null;
  }
  return null;
}

function fromContent(content: ReportContent): RoundReportMeasureReport {
  return {
    summary: [content.done, content.results].map((part) => part?.trim() ?? '').filter((part) => part !== '').join('\n'),
    outcome: content.outcome?.trim() ?? '',
  };
}

/** What an archive import kept on the measure: the document's summary and outcome. */
function archivedReport(measure: MeasureEntity): RoundReportMeasureReport | null {
  if (measure.summary === null && measure.outcome === null) return null;
  return { summary: measure.summary ?? '', outcome: measure.outcome ?? '' };
}
