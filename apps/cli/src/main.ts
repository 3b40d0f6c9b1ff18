import 'reflect-metadata';
import { Command } from 'commander';
import { ApplicationError } from '@prongsai/application';
import { OperatorError, runOrExitWithOneLine } from '@prongsai/config';
import { ImportError } from '@prongsai/importer';
import { registerDemoCommand } from './commands/demo.command';
import { registerDoctorCommand } from './commands/doctor.command';
import { registerImportCommand } from './commands/import.command';
import { registerMailCommands } from './commands/mail.command';
import { registerMigrateCommand } from './commands/migrate.command';
import { registerOrgCommands } from './commands/org.command';
import { registerReportCommand } from './commands/report.command';
import { registerScheduleCommands } from './commands/schedules.command';
import { registerUserCommands } from './commands/user.command';

const program = new Command('prongsai')
  .description('Prongsai (โปร่งใส) administration')
  .version('0.1.0')
  .showHelpAfterError();
registerMigrateCommand(program);
registerDoctorCommand(program);
registerUserCommands(program);
registerOrgCommands(program);
registerImportCommand(program);
registerDemoCommand(program);
registerReportCommand(program);
registerMailCommands(program);
registerScheduleCommands(program);

void runOrExitWithOneLine('prongsai', async () => {
  try {
    await program.parseAsync(process.argv);
  } catch (error) {
    // A rule of the application (duplicate email, unknown organisation, unreadable file…): one line.
    if (error instanceof ImportError) throw new OperatorError(`${error.messageEn} / ${error.messageTh}`);
    if (!(error instanceof ApplicationError)) throw error;
    throw new OperatorError(`${error.field ? `${error.field}: ` : ''}${error.messages.en} / ${error.messages.th}`);
  }
});
