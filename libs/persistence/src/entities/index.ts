import { DelegationEntity } from './delegation.entity';
import { DiagnosticRunEntity } from './diagnostic-run.entity';
import { DivisionEntity } from './division.entity';
import { EvidenceFileEntity } from './evidence-file.entity';
import { FiscalYearEntity } from './fiscal-year.entity';
import { HolidayEntity } from './holiday.entity';
import { ImportBatchEntity } from './import-batch.entity';
import { ItaCatalogEntryEntity } from './ita-catalog-entry.entity';
import { LifecycleNotificationEntity } from './lifecycle-notification.entity';
import { MailOutboxEntity } from './mail-outbox.entity';
import { MeasureLifecycleEntity } from './measure-lifecycle.entity';
import { MeasureOwnerEntity } from './measure-owner.entity';
import { MeasureStepEntity } from './measure-step.entity';
import { MeasureEntity } from './measure.entity';
import { OrganizationEntity } from './organization.entity';
import { PersonEntity } from './person.entity';
import { RoundReportEntity, RoundReportFileEntity } from './round-report.entity';
import { SessionEntity } from './session.entity';

export { DelegationEntity } from './delegation.entity';
export { DiagnosticRunEntity, type DiagnosticRunStatus } from './diagnostic-run.entity';
export { DivisionEntity } from './division.entity';
export { EvidenceFileEntity } from './evidence-file.entity';
export { FiscalYearEntity } from './fiscal-year.entity';
export { HolidayEntity } from './holiday.entity';
export { ImportBatchEntity } from './import-batch.entity';
export { ItaCatalogEntryEntity, type ItaTool } from './ita-catalog-entry.entity';
export { LifecycleNotificationEntity } from './lifecycle-notification.entity';
export { MailOutboxEntity, type MailOutboxStatus } from './mail-outbox.entity';
export { MeasureLifecycleEntity } from './measure-lifecycle.entity';
export { MeasureOwnerEntity } from './measure-owner.entity';
export { MeasureStepEntity } from './measure-step.entity';
export { MeasureEntity } from './measure.entity';
export { OrganizationEntity } from './organization.entity';
export { PersonEntity } from './person.entity';
export { RoundReportEntity, RoundReportFileEntity, type RoundReportStatus } from './round-report.entity';
export { SessionEntity } from './session.entity';

/** Every entity, listed once for the DataSource of the API, the worker and the CLI. */
export const ALL_ENTITIES = [
  DiagnosticRunEntity,
  OrganizationEntity,
  DivisionEntity,
  PersonEntity,
  SessionEntity,
  FiscalYearEntity,
  HolidayEntity,
  ItaCatalogEntryEntity,
  MeasureEntity,
  MeasureStepEntity,
  MeasureOwnerEntity,
  ImportBatchEntity,
  MeasureLifecycleEntity,
  LifecycleNotificationEntity,
  DelegationEntity,
  EvidenceFileEntity,
  MailOutboxEntity,
  RoundReportEntity,
  RoundReportFileEntity,
];
