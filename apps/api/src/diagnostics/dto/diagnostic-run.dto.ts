import { ApiProperty } from '@nestjs/swagger';
import type { DiagnosticRunEntity, DiagnosticRunStatus } from '@prongsai/persistence';

export class DiagnosticRunDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ['started', 'completed'] })
  status: DiagnosticRunStatus;

  @ApiProperty({ format: 'date-time' })
  requestedAt: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  completedAt: string | null;

  @ApiProperty({ nullable: true, type: String, description: 'host/pid of the worker that recorded the completion' })
  completedBy: string | null;

  static from(run: DiagnosticRunEntity): DiagnosticRunDto {
    return {
      id: run.id,
      status: run.status,
      requestedAt: run.requestedAt.toISOString(),
      completedAt: run.completedAt?.toISOString() ?? null,
      completedBy: run.completedBy,
    };
  }
}
