import { describe, expect, it } from '@jest/globals';
import { aMeasure, aStep } from '../../test-support/fixtures';
import { ROUND_REPORT_COLUMNS } from '@prongsai/reports/official-table';
import { officialRow } from './official-row';

const measure = aMeasure({
  no: 2,
  title: 'มาตรการป้องกันการใช้ทรัพย์สินของราชการ',
  owners: [
    { divisionId: 's', divisionName: 'สำนักปลัด', role: 'supporting' },
    { divisionId: 'e', divisionName: 'กองช่าง', role: 'lead' },
  ],
  steps: [aStep({ position: 2, text: 'ตรวจสอบการใช้รถราชการ' }), aStep({ position: 1, text: '1. จัดทำคู่มือการยืมครุภัณฑ์' })],
  period: { start: '2026-10-01', end: '2027-09-30', text: null },
});

describe('officialRow', () => {
  it('has the round report’s seven columns', () => {
    expect(ROUND_REPORT_COLUMNS).toEqual(['ลำดับที่', 'มาตรการ/กิจกรรม', 'ขั้นตอน/วิธีการปฏิบัติ', 'ระยะเวลาดำเนินการ', 'ผู้รับผิดชอบ', 'สรุปผลการดำเนินการ', 'ผลลัพธ์หรือความสำเร็จ']);
  });

  it('writes the row as the round report does, in Thai digits', () => {
    const row = officialRow(measure, { done: 'จัดทำคู่มือ 1 ฉบับ', results: 'แจ้งเวียน 5 กอง', outcome: 'ครุภัณฑ์ใช้ตามระเบียบ' }, 'thai');
    expect(row).toEqual({
      no: '๒',
      title: 'มาตรการป้องกันการใช้ทรัพย์สินของราชการ',
      steps: ['๑. จัดทำคู่มือการยืมครุภัณฑ์', '๒. ตรวจสอบการใช้รถราชการ'],
      period: 'ตุลาคม ๒๕๖๙ – กันยายน ๒๕๗๐',
      owners: 'กองช่าง, สำนักปลัด',
      summary: 'จัดทำคู่มือ ๑ ฉบับ\nแจ้งเวียน ๕ กอง',
      outcome: 'ครุภัณฑ์ใช้ตามระเบียบ',
    });
  });

  it('keeps Arabic digits for an organisation that writes them, and the plan’s own period text', () => {
    const row = officialRow({ ...measure, period: { start: null, end: null, text: 'ไตรมาส 1 – 2' } }, { done: '', results: '', outcome: '' }, 'arabic');
    expect(row.no).toBe('2');
    expect(row.period).toBe('ไตรมาส 1 – 2');
    expect(row.summary).toBe('');
  });
});
