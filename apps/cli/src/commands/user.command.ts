import { Command, Option } from 'commander';
import { OrganizationsService, PeopleService } from '@prongsai/application';
import { OperatorError } from '@prongsai/config';
import { ROLES, type Role } from '@prongsai/domain';
import { DivisionEntity } from '@prongsai/persistence';
import { withDatabase } from '../with-database';

interface AddOptions {
  email: string;
  name: string;
  role: Role;
  org?: string;
  division?: string;
  province?: string;
  position?: string;
  password?: string;
}

/** `prongsai user add …` and `prongsai user passwd EMAIL`. */
export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('people who sign in');

  user
    .command('add')
    .description('add a person; without --password a one-time password is printed')
    .requiredOption('--email <email>', 'sign-in email')
    .requiredOption('--name <name>', 'display name, e.g. "นางสาวสมใจ ใจดี"')
    .addOption(new Option('--role <role>', 'role').choices(ROLES).makeOptionMandatory())
    .option('--org <code>', 'organisation code (every role but system_admin and oversight)')
    .option('--division <name>', 'division name (division_head and officer)')
    .option('--province <province>', 'province (oversight)')
    .option('--position <position>', 'position, e.g. นิติกร')
    .option('--password <password>', 'initial password (at least 10 characters)')
    .action(async (options: AddOptions) => {
      await withDatabase(async (dataSource) => {
        const created = await dataSource.transaction(async (manager) => {
          const organization = options.org ? await new OrganizationsService(manager).findByCode(options.org) : null;
          const division =
            organization && options.division
              ? await manager.findOneBy(DivisionEntity, { organizationId: organization.id, name: options.division })
              : null;
          if (options.division && division === null) throw new OperatorError(`--division: no division "${options.division}" in ${options.org ?? '(no --org)'}`);
          return new PeopleService(manager).add({
            organizationId: organization?.id ?? null,
            email: options.email,
            displayName: options.name,
            role: options.role,
            divisionId: division?.id,
            province: options.province,
            position: options.position,
            password: options.password,
          });
        });
        process.stdout.write(`added ${created.person.email} (${created.person.role})\n`);
        if (options.password === undefined) process.stdout.write(`one-time password: ${created.password}\n`);
      });
    });

  user
    .command('passwd')
    .description('set a new password; without --password a one-time password is printed')
    .argument('<email>', 'sign-in email')
    .option('--password <password>', 'the new password (at least 10 characters)')
    .action(async (email: string, options: { password?: string }) => {
      await withDatabase(async (dataSource) => {
        const { password } = await new PeopleService(dataSource.manager).setPassword(email, options.password);
        process.stdout.write(options.password === undefined ? `one-time password for ${email}: ${password}\n` : `password of ${email} changed\n`);
      });
    });
}
