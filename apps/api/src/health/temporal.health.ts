import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { TemporalClientProvider } from '../temporal/temporal-client.module';

/** Temporal is ready when its frontend answers the gRPC health check. */
@Injectable()
export class TemporalHealthIndicator {
  constructor(
    private readonly temporal: TemporalClientProvider,
    private readonly health: HealthIndicatorService,
  ) {}

  check(key: string) {
    return this.health
      .check(key)
      .attempt(async ({ signal }) => {
        // Not ensureConnected(): a lazy connection remembers its first failure for good.
        await this.temporal.connection.withAbortSignal(signal, () => this.temporal.connection.healthService.check({}));
      })
      .withTimeout(3000);
  }
}
