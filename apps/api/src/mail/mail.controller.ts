import { Controller, Get, Inject, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApplicationError, MailOutboxService } from '@prongsai/application';
import type { AppConfig } from '@prongsai/config';
import { isMailLanguage, isMailTemplateName, MAIL_LANGUAGES, MAIL_TEMPLATE_NAMES, renderMail, sampleMailInput, type MailInput, type MailTemplateName, type RenderedMail } from '@prongsai/mail';
import { MailOutboxEntity, type MailOutboxStatus, type PersonEntity } from '@prongsai/persistence';
import { APP_CONFIG } from '@prongsai/platform';
import { DataSource, type FindOptionsWhere } from 'typeorm';
import { CurrentPerson } from '../auth/current-person.decorator';
import { OrganizationAccess } from '../tenancy/organization-access.service';

const STATUSES: readonly MailOutboxStatus[] = ['pending', 'sent', 'failed', 'digest', 'digested'];

/** One outbox mail as lists show it. */
export interface OutboxMailView {
  id: string;
  to: string;
  subject: string;
  kind: string;
  status: MailOutboxStatus;
  transport: string | null;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

/**
 * Mail: the administrator's view of the outbox (what was sent, what failed and why), and in
 * embedded mode (no SMTP_URL) the local mailbox that stands in for people's inboxes.
 */
@ApiTags('mail')
@Controller()
export class MailController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: OrganizationAccess,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('orgs/:org/mail/outbox')
  async outbox(@CurrentPerson() person: PersonEntity, @Param('org') code: string, @Query('status') status?: string): Promise<OutboxMailView[]> {
    const organization = await this.access.forAdministration(person, code);
    const wanted = status === undefined || status === '' ? undefined : status.split(',');
    const unknown = wanted?.find((s) => !STATUSES.includes(s as MailOutboxStatus));
    if (unknown !== undefined) throw ApplicationError.invalid('status', `ไม่รู้จักสถานะ "${unknown}" (ใช้ ${STATUSES.join(', ')})`, `unknown status "${unknown}" (use ${STATUSES.join(', ')})`);
    return (await new MailOutboxService(this.dataSource.manager, this.config.publicBaseUrl).list(organization.id, { status: wanted as MailOutboxStatus[] | undefined })).map(view);
  }

  /** Every mail template, for the preview. */
  @Get('mail/templates')
  templates(): { templates: readonly MailTemplateName[]; languages: readonly string[] } {
    return { templates: MAIL_TEMPLATE_NAMES, languages: MAIL_LANGUAGES };
  }

  /** A template rendered with sample data (an อบต. in Lampang), as the mail would read. */
  @Get('mail/templates/:name/preview')
  preview(@Param('name') name: string, @Query('lang') lang = 'th'): RenderedMail {
    if (!isMailTemplateName(name)) throw ApplicationError.notFound(`ไม่มีแม่แบบจดหมาย "${name}" (มี ${MAIL_TEMPLATE_NAMES.join(', ')})`, `no mail template "${name}" (there are ${MAIL_TEMPLATE_NAMES.join(', ')})`, 'name');
    if (!isMailLanguage(lang)) throw ApplicationError.invalid('lang', 'ภาษาต้องเป็น th หรือ en', 'lang must be th or en');
    return renderMail(sampleMailInput(name, lang));
  }

  /** The local mailbox: mail "delivered" while no SMTP_URL is set. Administrators see their organisation's, others their own. */
  @Get('dev/mailbox')
  async mailbox(@CurrentPerson() person: PersonEntity): Promise<OutboxMailView[]> {
    this.assertEmbedded();
    const rows = await this.dataSource.getRepository(MailOutboxEntity).find({ where: this.visibleTo(person), order: { createdAt: 'DESC' }, take: 500 });
    return rows.map(view);
  }

  @Get('dev/mailbox/:id')
  async mail(@CurrentPerson() person: PersonEntity, @Param('id', new ParseUUIDPipe()) id: string): Promise<OutboxMailView & { html: string; text: string }> {
    this.assertEmbedded();
    const row = await this.dataSource.getRepository(MailOutboxEntity).findOneBy({ ...this.visibleTo(person), id });
    if (row === null) throw ApplicationError.notFound('ไม่พบจดหมายนี้', 'no such mail');
    const { html, text } = renderMail(row.input as MailInput);
    return { ...view(row), html, text };
  }

  private assertEmbedded(): void {
    if (this.config.smtpUrl) throw ApplicationError.notFound('ตั้ง SMTP_URL ไว้ จดหมายจึงส่งออกจริง ไม่มีกล่องจดหมายในเครื่อง', 'SMTP_URL is set, so mail really leaves: there is no local mailbox');
  }

  private visibleTo(person: PersonEntity): FindOptionsWhere<MailOutboxEntity> {
    const delivered = { transport: 'mailbox' as const, status: 'sent' as const };
    if (person.role === 'system_admin') return delivered;
    if (person.role === 'admin' && person.organizationId) return { ...delivered, organizationId: person.organizationId };
    return { ...delivered, recipientPersonId: person.id };
  }
}

function view(row: MailOutboxEntity): OutboxMailView {
  return {
    id: row.id,
    to: row.recipientEmail,
    subject: row.subject,
    kind: row.kind,
    status: row.status,
    transport: row.transport,
    attempts: row.attempts,
    lastError: row.lastError,
    createdAt: row.createdAt,
    sentAt: row.sentAt,
  };
}
