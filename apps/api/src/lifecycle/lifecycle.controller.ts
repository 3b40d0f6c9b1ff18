import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseIntPipe, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApplicationError, assertMayReadMeasure, DelegationsService, inboxWithStandIns, mayReadMeasure, MeasuresService, type InboxItem } from '@prongsai/application';
import type { LifecyclePolicy, MeasureLifecycleSnapshot } from '@prongsai/contracts';
import { bangkokDateOf } from '@prongsai/domain';
import { MeasureEntity, MeasureLifecycleEntity, type PersonEntity } from '@prongsai/persistence';
import { DataSource } from 'typeorm';
import { CurrentPerson } from '../auth/current-person.decorator';
import { OrganizationAccess } from '../tenancy/organization-access.service';
import { BulkSignOffDto, LifecycleActionDto, LifecyclePolicyDto } from './lifecycle-action.dto';
import { LifecycleService } from './lifecycle.service';

/**
 * The measure lifecycle: submit the year's plan, act on a measure (approve, acknowledge, report,
 * review, sign off, cancel…), see one's inbox. Every action answers with the new state.
 */
@ApiTags('lifecycle')
@Controller('orgs/:org')
export class LifecycleController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: OrganizationAccess,
    private readonly lifecycle: LifecycleService,
  ) {}

  /** The coordinator submits every draft measure of the year for the executive's approval. */
  @Post('fiscal-years/:yearBe/plan/submit')
  @HttpCode(HttpStatus.OK)
  async submitPlan(@CurrentPerson() person: PersonEntity, @Param('org') code: string, @Param('yearBe', ParseIntPipe) yearBe: number): Promise<MeasureLifecycleSnapshot[]> {
    const organization = await this.access.forAdministration(person, code);
    return this.lifecycle.submitPlan(organization, yearBe, person);
  }

  @Get('fiscal-years/:yearBe/policy')
  async policy(@CurrentPerson() person: PersonEntity, @Param('org') code: string, @Param('yearBe', ParseIntPipe) yearBe: number): Promise<LifecyclePolicy> {
    const organization = await this.access.forReading(person, code);
    return this.lifecycle.policy(organization, yearBe);
  }

  /** The administrator sets when owners are reminded and when overdue work escalates. */
  @Put('fiscal-years/:yearBe/policy')
  async setPolicy(
    @CurrentPerson() person: PersonEntity,
    @Param('org') code: string,
    @Param('yearBe', ParseIntPipe) yearBe: number,
    @Body() body: LifecyclePolicyDto,
  ): Promise<{ policy: LifecyclePolicy; signalled: number }> {
    const organization = await this.access.forAdministration(person, code);
    return this.lifecycle.setPolicy(organization, yearBe, body);
  }

  @Get('measures/:id/lifecycle')
  async snapshot(@CurrentPerson() person: PersonEntity, @Param('org') code: string, @Param('id', new ParseUUIDPipe()) id: string): Promise<MeasureLifecycleSnapshot> {
    const organization = await this.access.forReading(person, code);
    assertMayReadMeasure(person, await new MeasuresService(this.dataSource.manager).get(organization.id, id), await this.standingInFor(organization.id, person));
    return this.lifecycle.snapshot(organization, id);
  }

  /** One action on one measure; the workflow's rules decide who may do what, and say why not. */
  @Post('measures/:id/lifecycle/:action')
  @HttpCode(HttpStatus.OK)
  async act(
    @CurrentPerson() person: PersonEntity,
    @Param('org') code: string,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('action') action: string,
    @Body() body: LifecycleActionDto,
  ): Promise<MeasureLifecycleSnapshot> {
    if (!LifecycleService.isAction(action)) throw ApplicationError.notFound(`ไม่รู้จักการดำเนินการ "${action}"`, `no such action "${action}"`, 'action');
    const organization = await this.access.forActing(person, code);
    return this.lifecycle.act(organization, id, action, body, person);
  }

  /** The executive signs off several accepted reports at once; each item says how it went. */
  @Post('sign-off')
  @HttpCode(HttpStatus.OK)
  async bulkSignOff(
    @CurrentPerson() person: PersonEntity,
    @Param('org') code: string,
    @Body() body: BulkSignOffDto,
  ): Promise<{ measureId: string; periodKey: string; ok: boolean; message?: string; messageTh?: string }[]> {
    const organization = await this.access.forActing(person, code);
    const results = [];
    for (const item of body.items) {
      try {
        await this.lifecycle.act(organization, item.measureId, 'signOff', { periodKey: item.periodKey, onBehalfOfPersonId: body.onBehalfOfPersonId }, person);
        results.push({ ...item, ok: true });
      } catch (error) {
        if (!(error instanceof ApplicationError)) throw error;
        results.push({ ...item, ok: false, message: error.messages.en, messageTh: error.messages.th });
      }
    }
    return results;
  }

  /**
   * The signed-in person's tasks: overdue, returned to them, due, waiting for them; then those of
   * whoever they stand in for today (marked `onBehalfOf`); each with its measure's number and title.
   */
  @Get('inbox')
  @ApiOkResponse({ description: 'tasks across measures, overdue first' })
  async inbox(@CurrentPerson() person: PersonEntity, @Param('org') code: string): Promise<(InboxItem & { measureNo: number; measureTitle: string; fiscalYearBe: number })[]> {
    const organization = await this.access.forReading(person, code);
    const rows = await this.dataSource.getRepository(MeasureLifecycleEntity).findBy({ organizationId: organization.id });
    const items = inboxWithStandIns(person, await this.standingInFor(organization.id, person), rows.map((row) => row.snapshot), bangkokDateOf(new Date().toISOString()));
    const measures = new Map((await this.dataSource.getRepository(MeasureEntity).findBy({ organizationId: organization.id })).map((measure) => [measure.id, measure]));
    return items.flatMap((item) => {
      const measure = measures.get(item.measureId);
      return measure ? [{ ...item, measureNo: measure.no, measureTitle: measure.title, fiscalYearBe: measure.fiscalYearBe }] : [];
    });
  }

  /** The lifecycles of a fiscal year the person may read (from the read model): for queues and the measure list. */
  @Get('fiscal-years/:yearBe/lifecycles')
  async lifecycles(@CurrentPerson() person: PersonEntity, @Param('org') code: string, @Param('yearBe', ParseIntPipe) yearBe: number): Promise<MeasureLifecycleSnapshot[]> {
    const organization = await this.access.forReading(person, code);
    const measures = await new MeasuresService(this.dataSource.manager).list(organization.id, { fiscalYearBe: yearBe });
    const standingInFor = await this.standingInFor(organization.id, person);
    const readable = new Set(measures.filter((measure) => mayReadMeasure(person, measure, standingInFor)).map((measure) => measure.id));
    const rows = await this.dataSource.getRepository(MeasureLifecycleEntity).findBy({ organizationId: organization.id, fiscalYearBe: yearBe });
    return rows.filter((row) => readable.has(row.measureId)).map((row) => row.snapshot);
  }

  private standingInFor(organizationId: string, person: PersonEntity): Promise<PersonEntity[]> {
    return new DelegationsService(this.dataSource.manager).peopleStoodInForToday(organizationId, person.id);
  }
}
