import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, orgPath } from '../../../api/client';
import type { LifecyclePolicy } from '../../../api/types';
import { EmptyState, ErrorNotice, Loading } from '../../../components/feedback';
import { currentFiscalYearBe } from '../../../i18n/format';
import { defineMessages, useText } from '../../../i18n/language';
import { useSignedIn } from '../../../session/session';
import { adminKeys } from '../shared/admin-data';
import { useFiscalYears } from '../../../api/organization-data';
import { FiscalYearSelect } from '../shared/fiscal-year-select';
import { defaultYear } from '../../../session/fiscal-year-choice';
import { PolicyForm } from './policy-form';

const text = defineMessages({
  th: {
    year: 'ปีงบประมาณ',
    intro: 'กำหนดว่าจะแจ้งเตือนผู้รับผิดชอบก่อนถึงกำหนดส่งรายงานเมื่อใด และเร่งรัดไปถึงใครเมื่อเกินกำหนด แต่ละปีงบประมาณตั้งแยกกันได้',
    noYear: 'ยังไม่มีปีงบประมาณ ตั้งปีงบประมาณก่อนจึงกำหนดการแจ้งเตือนได้',
    toYears: 'ไปที่แท็บปีงบประมาณ',
  },
  en: {
    year: 'Fiscal year',
    intro: 'When owners are reminded before a report is due, and who is told when it is overdue. Each fiscal year has its own.',
    noYear: 'There is no fiscal year yet: set one up first.',
    toYears: 'Go to the fiscal years tab',
  },
});

/** The reminder and escalation policy of a fiscal year. */
export function PolicyPanel() {
  const t = useText(text);
  const { organization } = useSignedIn();
  const org = organization.code;
  const fiscalYears = useFiscalYears(org);
  const known = (fiscalYears.data ?? []).filter((year) => !year.archived).map((year) => year.yearBe);
  const [chosenYear, setChosenYear] = useState<number | null>(null);
  const yearBe = chosenYear ?? defaultYear(known, currentFiscalYearBe());

  const policy = useQuery({
    queryKey: adminKeys.policy(org, yearBe),
    queryFn: () => api<LifecyclePolicy>('GET', `${orgPath(org)}/fiscal-years/${yearBe}/policy`),
    enabled: known.includes(yearBe),
  });

  if (fiscalYears.isLoading) return <Loading />;
  if (fiscalYears.error) return <ErrorNotice error={fiscalYears.error} onRetry={() => fiscalYears.refetch()} />;
  if (known.length === 0) {
    return (
      <EmptyState>
        {t.noYear} <Link to="/admin/fiscal-years">{t.toYears}</Link>
      </EmptyState>
    );
  }

  return (
    <>
      <FiscalYearSelect label={t.year} years={known} value={yearBe} onChange={setChosenYear} />
      <p className="admin-intro">{t.intro}</p>
      {policy.isLoading && <Loading />}
      {policy.error && <ErrorNotice error={policy.error} onRetry={() => policy.refetch()} />}
      {policy.data && <PolicyForm key={yearBe} yearBe={yearBe} policy={policy.data} />}
    </>
  );
}
