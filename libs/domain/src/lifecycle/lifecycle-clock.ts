import { IsoDate } from '../calendar';

/** Thailand is seven hours ahead of UTC all year (no daylight saving). */
const BANGKOK_OFFSET_MS = 7 * 3_600_000;

/** The hour (Asia/Bangkok) at which the lifecycle's timers fire on their day: office hours, not midnight. */
export const LIFECYCLE_NOTICE_HOUR_BANGKOK = 8;

/**
 * The calendar day in Thailand (Asia/Bangkok) of an instant, which is what due dates mean.
 *
 * @example bangkokDateOf('2024-12-31T18:00:00.000Z') === '2025-01-01'
 * @throws RangeError when the text is not an ISO instant.
 */
export function bangkokDateOf(instantIso: string): IsoDate {
  const ms = Date.parse(instantIso);
  if (Number.isNaN(ms)) {
    throw new RangeError(`not an ISO instant: "${instantIso}"`);
  }
  return new Date(ms + BANGKOK_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * The instant (epoch milliseconds) the lifecycle acts on a day: {@link LIFECYCLE_NOTICE_HOUR_BANGKOK}
 * o'clock in Thailand.
 *
 * @example lifecycleMomentOf('2025-01-06') === Date.parse('2025-01-06T01:00:00Z')
 */
export function lifecycleMomentOf(date: IsoDate): number {
  return Date.parse(`${date}T00:00:00Z`) - BANGKOK_OFFSET_MS + LIFECYCLE_NOTICE_HOUR_BANGKOK * 3_600_000;
}
