import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ApplicationErrorFilter } from '../common/application-error.filter';
import { AuthController } from './auth.controller';
import { FirstAdministratorService } from './first-administrator.service';
import { SessionGuard } from './session.guard';

@Module({
  controllers: [AuthController],
  providers: [
    FirstAdministratorService,
    { provide: APP_GUARD, useClass: SessionGuard },
    { provide: APP_FILTER, useClass: ApplicationErrorFilter },
  ],
})
export class AuthModule {}
