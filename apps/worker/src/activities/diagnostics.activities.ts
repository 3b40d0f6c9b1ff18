import * as os from 'node:os';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { DiagnosticCompletion, DiagnosticsActivities } from '@prongsai/contracts';
import { DiagnosticRunEntity } from '@prongsai/persistence';
import { ApplicationFailure } from '@temporalio/activity';
import { Repository } from 'typeorm';

@Injectable()
export class DiagnosticsActivitiesService implements DiagnosticsActivities {
  constructor(@InjectRepository(DiagnosticRunEntity) private readonly runs: Repository<DiagnosticRunEntity>) {}

  /** Marks the run completed; a retry after success returns what was recorded the first time. */
  async recordDiagnosticCompletion(runId: string): Promise<DiagnosticCompletion> {
    const run = await this.runs.findOneBy({ id: runId });
    if (run === null) throw ApplicationFailure.nonRetryable(`diagnostic run ${runId} does not exist`, 'DiagnosticRunNotFound');
    if (run.status !== 'completed' || run.completedAt === null || run.completedBy === null) {
      run.status = 'completed';
      run.completedAt = new Date();
      run.completedBy = `${os.hostname()}/${process.pid}`;
      await this.runs.save(run);
    }
    return { completedAt: run.completedAt.toISOString(), completedBy: run.completedBy };
  }
}
