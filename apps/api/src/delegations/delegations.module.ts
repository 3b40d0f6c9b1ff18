import { Module } from '@nestjs/common';
import { DelegationsController } from './delegations.controller';

@Module({ controllers: [DelegationsController] })
export class DelegationsModule {}
