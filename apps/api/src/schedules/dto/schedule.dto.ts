import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ScheduleView } from '@prongsai/contracts';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class ScheduleDescriptionDto {
  @ApiProperty({ example: 'สรุปงานประจำวันทางอีเมล (ผู้ที่เลือกรับแบบสรุปรายวัน)' }) th: string;
  @ApiProperty({ example: 'Daily digest mail (for people who chose the digest)' }) en: string;
}

export class ScheduleRunDto {
  @ApiProperty({ format: 'date-time', description: 'when the calendar said to run' }) scheduledAt: string;
  @ApiProperty({ format: 'date-time', description: 'when Temporal started the workflow' }) startedAt: string;
  @ApiProperty({ example: 'prongsai-daily-digest-2025-04-14T00:00:00Z' }) workflowId: string;
}

/** One recurring job (a Temporal Schedule) as the system administrator sees it. */
export class ScheduleViewDto implements ScheduleView {
  @ApiProperty({ example: 'prongsai-daily-digest' }) id: string;
  @ApiProperty({ example: 'dailyDigestWorkflow' }) workflowType: string;
  @ApiProperty({ type: ScheduleDescriptionDto }) description: ScheduleDescriptionDto;
  @ApiProperty() paused: boolean;
  @ApiProperty({ nullable: true, type: String, description: 'why it was paused or unpaused' }) note: string | null;
  @ApiProperty({ type: [String], format: 'date-time', description: 'the next times of its calendar (Asia/Bangkok), at most 3' }) nextRuns: string[];
  @ApiProperty({ type: [ScheduleRunDto], description: 'the latest runs, newest first, at most 5' }) recentRuns: ScheduleRunDto[];
  @ApiProperty({ description: 'defined but not in Temporal yet: the worker creates it when it starts' }) missing: boolean;
}

export class ScheduleNoteDto {
  @ApiPropertyOptional({ example: 'งดส่งสรุปช่วงสงกรานต์', description: 'why; shown with the schedule' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}
