import { randomUUID } from 'node:crypto';
import { Injectable, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DIAGNOSTIC_ROUND_TRIP_WORKFLOW, diagnosticRoundTripWorkflowId, PRONGSAI_TASK_QUEUE } from '@prongsai/contracts';
import { DiagnosticRunEntity } from '@prongsai/persistence';
import { Repository } from 'typeorm';
import { TemporalClientProvider } from '../temporal/temporal-client.module';
import { DiagnosticRunDto } from './dto/diagnostic-run.dto';

@Injectable()
export class DiagnosticsService {
  constructor(
    @InjectRepository(DiagnosticRunEntity) private readonly runs: Repository<DiagnosticRunEntity>,
    private readonly temporal: TemporalClientProvider,
  ) {}

  /** Records a new run and starts its workflow; when Temporal refuses, the run is not kept. */
  async startRoundTrip(): Promise<DiagnosticRunDto> {
    const run = await this.runs.save(
      this.runs.create({ id: randomUUID(), status: 'started', requestedAt: new Date(), completedAt: null, completedBy: null }),
    );
    try {
      await this.temporal.client.workflow.start(DIAGNOSTIC_ROUND_TRIP_WORKFLOW, {
        workflowId: diagnosticRoundTripWorkflowId(run.id),
        taskQueue: PRONGSAI_TASK_QUEUE,
        args: [{ runId: run.id }],
      });
    } catch (error) {
      await this.runs.delete({ id: run.id });
      throw new ServiceUnavailableException({
        message: 'Temporal is not reachable; nothing was started. Try again when /health/ready is ok.',
        messageTh: 'ติดต่อ Temporal ไม่ได้ จึงยังไม่ได้เริ่มงานใด ๆ กรุณาลองใหม่เมื่อ /health/ready พร้อม',
        cause: error instanceof Error ? error.message : String(error),
      });
    }
    return DiagnosticRunDto.from(run);
  }

  async findRun(id: string): Promise<DiagnosticRunDto> {
    const run = await this.runs.findOneBy({ id });
    if (run === null) {
      throw new NotFoundException({ message: `No diagnostic run ${id}`, messageTh: `ไม่พบการทดสอบระบบรหัส ${id}` });
    }
    return DiagnosticRunDto.from(run);
  }
}
