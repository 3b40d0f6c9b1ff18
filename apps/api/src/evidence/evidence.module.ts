import * as path from 'node:path';
import { Module } from '@nestjs/common';
import { EvidenceFilesService } from '@prongsai/application';
import type { AppConfig } from '@prongsai/config';
import { APP_CONFIG } from '@prongsai/platform';
import { DataSource } from 'typeorm';
import { EvidenceController } from './evidence.controller';

/** Evidence files live in `<DATA_DIR>/evidence`, beside the embedded database. */
@Module({
  controllers: [EvidenceController],
  providers: [
    {
      provide: EvidenceFilesService,
      useFactory: (dataSource: DataSource, config: AppConfig) => new EvidenceFilesService(dataSource.manager, path.join(config.dataDir, 'evidence')),
      inject: [DataSource, APP_CONFIG],
    },
  ],
})
export class EvidenceModule {}
