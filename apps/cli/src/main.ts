import 'reflect-metadata';
import { Command } from 'commander';
import { runOrExitWithOneLine } from '@prongsai/config';
import { registerDoctorCommand } from './commands/doctor.command';
import { registerMigrateCommand } from './commands/migrate.command';

const program = new Command('prongsai')
  .description('Prongsai (โปร่งใส) administration')
  .version('0.1.0')
  .showHelpAfterError();
registerMigrateCommand(program);
registerDoctorCommand(program);

void runOrExitWithOneLine('prongsai', async () => {
  await program.parseAsync(process.argv);
});
