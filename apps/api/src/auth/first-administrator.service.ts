import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { ApplicationError, PeopleService } from '@prongsai/application';
import type { AppConfig } from '@prongsai/config';
import { PersonEntity } from '@prongsai/persistence';
import { APP_CONFIG } from '@prongsai/platform';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';

/**
 * At the first start nobody can sign in: create the installation's administrator from
 * PRONGSAI_ADMIN_EMAIL / PRONGSAI_ADMIN_PASSWORD, or with a one-time password printed once.
 */
@Injectable()
export class FirstAdministratorService implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext(FirstAdministratorService.name);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (await this.dataSource.manager.existsBy(PersonEntity, { role: 'system_admin' })) return;
    const { email, password } = this.config.firstAdmin;
    try {
      const created = await new PeopleService(this.dataSource.manager).add({
        organizationId: null,
        email,
        displayName: 'ผู้ดูแลระบบ',
        role: 'system_admin',
        password,
      });
      if (password === undefined) {
        this.logger.warn(
          { email },
          `first administrator created: sign in as ${email} with the one-time password ${created.password} (you will be asked to change it)`,
        );
      } else {
        this.logger.info({ email }, 'first administrator created from PRONGSAI_ADMIN_EMAIL / PRONGSAI_ADMIN_PASSWORD');
      }
    } catch (error) {
      // Another API instance created it at the same moment.
      if (!(error instanceof ApplicationError && error.field === 'email')) throw error;
    }
  }
}
