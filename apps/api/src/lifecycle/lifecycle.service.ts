import { Injectable } from '@nestjs/common';
import { ApplicationError, ApplicationErrorCode, DelegationsService, FiscalYearsService, fiscalYearsCountingHoliday, lifecycleHolidays, lifecycleInputFor, MeasuresService, resolveReportEvidence } from '@prongsai/application';
import {
  DEFAULT_LIFECYCLE_POLICY,
  holidaysChangedSignal,
  LIFECYCLE_HUMAN_COMMAND_TYPES,
  lifecycleUpdates,
  MEASURE_LIFECYCLE_WORKFLOW,
  measureLifecycleWorkflowId,
  policyChangedSignal,
  PRONGSAI_TASK_QUEUE,
  type LifecyclePolicy,
  type LifecycleHumanCommandType,
  type MeasureLifecycleSnapshot,
} from '@prongsai/contracts';
import { LifecycleRejectionCode, type LifecycleRejectionReason } from '@prongsai/domain';
import { FiscalYearEntity, MeasureLifecycleEntity, PersonEntity, type MeasureEntity, type OrganizationEntity } from '@prongsai/persistence';
import { ApplicationFailure, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError, WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { DataSource, In, Not, type EntityManager } from 'typeorm';
import { evidenceDownloadPath } from '../evidence/evidence-file.dto';
import { TemporalClientProvider } from '../temporal/temporal-client.module';
import type { LifecycleActionDto } from './lifecycle-action.dto';

/** How long telling one running lifecycle of a new policy or new holidays may take before the change is refused. */
const SIGNAL_DEADLINE_MS = 5_000;

/** Starts measure lifecycles and passes people's actions to them as Updates; reads come from the read model. */
@Injectable()
export class LifecycleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly temporal: TemporalClientProvider,
  ) {}

  static isAction(action: string): action is LifecycleHumanCommandType {
    return (LIFECYCLE_HUMAN_COMMAND_TYPES as readonly string[]).includes(action);
  }

  /** Starts the lifecycle of every draft measure of the year (once) and submits each for plan approval. */
  async submitPlan(organization: OrganizationEntity, fiscalYearBe: number, person: PersonEntity): Promise<MeasureLifecycleSnapshot[]> {
    const measures = (await new MeasuresService(this.dataSource.manager).list(organization.id, { fiscalYearBe })).filter((m) => m.status === 'draft');
    if (measures.length === 0) {
      throw ApplicationError.invalid('fiscalYear', `ปีงบประมาณ ${fiscalYearBe} ไม่มีมาตรการที่เป็นร่าง`, `fiscal year ${fiscalYearBe} has no draft measures to submit`);
    }
    const snapshots: MeasureLifecycleSnapshot[] = [];
    for (const measure of measures) {
      await this.ensureStarted(measure);
      snapshots.push(await this.send(measure, 'submitPlan', {}, person));
    }
    return snapshots;
  }

  /** Sends one action; the answer is the lifecycle's new state, or the reason it was refused. */
  async act(
    organization: OrganizationEntity,
    measureId: string,
    action: LifecycleHumanCommandType,
    body: LifecycleActionDto,
    person: PersonEntity,
  ): Promise<MeasureLifecycleSnapshot> {
    return this.send(await new MeasuresService(this.dataSource.manager).get(organization.id, measureId), action, await this.withResolvedEvidence(organization, body), person);
  }

  /** A report's uploaded files checked against the organisation and given their download address. */
  private async withResolvedEvidence(organization: OrganizationEntity, body: LifecycleActionDto): Promise<LifecycleActionDto> {
    if (body.content?.evidence === undefined) return body;
    const evidence = await resolveReportEvidence(this.dataSource.manager, organization.id, body.content.evidence, {
      field: 'content.evidence',
      downloadPath: (file) => evidenceDownloadPath(organization.code, file.id),
    });
    return { ...body, content: { ...body.content, evidence } };
  }

  private async send(measure: MeasureEntity, action: LifecycleHumanCommandType, body: LifecycleActionDto, person: PersonEntity): Promise<MeasureLifecycleSnapshot> {
    const handle = this.temporal.client.workflow.getHandle(measureLifecycleWorkflowId(measure.organizationId, measure.fiscalYearBe, measure.id));
    const { onBehalfOfPersonId, ...fields } = body;
    const actor = await new DelegationsService(this.dataSource.manager).actorFor(measure.organizationId, person, onBehalfOfPersonId);
    try {
      // Update names are the command names (see lifecycleUpdates in the contracts).
      return await handle.executeUpdate<MeasureLifecycleSnapshot, [unknown]>(lifecycleUpdates[action].name, { args: [{ actor, ...fields }] });
    } catch (error) {
      throw refusal(error);
    }
  }

  /** The year's policy (the default until one is set). */
  async policy(organization: OrganizationEntity, fiscalYearBe: number): Promise<LifecyclePolicy> {
    return (await new FiscalYearsService(this.dataSource.manager).require(organization.id, fiscalYearBe, 'yearBe')).policy ?? DEFAULT_LIFECYCLE_POLICY;
  }

  /**
   * Sets the year's reminder and escalation policy: lifecycles started later read it at start, the
   * running ones get it by signal. Returns how many running lifecycles were told.
   */
  async setPolicy(organization: OrganizationEntity, fiscalYearBe: number, policy: LifecyclePolicy): Promise<{ policy: LifecyclePolicy; signalled: number }> {
    const year = await new FiscalYearsService(this.dataSource.manager).require(organization.id, fiscalYearBe, 'yearBe');
    for (const field of ['chiefAdministratorPersonId', 'chiefExecutivePersonId'] as const) {
      const personId = policy[field];
      if (personId && !(await this.dataSource.getRepository(PersonEntity).existsBy({ id: personId, organizationId: organization.id, role: 'executive', active: true }))) {
        throw ApplicationError.invalid(field, 'ต้องเป็นผู้บริหารขององค์กรที่ยังใช้งานอยู่', 'must be an active executive of this organisation');
      }
    }
    await this.dataSource.getRepository(FiscalYearEntity).update({ id: year.id }, { policy });
    const signalled = await this.signalRunning(organization, fiscalYearBe, (handle) => handle.signal(policyChangedSignal, policy));
    return { policy, signalled };
  }

  /**
   * Tells the running lifecycles of every fiscal year that counts working days around these dates
   * their holidays as `manager` sees them (call it inside the transaction that changes them, so
   * that a lifecycle out of reach undoes the change); returns how many were told.
   */
  async tellHolidays(organization: OrganizationEntity, dates: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<number> {
    let told = 0;
    for (const fiscalYearBe of [...new Set(dates.flatMap(fiscalYearsCountingHoliday))]) {
      const holidays = await lifecycleHolidays(manager, organization.id, fiscalYearBe);
      told += await this.signalRunning(organization, fiscalYearBe, (handle) => handle.signal(holidaysChangedSignal, holidays), manager);
    }
    return told;
  }

  /** Sends a signal to every lifecycle of the year still running (per the read model); returns how many got it. */
  private async signalRunning(
    organization: OrganizationEntity,
    fiscalYearBe: number,
    send: (handle: WorkflowHandle) => Promise<void>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number> {
    const running = await manager.findBy(MeasureLifecycleEntity, { organizationId: organization.id, fiscalYearBe, status: Not(In(['completed', 'cancelled'])) });
    let signalled = 0;
    for (const lifecycle of running) {
      try {
        // A person waits for the answer: out of reach is said after seconds, not after every retry.
        await this.temporal.connection.withDeadline(Date.now() + SIGNAL_DEADLINE_MS, () => send(this.temporal.client.workflow.getHandle(lifecycle.workflowId)));
        signalled += 1;
      } catch (error) {
        // A lifecycle that ended since the read model saw it needs nothing more.
        if (!(error instanceof WorkflowNotFoundError)) throw unavailable(error);
      }
    }
    return signalled;
  }

  /** The lifecycle as the read model last recorded it. */
  async snapshot(organization: OrganizationEntity, measureId: string): Promise<MeasureLifecycleSnapshot> {
    const row = await this.dataSource.getRepository(MeasureLifecycleEntity).findOneBy({ organizationId: organization.id, measureId });
    if (row === null) throw notSubmitted(ApplicationErrorCode.NotFound);
    return row.snapshot;
  }

  private async ensureStarted(measure: MeasureEntity): Promise<void> {
    const input = await lifecycleInputFor(this.dataSource.manager, measure);
    try {
      await this.temporal.client.workflow.start(MEASURE_LIFECYCLE_WORKFLOW, {
        workflowId: measureLifecycleWorkflowId(measure.organizationId, measure.fiscalYearBe, measure.id),
        taskQueue: PRONGSAI_TASK_QUEUE,
        args: [input],
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw unavailable(error);
    }
  }
}

/** What kind of refusal each lifecycle rule is, for the HTTP answer. */
const REFUSAL_CODES: Partial<Record<LifecycleRejectionCode, ApplicationErrorCode>> = {
  [LifecycleRejectionCode.NotAllowedForRole]: ApplicationErrorCode.Forbidden,
  [LifecycleRejectionCode.NotOwnerDivision]: ApplicationErrorCode.Forbidden,
  [LifecycleRejectionCode.SystemOnly]: ApplicationErrorCode.Forbidden,
  [LifecycleRejectionCode.MissingText]: ApplicationErrorCode.Invalid,
  [LifecycleRejectionCode.InvalidContent]: ApplicationErrorCode.Invalid,
  [LifecycleRejectionCode.InvalidDate]: ApplicationErrorCode.Invalid,
  [LifecycleRejectionCode.UnknownPeriod]: ApplicationErrorCode.Invalid,
  [LifecycleRejectionCode.UnknownDivision]: ApplicationErrorCode.Invalid,
};

/** A refused Update carries the rule's reason (code, Thai, English) as the failure's details. */
function refusal(error: unknown): Error {
  if (error instanceof WorkflowNotFoundError) return notSubmitted(ApplicationErrorCode.Conflict);
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
    const reason = error.cause.details?.[0] as LifecycleRejectionReason | undefined;
    if (reason?.code) return new ApplicationError(REFUSAL_CODES[reason.code] ?? ApplicationErrorCode.Conflict, { th: reason.th, en: reason.en });
  }
  return unavailable(error);
}

function notSubmitted(code: ApplicationErrorCode): ApplicationError {
  return new ApplicationError(code, { th: 'มาตรการนี้ยังไม่ได้เสนอแผน', en: 'this measure has not been submitted for plan approval yet' });
}

function unavailable(error: unknown): Error {
  if (error instanceof ApplicationError) return error;
  return new ApplicationError(ApplicationErrorCode.Conflict, {
    th: 'ติดต่อระบบงาน (Temporal) ไม่ได้ กรุณาลองใหม่',
    en: `the workflow service is not reachable; try again (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
  });
}
