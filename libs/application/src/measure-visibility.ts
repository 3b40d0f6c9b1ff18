import { isDivisionBound } from '@prongsai/domain';
import type { MeasureEntity, PersonEntity } from '@prongsai/persistence';
import { ApplicationError } from './application-error';

/** Whether a division takes part in a measure: it leads or supports it, owns a step, or all divisions do. */
export function involvesDivision(measure: MeasureEntity, divisionId: string): boolean {
  return (
    measure.allDivisions ||
    (measure.owners ?? []).some((owner) => owner.divisionId === divisionId) ||
    (measure.steps ?? []).some((step) => step.ownerDivisionId === divisionId)
  );
}

type Reader = Pick<PersonEntity, 'role' | 'divisionId'>;

/**
 * Whether a person who may read the organisation may read this measure: division heads and
 * officers see only the measures their division takes part in; everyone else sees all. A stand-in
 * also sees what each person they stand in for today sees (`standingInFor`).
 */
export function mayReadMeasure(person: Reader, measure: MeasureEntity, standingInFor: readonly Reader[] = []): boolean {
  return [person, ...standingInFor].some((reader) => readsMeasure(reader, measure));
}

function readsMeasure(reader: Reader, measure: MeasureEntity): boolean {
  if (!isDivisionBound(reader.role)) return true;
  return reader.divisionId !== null ? involvesDivision(measure, reader.divisionId) : measure.allDivisions;
}

/** A 403 with the reason when the person's division takes no part in the measure. */
export function assertMayReadMeasure(person: Reader, measure: MeasureEntity, standingInFor: readonly Reader[] = []): void {
  if (!mayReadMeasure(person, measure, standingInFor)) {
    throw ApplicationError.forbidden(
      'มาตรการนี้ไม่ใช่ของกองของคุณ: หัวหน้าส่วนราชการและเจ้าหน้าที่ดูได้เฉพาะมาตรการที่กองของตนรับผิดชอบ',
      "this measure is not your division's: division heads and officers see only the measures their division takes part in",
    );
  }
}
