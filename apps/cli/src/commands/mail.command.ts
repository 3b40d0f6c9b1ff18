import { Command, Option } from 'commander';
import { OperatorError } from '@prongsai/config';
import { isMailTemplateName, MAIL_LANGUAGES, MAIL_TEMPLATE_NAMES, renderMail, sampleMailInput, type MailLanguage } from '@prongsai/mail';

const FORMATS = ['text', 'html', 'json'] as const;

interface PreviewOptions {
  lang: MailLanguage;
  format: (typeof FORMATS)[number];
}

/** `prongsai mail preview TEMPLATE [--lang th|en] [--format text|html|json]`: no database needed. */
export function registerMailCommands(program: Command): void {
  const mail = program.command('mail').description('mail Prongsai sends: notifications, reminders, escalations, digests');
  mail
    .command('preview')
    .description('render a mail template with sample data (อบต.สมัย, FY 2568)')
    .argument('<template>', `one of: ${MAIL_TEMPLATE_NAMES.join(', ')}`)
    .addOption(new Option('--lang <language>', "the reader's language").choices(MAIL_LANGUAGES).default('th'))
    .addOption(new Option('--format <format>', 'text: "Subject: …" and the text part; html: the HTML part; json: {subject, html, text}').choices(FORMATS).default('text'))
    .action((template: string, options: PreviewOptions) => {
      if (!isMailTemplateName(template)) throw new OperatorError(`unknown mail template "${template}"; choose one of: ${MAIL_TEMPLATE_NAMES.join(', ')}`);
      const rendered = renderMail(sampleMailInput(template, options.lang));
      if (options.format === 'json') process.stdout.write(`${JSON.stringify(rendered, null, 2)}\n`);
      else if (options.format === 'html') process.stdout.write(rendered.html);
      else process.stdout.write(`Subject: ${rendered.subject}\n\n${rendered.text}`);
    });
}
