import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { EvidenceFileEntity, migrateDatabase, openDatabase } from '@prongsai/persistence';
import type { DataSource } from 'typeorm';
import { ApplicationError, ApplicationErrorCode } from './application-error';
import { EVIDENCE_MAX_BYTES, EvidenceFilesService, type EvidenceUpload } from './evidence-files.service';

// The real file system, with rename watched: that is the moment a file appears under its final name.
jest.mock('node:fs/promises', () => {
  const actual = jest.requireActual<typeof import('node:fs/promises')>('node:fs/promises');
  return { ...actual, rename: jest.fn(actual.rename) };
});
const rename = jest.mocked(fs.rename);

const ORG = '6f1c1b1e-0000-4000-8000-000000000001';
const PDF = Buffer.from('%PDF-1.7\nรายงานการประชุม ครั้งที่ ๑\n%%EOF\n');
const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

describe('evidence files on disk', () => {
  let folder: string;
  let root: string;
  let dataSource: DataSource;
  let service: EvidenceFilesService;

  const upload = (changes: Partial<EvidenceUpload> = {}): EvidenceUpload => ({
    organizationId: ORG,
    uploadedByPersonId: '6f1c1b1e-0000-4000-8000-0000000000aa',
    fileName: 'รายงานการประชุม.pdf',
    mediaType: 'application/pdf',
    content: PDF,
    ...changes,
  });
  const stored = async () => (await fs.readdir(path.join(root, ORG)).catch(() => [] as string[])).sort();
  const rows = () => dataSource.getRepository(EvidenceFileEntity).count();

  beforeEach(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), 'prongsai-evidence-'));
    root = path.join(folder, 'evidence');
    const target = { kind: 'sqlite' as const, file: path.join(folder, 'prongsai.sqlite') };
    await migrateDatabase(target);
    dataSource = await openDatabase(target);
    service = new EvidenceFilesService(dataSource.manager, root);
    rename.mockClear();
  });

  afterEach(async () => {
    await dataSource.destroy();
    await fs.rm(folder, { recursive: true, force: true });
  });

  it('writes a temporary file in the same folder, renames it to its hash, and only then records it', async () => {
    const final = path.join(root, ORG, sha256(PDF));
    rename.mockImplementationOnce(async (from, to) => {
      expect(path.dirname(String(from))).toBe(path.join(root, ORG));
      expect(to).toBe(final);
      expect(await fs.readFile(from)).toEqual(PDF);
      await expect(fs.access(final)).rejects.toThrow();
      expect(await rows()).toBe(0);
      return jest.requireActual<typeof import('node:fs/promises')>('node:fs/promises').rename(from, to);
    });

    const file = await service.store(upload());

    expect(rename).toHaveBeenCalledTimes(1);
    expect(file).toMatchObject({ organizationId: ORG, fileName: 'รายงานการประชุม.pdf', mediaType: 'application/pdf', sizeBytes: PDF.length, sha256: sha256(PDF) });
    expect(await stored()).toEqual([sha256(PDF)]);
    expect(await fs.readFile(service.contentPath(file))).toEqual(PDF);
    expect(await service.get(ORG, file.id)).toMatchObject({ id: file.id, fileName: 'รายงานการประชุม.pdf' });
  });

  it('keeps the same content once, however often and under whatever name it is uploaded', async () => {
    const first = await service.store(upload());
    const second = await service.store(upload({ fileName: 'สำเนา.pdf' }));

    expect(second.id).not.toBe(first.id);
    expect(second.sha256).toBe(first.sha256);
    expect(await stored()).toEqual([sha256(PDF)]);
    expect(rename).toHaveBeenCalledTimes(1);
    expect(await rows()).toBe(2);
  });

  it('leaves neither a half file, nor its temporary file, nor a row when the write fails', async () => {
    rename.mockRejectedValueOnce(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }));

    await expect(service.store(upload())).rejects.toThrow('ENOSPC');

    expect(await stored()).toEqual([]);
    expect(await rows()).toBe(0);
    const again = await service.store(upload());
    expect(await fs.readFile(service.contentPath(again))).toEqual(PDF);
  });

  it.each([
    ['a type that is not accepted', { fileName: 'setup.exe', mediaType: 'application/x-msdownload' }, /\.pdf .*\.zip/],
    ['no extension', { fileName: 'รายงาน', mediaType: 'application/pdf' }, /\.pdf/],
    ['a type that does not match the extension', { fileName: 'รายงาน.pdf', mediaType: 'text/html' }, /text\/html/],
    ['an empty file', { content: Buffer.alloc(0) }, /empty/],
    ['a file over 20 MB', { content: Buffer.alloc(EVIDENCE_MAX_BYTES + 1) }, /20 MB/],
    ['a name over 255 characters', { fileName: `${'ก'.repeat(252)}.pdf` }, /255/],
  ])('refuses %s, naming the file, and writes nothing', async (_, changes, english) => {
    const refusal = await service.store(upload(changes)).catch((error: unknown) => error);

    expect(refusal).toBeInstanceOf(ApplicationError);
    expect(refusal).toMatchObject({ code: ApplicationErrorCode.Invalid, field: 'file', messages: { en: expect.stringMatching(english), th: expect.any(String) } });
    expect(await stored()).toEqual([]);
    expect(await rows()).toBe(0);
  });

  it('keeps the type of the extension, whatever generic type the browser sent, and only the name of a path', async () => {
    const csv = await service.store(upload({ fileName: 'C:\\fakepath\\ผลการดำเนินงาน.CSV', mediaType: 'application/vnd.ms-excel', content: Buffer.from('ลำดับ,ผล\n1,ดี\n') }));
    const docx = await service.store(upload({ fileName: 'คำสั่ง.docx', mediaType: 'application/octet-stream', content: Buffer.from('PK\u0003\u0004 docx') }));

    expect(csv).toMatchObject({ fileName: 'ผลการดำเนินงาน.CSV', mediaType: 'text/csv' });
    expect(docx.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it("does not find another organisation's file", async () => {
    const file = await service.store(upload());

    await expect(service.get('6f1c1b1e-0000-4000-8000-000000000002', file.id)).rejects.toMatchObject({ code: ApplicationErrorCode.NotFound });
  });
});
