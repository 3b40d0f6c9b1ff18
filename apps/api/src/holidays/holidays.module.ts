import { Module } from '@nestjs/common';
import { LifecycleModule } from '../lifecycle/lifecycle.module';
import { HolidaysController } from './holidays.controller';

@Module({ imports: [LifecycleModule], controllers: [HolidaysController] })
export class HolidaysModule {}
