import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { OperatorError, type AppConfig } from '@prongsai/config';
import { PRONGSAI_TASK_QUEUE } from '@prongsai/contracts';
import { APP_CONFIG } from '@prongsai/platform';
import { ensureSchedules, ensureSearchAttributes, temporalConnectionSettings, workflowSource } from '@prongsai/temporal';
import { Client } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { PinoLogger } from 'nestjs-pino';
import { ACTIVITY_SERVICES } from './activities/activities.module';
import { bindActivities } from './activities/bind-activities';

/** Runs the Temporal worker for as long as the Nest application context lives. */
@Injectable()
export class TemporalWorkerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private connection?: NativeConnection;
  private worker?: Worker;
  private running?: Promise<void>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly moduleRef: ModuleRef,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext(TemporalWorkerService.name);
  }

  async onApplicationBootstrap(): Promise<void> {
    const settings = temporalConnectionSettings(this.config.temporal);
    this.connection = await NativeConnection.connect(settings).catch((error: unknown) => {
      throw new OperatorError(`TEMPORAL_ADDRESS (${settings.address}): cannot connect: ${firstLine(error)}`, { cause: error });
    });
    const registered = await ensureSearchAttributes(this.connection.operatorService, this.config.temporal.namespace);
    if (registered.length > 0) this.logger.info({ registered }, 'registered the search attributes of the lifecycle workflows');
    this.worker = await Worker.create({
      connection: this.connection,
      namespace: this.config.temporal.namespace,
      taskQueue: PRONGSAI_TASK_QUEUE,
      ...workflowSource(),
      activities: bindActivities(ACTIVITY_SERVICES.map((service) => this.moduleRef.get(service, { strict: false }))),
    });
    this.running = this.worker.run().catch((error: unknown) => {
      this.logger.fatal({ err: error }, 'the Temporal worker stopped with an error');
      process.exitCode = 1;
      process.kill(process.pid, 'SIGTERM');
    });
    this.logger.info({ address: settings.address, taskQueue: PRONGSAI_TASK_QUEUE }, 'worker polling');
    await this.ensureSchedules(this.connection);
  }

  /**
   * Creates the schedules of the recurring jobs, or brings them up to date (a pause survives). A
   * failure is logged, not fatal: the lifecycles this worker runs do not depend on the schedules.
   */
  private async ensureSchedules(connection: NativeConnection): Promise<void> {
    try {
      const { created, updated } = await ensureSchedules(new Client({ connection, namespace: this.config.temporal.namespace }), PRONGSAI_TASK_QUEUE);
      this.logger.info({ created, updated }, 'schedules of the recurring jobs in place');
    } catch (error) {
      this.logger.error({ err: error }, 'could not create or update the schedules of the recurring jobs; they stay as they were until a worker starts again');
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.worker?.getState() === 'RUNNING') this.worker.shutdown();
    await this.running;
    await this.connection?.close();
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}
