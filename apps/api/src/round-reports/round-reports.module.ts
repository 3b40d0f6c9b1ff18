import { Module } from '@nestjs/common';
import { PublicController } from './public.controller';
import { RoundReportsController } from './round-reports.controller';

@Module({ controllers: [RoundReportsController, PublicController] })
export class RoundReportsModule {}
