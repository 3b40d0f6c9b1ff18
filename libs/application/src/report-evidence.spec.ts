import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EvidenceFileEntity, migrateDatabase, openDatabase } from '@prongsai/persistence';
import type { DataSource } from 'typeorm';
import { ApplicationErrorCode } from './application-error';
import { resolveReportEvidence, type EvidenceItemInput } from './report-evidence';

const ORG = '6f1c1b1e-0000-4000-8000-000000000001';
const OTHER_ORG = '6f1c1b1e-0000-4000-8000-000000000002';
const FILE = '0b4e7d0c-0000-4000-8000-00000000000f';
const FOREIGN_FILE = '0b4e7d0c-0000-4000-8000-0000000000ff';

describe("a report's evidence", () => {
  let folder: string;
  let dataSource: DataSource;

  beforeAll(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'prongsai-report-evidence-'));
    const target = { kind: 'sqlite' as const, file: path.join(folder, 'prongsai.sqlite') };
    await migrateDatabase(target);
    dataSource = await openDatabase(target);
    const file = { sha256: 'a'.repeat(64), mediaType: 'application/pdf', sizeBytes: 10, uploadedByPersonId: ORG, uploadedAt: new Date() };
    await dataSource.getRepository(EvidenceFileEntity).save([
      { ...file, id: FILE, organizationId: ORG, fileName: 'รายงานการประชุม.pdf' },
      { ...file, id: FOREIGN_FILE, organizationId: OTHER_ORG, fileName: 'ของคนอื่น.pdf' },
    ]);
  });

  afterAll(async () => {
    await dataSource.destroy();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  const resolve = (items: EvidenceItemInput[]) =>
    resolveReportEvidence(dataSource.manager, ORG, items, { field: 'content.evidence', downloadPath: (file) => `/files/${file.id}` });

  it('keeps links as they are and gives files their address, and their name when the title is empty; a saved file item sent again is the same file', async () => {
    expect(
      await resolve([
        { title: 'คู่มือ', url: 'https://www.samai.go.th/manual' },
        { title: '', fileId: FILE },
        { fileId: FILE },
        { title: 'ภาพประกอบ', fileId: FILE, url: null },
        { title: 'ส่งอีกครั้ง', fileId: FILE, url: `/files/${FILE}` },
      ]),
    ).toEqual([
      { title: 'คู่มือ', url: 'https://www.samai.go.th/manual' },
      { title: 'รายงานการประชุม.pdf', url: `/files/${FILE}`, fileId: FILE },
      { title: 'รายงานการประชุม.pdf', url: `/files/${FILE}`, fileId: FILE },
      { title: 'ภาพประกอบ', url: `/files/${FILE}`, fileId: FILE },
      { title: 'ส่งอีกครั้ง', url: `/files/${FILE}`, fileId: FILE },
    ]);
  });

  it.each([
    ["another organisation's file", [{ title: 'ok', url: 'https://a.go.th' }, { title: '', fileId: FOREIGN_FILE }], 'content.evidence.1.fileId'],
    ['a file nobody uploaded', [{ title: '', fileId: '0b4e7d0c-0000-4000-8000-000000000000' }], 'content.evidence.0.fileId'],
    ['a file with some other link', [{ title: 'x', url: 'https://a.go.th', fileId: FILE }], 'content.evidence.0.fileId'],
    ['neither a link nor a file', [{ title: 'x' }], 'content.evidence.0.url'],
  ])('refuses %s, naming the item', async (_, items, field) => {
    await expect(resolve(items)).rejects.toMatchObject({ code: ApplicationErrorCode.Invalid, field, messages: { th: expect.any(String), en: expect.any(String) } });
  });
});
