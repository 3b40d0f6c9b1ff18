import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Command } from 'commander';
import { PeopleService, PlanImportService } from '@prongsai/application';
import type { Role } from '@prongsai/domain';
import { parsePlanDocument } from '@prongsai/importer';
import { DivisionEntity } from '@prongsai/persistence';
import { withDatabase } from '../with-database';

/** The published FY 2568 report of อบต.สมัย (Lampang), shipped with Prongsai as demo data. */
const DEMO_DOCUMENT = path.resolve(__dirname, '../../../../../apps/cli/demo/samai-fy2568-report.txt');
const DEMO_DOMAIN = 'demo.prongsai.local';

interface DemoPerson {
  email: string;
  displayName: string;
  position: string;
  role: Role;
  division?: string;
}

const DEMO_PEOPLE: DemoPerson[] = [
  { email: `admin@${DEMO_DOMAIN}`, displayName: 'นางสาวใจดี ประสานงาน', position: 'นิติกร', role: 'admin' },
  { email: `mayor@${DEMO_DOMAIN}`, displayName: 'นายสมชาย นายกดี', position: 'นายกองค์การบริหารส่วนตำบล', role: 'executive' },
  { email: `palad@${DEMO_DOMAIN}`, displayName: 'นางสมศรี ปลัดดี', position: 'ปลัดองค์การบริหารส่วนตำบล', role: 'executive' },
  { email: `head@${DEMO_DOMAIN}`, displayName: 'นายสมหมาย หัวหน้าดี', position: 'หัวหน้าสำนักปลัด', role: 'division_head', division: 'สำนักปลัด' },
  { email: `officer@${DEMO_DOMAIN}`, displayName: 'นางสาวสมใจ ทำงานดี', position: 'เจ้าพนักงานธุรการ', role: 'officer', division: 'สำนักปลัด' },
];

/** `prongsai demo`: a demo organisation to click around in at once. */
export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('load a demo organisation (อบต.สมัย, FY 2568): divisions, one person per role, the measures of a real report')
    .action(async () => {
      await withDatabase(async (dataSource) => {
        const preview = await parsePlanDocument({ fileName: path.basename(DEMO_DOCUMENT), content: fs.readFileSync(DEMO_DOCUMENT) }, {});
        const existing = await new PlanImportService(dataSource.manager).findOrganization(preview, {});
        if (existing !== null) {
          process.stdout.write(`the demo organisation is already here (code ${existing.code}); "prongsai user passwd EMAIL" sets a new password\n`);
          return;
        }
        const passwords = await dataSource.transaction(async (manager) => {
          const imported = await new PlanImportService(manager).apply(preview, {});
          const people = new PeopleService(manager);
          const result: [DemoPerson, string][] = [];
          for (const person of DEMO_PEOPLE) {
            let division = person.division ? await manager.findOneBy(DivisionEntity, { organizationId: imported.organization.id, name: person.division }) : null;
            if (person.division && division === null) {
              division = await manager.save(
                manager.create(DivisionEntity, { id: randomUUID(), organizationId: imported.organization.id, name: person.division, headPersonId: null, sortOrder: 0 }),
              );
            }
            const { password } = await people.add({ ...person, organizationId: imported.organization.id, divisionId: division?.id });
            result.push([person, password]);
          }
          process.stdout.write(`demo organisation ${imported.organization.name} (code ${imported.organization.code}), fiscal year ${imported.fiscalYear}, ${imported.measures.length} measures\n`);
          return result;
        });
        process.stdout.write('sign in as (one-time passwords, to be changed at first sign-in):\n');
        for (const [person, password] of passwords) {
          process.stdout.write(`  ${person.role.padEnd(14)} ${person.email.padEnd(32)} ${password}  ${person.position}\n`);
        }
      });
    });
}
