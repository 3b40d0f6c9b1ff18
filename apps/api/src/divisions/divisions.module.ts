import { Module } from '@nestjs/common';
import { DivisionsController } from './divisions.controller';

@Module({ controllers: [DivisionsController] })
export class DivisionsModule {}
