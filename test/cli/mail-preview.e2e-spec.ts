import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { MAIL_TEMPLATE_NAMES } from '@prongsai/mail';

const PRONGSAI = path.resolve(__dirname, '../../apps/cli/bin/prongsai.js');

function prongsai(...args: string[]) {
  // No database: the preview works without DATA_DIR or DATABASE_URL.
  const result = spawnSync(process.execPath, [PRONGSAI, ...args], { env: { ...process.env, DATABASE_URL: 'mysql://nobody@127.0.0.1:1/none' }, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('prongsai mail preview', () => {
  it('prints the subject and the text part of a template in Thai with sample data', () => {
    const { code, stdout, stderr } = prongsai('mail', 'preview', 'overdue');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^Subject: \[อบต\.สมัย\] มาตรการที่ ๔: รายงานไตรมาสที่ ๑ เลยกำหนดส่ง ๗ วัน\n\nองค์การบริหารส่วนตำบลสมัย\nอำเภอสบปราบ จังหวัดลำปาง\n/);
    expect(stdout).toContain('\nเรียน นางสาวมาลี ตรวจบัญชี\n');
    expect(stdout).toContain('\nhttps://prongsai.samai.go.th/fy/2568/measures/4/reports/Q1\n');

    const json = prongsai('mail', 'preview', 'overdue', '--lang', 'en', '--format', 'json');
    expect(json.code).toBe(0);
    const mail = JSON.parse(json.stdout);
    expect(Object.keys(mail)).toEqual(['subject', 'html', 'text']);
    expect(mail.html).toContain('<html lang="en">');
  });

  it('answers an unknown template with the valid names, and fails', () => {
    expect(prongsai('mail', 'preview', 'newsletter')).toEqual({
      code: 1,
      stdout: '',
      stderr: `prongsai: unknown mail template "newsletter"; choose one of: ${MAIL_TEMPLATE_NAMES.join(', ')}\n`,
    });
  });
});
