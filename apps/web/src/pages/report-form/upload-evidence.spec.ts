import { describe, expect, it } from '@jest/globals';
import { evidenceFileProblem, fileSizeText } from './upload-evidence';

describe('evidenceFileProblem', () => {
  it('takes the API’s kinds of file up to 20 MB', () => {
    expect(evidenceFileProblem('รายงานการประชุม.PDF', 1024)).toBeNull();
    expect(evidenceFileProblem('ภาพกิจกรรม.jpeg', 20 * 1024 * 1024)).toBeNull();
  });

  it('says why a file is refused', () => {
    expect(evidenceFileProblem('โปรแกรม.exe', 10)?.th).toMatch(/^ไม่รับไฟล์ประเภทนี้/);
    expect(evidenceFileProblem('ไม่มีนามสกุล', 10)?.en).toMatch(/not accepted/);
    expect(evidenceFileProblem('ใหญ่.pdf', 20 * 1024 * 1024 + 1)?.th).toBe('ไฟล์ใหญ่เกิน 20 MB');
    expect(evidenceFileProblem('ว่าง.txt', 0)?.th).toBe('ไฟล์นี้ว่างเปล่า');
  });
});

describe('fileSizeText', () => {
  it('writes kilobytes and megabytes', () => {
    expect(fileSizeText(350 * 1024)).toBe('350 KB');
    expect(fileSizeText(12)).toBe('1 KB');
    expect(fileSizeText(1.25 * 1024 * 1024)).toBe('1.3 MB');
  });
});
