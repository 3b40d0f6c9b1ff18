import * as fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { ApplicationError, ROUND_REPORT_FORMATS, type RoundReportFormat, type RoundReportsService, type RoundReportView } from '@prongsai/application';
import type { Response } from 'express';

/** A version and its files as the public page shows them, with where each file is downloaded. */
export function roundReportDto(view: RoundReportView, fileUrl: (fileName: string) => string) {
  const { report, files } = view;
  return {
    id: report.id,
    fiscalYearBe: report.fiscalYearBe,
    round: report.round,
    version: report.version,
    status: report.status,
    missingMeasures: report.missingMeasures,
    comment: report.comment,
    createdAt: report.createdAt,
    decidedAt: report.decidedAt,
    files: files.map((file) => ({ format: file.format, fileName: file.fileName, sha256: file.sha256, sizeBytes: file.sizeBytes, url: fileUrl(file.fileName) })),
  };
}

/** A version as the organisation's own people see it: also who decided, and for whom when a stand-in did. */
export function roundReportForStaffDto(view: RoundReportView, fileUrl: (fileName: string) => string) {
  return { ...roundReportDto(view, fileUrl), decidedByPersonId: view.report.decidedByPersonId, decidedOnBehalfOfPersonId: view.report.decidedOnBehalfOfPersonId };
}

/** Sends one file of a version, as written when it was compiled. */
export async function sendRoundReportFile(reports: RoundReportsService, view: RoundReportView, fileName: string, response: Response): Promise<void> {
  const file = view.files.find((f) => f.fileName === fileName);
  if (file === undefined) throw ApplicationError.notFound('ไม่พบไฟล์นี้', 'no such file', 'fileName');
  response.setHeader('Content-Type', ROUND_REPORT_FORMATS[file.format as RoundReportFormat].mediaType);
  response.setHeader('Content-Length', String(file.sizeBytes));
  response.setHeader('ETag', `"${file.sha256}"`);
  response.setHeader('Content-Disposition', `${file.format === 'html' ? 'inline' : 'attachment'}; filename="${file.fileName}"`);
  await pipeline(fs.createReadStream(reports.filePath(file)), response).catch((error: unknown) => {
    if (!response.headersSent) throw error;
  });
}
