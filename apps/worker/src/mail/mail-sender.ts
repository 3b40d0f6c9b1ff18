import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { AppConfig } from '@prongsai/config';
import { APP_CONFIG } from '@prongsai/platform';
import nodemailer, { type Transporter } from 'nodemailer';

/** A rendered mail to one person. */
export interface OutgoingMail {
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Stable per outbox row, so a mail server can tell a repeat from a new mail. */
  messageId: string;
}

/** A delivery that failed; `permanent` when trying again cannot help (address refused: 5xx). */
export class MailDeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'MailDeliveryError';
  }
}

/**
 * Hands mail to the SMTP relay of `SMTP_URL` over a small pool of connections, or, with no
 * `SMTP_URL`, to nobody: the embedded local mailbox is the outbox itself ('mailbox').
 */
@Injectable()
export class MailSender implements OnApplicationShutdown {
  private transporter?: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'smtpUrl' | 'mailFrom'>) {}

  get transport(): 'smtp' | 'mailbox' {
    return this.config.smtpUrl ? 'smtp' : 'mailbox';
  }

  /** Delivers the mail, or throws {@link MailDeliveryError}. */
  async send(mail: OutgoingMail): Promise<void> {
    if (this.transport === 'mailbox') return;
    this.transporter ??= nodemailer.createTransport({ url: this.config.smtpUrl, pool: true, maxConnections: 3 });
    try {
      await this.transporter.sendMail({ from: this.config.mailFrom, to: mail.to, subject: mail.subject, html: mail.html, text: mail.text, messageId: mail.messageId });
    } catch (error) {
      const { responseCode, response, message } = error as { responseCode?: number; response?: string; message?: string };
      throw new MailDeliveryError(response ?? message ?? String(error), responseCode !== undefined && responseCode >= 500 && responseCode < 600);
    }
  }

  onApplicationShutdown(): void {
    this.transporter?.close();
  }
}
