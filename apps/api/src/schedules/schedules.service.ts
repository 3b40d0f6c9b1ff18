import { Injectable } from '@nestjs/common';
import { ApplicationError, ApplicationErrorCode } from '@prongsai/application';
import type { ScheduleView } from '@prongsai/contracts';
import { listSchedules, pauseSchedule, PRONGSAI_SCHEDULE_IDS, ScheduleError, ScheduleErrorCode, unpauseSchedule } from '@prongsai/temporal';
import { isGrpcDeadlineError, isGrpcServiceError, ServiceError } from '@temporalio/client';
import { TemporalClientProvider } from '../temporal/temporal-client.module';

/**
 * How long one request may wait for Temporal before the API says it is not reachable (the client
 * retries an unreachable server with backoff for about 15 s otherwise).
 */
const TEMPORAL_DEADLINE_MS = 5000;

/** Prongsai's recurring jobs (Temporal Schedules): list, pause, unpause. */
@Injectable()
export class SchedulesService {
  constructor(private readonly temporal: TemporalClientProvider) {}

  list(): Promise<ScheduleView[]> {
    return this.call(() => listSchedules(this.temporal.client));
  }

  pause(id: string, note: string | undefined, by: string): Promise<ScheduleView> {
    return this.call(() => pauseSchedule(this.temporal.client, id, note?.trim() || `paused by ${by}`));
  }

  unpause(id: string, note: string | undefined, by: string): Promise<ScheduleView> {
    return this.call(() => unpauseSchedule(this.temporal.client, id, note?.trim() || `unpaused by ${by}`));
  }

  private async call<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await this.temporal.client.withDeadline(Date.now() + TEMPORAL_DEADLINE_MS, work);
    } catch (error) {
      throw refusal(error);
    }
  }
}

function refusal(error: unknown): unknown {
  if (error instanceof ScheduleError) {
    if (error.code === ScheduleErrorCode.Unknown) {
      return ApplicationError.notFound(`ไม่มีงานตามกำหนดเวลา "${error.scheduleId}" (มี ${PRONGSAI_SCHEDULE_IDS.join(', ')})`, error.message);
    }
    return ApplicationError.conflict(`งานตามกำหนดเวลา "${error.scheduleId}" ยังไม่ได้สร้างใน Temporal ระบบจะสร้างเมื่อ worker เริ่มทำงาน`, error.message);
  }
  if (error instanceof ServiceError || isGrpcServiceError(error)) {
    const cause = error instanceof ServiceError && error.cause instanceof Error ? error.cause : error;
    const reason = isGrpcDeadlineError(error) ? `no answer within ${TEMPORAL_DEADLINE_MS / 1000} s` : cause.message.split('\n')[0];
    return new ApplicationError(ApplicationErrorCode.Conflict, {
      th: 'ติดต่อระบบงาน (Temporal) ไม่ได้ กรุณาลองใหม่',
      en: `the workflow service is not reachable; try again (${reason})`,
    });
  }
  return error;
}
