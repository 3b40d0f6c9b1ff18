import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Command } from 'commander';
import { PlanImportService } from '@prongsai/application';
import { OperatorError } from '@prongsai/config';
import { parsePlanDocument, type ImportPreview } from '@prongsai/importer';
import { DivisionEntity } from '@prongsai/persistence';
import { withDatabase } from '../with-database';

interface ImportOptions {
  dryRun?: boolean;
  json?: boolean;
  org?: string;
  fiscalYear?: string;
  archive?: boolean;
}

/** `prongsai import FILE`: a plan or report (CSV, XLSX, DOCX, or text copied from Word/PDF). */
export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('import measures from CSV, XLSX, DOCX or text copied out of a Word/PDF report')
    .argument('<file>', 'the document')
    .option('--dry-run', 'show what would be imported; write nothing')
    .option('--json', 'print the preview as JSON')
    .option('--org <code>', 'the organisation to import into (default: found by name, or created from the heading)')
    .option('--fiscal-year <BE>', 'fiscal year พ.ศ., e.g. 2568 (default: from the document)')
    .option('--archive', "a past year's report: keep it as a completed fiscal year")
    .action(async (file: string, options: ImportOptions) => {
      const fiscalYear = options.fiscalYear === undefined ? undefined : Number(options.fiscalYear);
      if (fiscalYear !== undefined && !(Number.isInteger(fiscalYear) && fiscalYear >= 2500 && fiscalYear <= 2700)) {
        throw new OperatorError(`--fiscal-year: must be a Buddhist Era year such as 2568 (got "${options.fiscalYear}")`);
      }
      const input = { fileName: path.basename(file), content: readDocument(file) };
      // Read the document before touching the database: a file that cannot be read changes nothing.
      const first = await parsePlanDocument(input, { fiscalYear });
      await withDatabase(async (dataSource) => {
        const importer = new PlanImportService(dataSource.manager);
        const organization = await importer.findOrganization(first, { organizationCode: options.org });
        // Read again with the organisation's own division names, so owners come out as its divisions.
        const divisions = organization ? (await dataSource.getRepository(DivisionEntity).findBy({ organizationId: organization.id })).map((d) => d.name) : [];
        const preview = divisions.length > 0 ? await parsePlanDocument(input, { fiscalYear, divisions }) : first;

        if (options.json) process.stdout.write(`${JSON.stringify(preview)}\n`);
        else printPreview(preview, organization?.code);
        if (options.dryRun) return;

        const result = await dataSource.transaction((manager) =>
          new PlanImportService(manager).apply(preview, { organizationCode: organization?.code, fiscalYear, archive: options.archive }),
        );
        const log = options.json ? process.stderr : process.stdout;
        if (result.organizationCreated) log.write(`created organisation ${result.organization.code} (${result.organization.name})\n`);
        if (result.divisionsCreated.length > 0) log.write(`created divisions: ${result.divisionsCreated.join(', ')}\n`);
        log.write(`imported ${result.measures.length} measures into ${result.organization.code}, fiscal year ${result.fiscalYear}${options.archive ? ' (archived)' : ''}\n`);
      });
    });
}

function readDocument(file: string): Uint8Array {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    throw new OperatorError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

function printPreview(preview: ImportPreview, organizationCode: string | undefined): void {
  const out = (line = '') => process.stdout.write(`${line}\n`);
  const { name, district, province } = preview.organization;
  out(`organisation: ${name ?? '(not named)'}${district ? `, อำเภอ${district}` : ''}${province ? `, จังหวัด${province}` : ''}${organizationCode ? ` [${organizationCode}]` : ' (new)'}`);
  out(`fiscal year:  ${preview.fiscalYear ?? '(not named)'}${preview.round ? `, round ${preview.round} months` : ''}`);
  out(`measures:     ${preview.measures.length}`);
  for (const measure of preview.measures) {
    const owners = measure.allDivisions ? 'ทุกกอง' : measure.owners.join(', ') || '-';
    const period = measure.period ? `${measure.period.start} … ${measure.period.end}` : '-';
    out(`  ${String(measure.no).padStart(3)}. ${truncate(measure.title, 60)} | ${measure.steps.length} steps | ${owners} | ${period}`);
  }
  if (preview.warnings.length > 0) {
    out(`warnings:     ${preview.warnings.length}`);
    for (const warning of preview.warnings) out(`  row ${warning.row}, ${warning.column}: ${warning.message}`);
  }
}

function truncate(text: string, length: number): string {
  const characters = Array.from(text);
  return characters.length <= length ? text : `${characters.slice(0, length - 1).join('')}…`;
}
