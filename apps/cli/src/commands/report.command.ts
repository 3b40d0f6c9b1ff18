import * as fs from 'node:fs';
import * as path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { loadRoundReportInput } from '@prongsai/application';
import { OperatorError } from '@prongsai/config';
import {
  compileRoundReport,
  renderRoundReportDocx,
  renderRoundReportHtml,
  renderRoundReportPdf,
  renderRoundReportXlsx,
  roundReportCsv,
  roundReportJson,
  type RoundKey,
  type RoundReportDocument,
} from '@prongsai/reports';
import { withDatabase } from '../with-database';

const FORMATS = {
  docx: renderRoundReportDocx,
  pdf: renderRoundReportPdf,
  xlsx: renderRoundReportXlsx,
  html: async (doc: RoundReportDocument) => renderRoundReportHtml(doc),
  json: async (doc: RoundReportDocument) => roundReportJson(doc),
  csv: async (doc: RoundReportDocument) => roundReportCsv(doc),
} satisfies Record<string, (doc: RoundReportDocument) => Promise<string | Uint8Array>>;
type Format = keyof typeof FORMATS;

const ROUNDS: Record<string, RoundKey> = { '6': 'R6', '12': 'R12', q1: 'Q1', q2: 'Q2', q3: 'Q3', q4: 'Q4' };

interface ReportOptions {
  org: string;
  fiscalYear: number;
  round: RoundKey;
  format?: Format;
  out: string;
}

/** `prongsai report --org CODE --fiscal-year BE --round 6|12|q1…q4 --format docx|pdf|xlsx|html|json|csv --out FILE`. */
export function registerReportCommand(program: Command): void {
  program
    .command('report')
    .description('the round report of an organisation in the official format (รายงานผลการดำเนินการตามมาตรการฯ)')
    .requiredOption('--org <code>', 'organisation code (prongsai org list)')
    .requiredOption('--fiscal-year <BE>', 'fiscal year, Buddhist Era (e.g. 2568)', (value) => {
      const year = Number(value);
      if (!Number.isInteger(year) || year < 2400 || year > 2999) throw new InvalidArgumentError(`a Buddhist Era year such as 2568, got "${value}"`);
      return year;
    })
    .requiredOption('--round <round>', 'the 6- or 12-month round (6, 12) or a quarter (q1…q4)', (value) => {
      const round = ROUNDS[value.toLowerCase()];
      if (round === undefined) throw new InvalidArgumentError(`one of 6, 12, q1, q2, q3, q4, got "${value}"`);
      return round;
    })
    .option('--format <format>', `one of ${Object.keys(FORMATS).join(', ')} (default: from the file's extension)`)
    .requiredOption('--out <file>', 'where to write it')
    .action(async (options: ReportOptions) => {
      const format = options.format ?? (path.extname(options.out).slice(1).toLowerCase() as Format);
      if (!(format in FORMATS)) throw new OperatorError(`--format: one of ${Object.keys(FORMATS).join(', ')}, got "${format}"`);
      const input = await withDatabase((dataSource) => loadRoundReportInput(dataSource.manager, options.org, options.fiscalYear, options.round));
      const doc = compileRoundReport(input);
      fs.writeFileSync(options.out, await FORMATS[format](doc));
      const rows = doc.sections.reduce((sum, section) => sum + section.rows.length, 0);
      process.stdout.write(`${options.out}: ${format}, ${rows} measures${doc.meta.missing.length > 0 ? `, ${doc.meta.missing.length} without a report for the round` : ''}\n`);
    });
}
