import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import type { AppConfig } from '@prongsai/config';
import { APP_CONFIG } from '@prongsai/platform';
import { temporalConnectionSettings } from '@prongsai/temporal';
import { Client, Connection } from '@temporalio/client';

/**
 * The API's Temporal client. The connection is lazy, so the API starts (and says "not ready" on
 * /health/ready) while Temporal is still coming up or briefly away.
 */
@Injectable()
export class TemporalClientProvider implements OnApplicationShutdown {
  readonly connection: Connection;
  readonly client: Client;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.connection = Connection.lazy(temporalConnectionSettings(config.temporal));
    this.client = new Client({ connection: this.connection, namespace: config.temporal.namespace });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
  }
}

@Global()
@Module({ providers: [TemporalClientProvider], exports: [TemporalClientProvider] })
export class TemporalClientModule {}
