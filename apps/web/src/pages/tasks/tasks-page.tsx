import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { api, orgPath } from '../../api/client';
import type { InboxItem, InboxTask } from '../../api/types';
import { EmptyState, ErrorNotice, Loading } from '../../components/feedback';
import { FilterSearch, FilterSelect } from '../../components/filters';
import { PageHeader } from '../../components/page-header';
import { daysFromToday, formatDate, periodLabel } from '../../i18n/format';
import { defineMessages, fill, useLanguage, useText } from '../../i18n/language';
import { INBOX_TASK } from '../../i18n/labels';
import { useSession, useSignedIn } from '../../session/session';

const text = defineMessages({
  th: {
    title: 'งานของฉัน',
    greeting: 'สวัสดี {name}',
    overdue: 'เกินกำหนด',
    returned: 'ส่งกลับให้แก้ไข',
    due: 'ต้องรายงาน',
    waiting: 'รอการดำเนินการของฉัน',
    none: 'ไม่มีงานค้าง',
    noneAtAll: 'ตอนนี้ไม่มีงานที่รอคุณอยู่ เมื่อมีรอบรายงานเปิดหรือมีรายงานรอตรวจ งานจะปรากฏที่นี่',
    filterTask: 'ประเภทงาน',
    filterText: 'ค้นหามาตรการ',
    all: 'ทั้งหมด',
    dueOn: 'กำหนดส่ง {date}',
    daysLate: 'เกินกำหนด {days} วัน',
    dueToday: 'ครบกำหนดวันนี้',
    dueIn: 'อีก {days} วัน',
    open: 'เปิด',
    measureNo: 'มาตรการที่ {no}',
    forPerson: 'แทน {name}',
  },
  en: {
    title: 'My tasks',
    greeting: 'Hello {name}',
    overdue: 'Overdue',
    returned: 'Returned to me',
    due: 'Due',
    waiting: 'Waiting for me',
    none: 'Nothing here',
    noneAtAll: 'Nothing waits for you now. When a report period opens or a report waits for review, it appears here.',
    filterTask: 'Kind of task',
    filterText: 'Find a measure',
    all: 'All',
    dueOn: 'due {date}',
    daysLate: '{days} days late',
    dueToday: 'due today',
    dueIn: 'in {days} days',
    open: 'Open',
    measureNo: 'Measure {no}',
    forPerson: 'for {name}',
  },
});

export interface InboxEntry extends InboxItem {
  measureNo: number;
  measureTitle: string;
  fiscalYearBe: number;
}

/** Where a task is done. */
export function taskLink(item: InboxEntry): string {
  if (item.task === 'report' && item.periodKey) return `/measures/${item.measureId}/reports/${encodeURIComponent(item.periodKey)}`;
  if (item.task === 'review') return `/review?measure=${item.measureId}`;
  if (item.task === 'sign_off') return '/sign-off';
  return `/measures/${item.measureId}`;
}

const SECTIONS: InboxItem['section'][] = ['overdue', 'returned', 'due', 'waiting'];

/** The person's tasks across measures: overdue first, then returned, due, and waiting for them. */
export function TasksPage() {
  const t = useText(text);
  const { language } = useLanguage();
  const { self, organization } = useSignedIn();
  const { actFor } = useSession();
  const [task, setTask] = useState<InboxTask | ''>('');
  const [search, setSearch] = useState('');
  const inbox = useQuery({ queryKey: ['inbox', organization.code], queryFn: () => api<InboxEntry[]>('GET', `${orgPath(organization.code)}/inbox`), refetchInterval: 30_000 });

  const visible = useMemo(
    () =>
      (inbox.data ?? []).filter(
        (item) => (task === '' || item.task === task) && (search.trim() === '' || `${item.measureNo} ${item.measureTitle}`.toLowerCase().includes(search.trim().toLowerCase())),
      ),
    [inbox.data, task, search],
  );
  const tasksPresent = [...new Set((inbox.data ?? []).map((item) => item.task))];

  const dueText = (item: InboxEntry) => {
    if (!item.dueDate) return null;
    const days = daysFromToday(item.dueDate);
    const relative = days < 0 ? fill(t.daysLate, { days: -days }) : days === 0 ? t.dueToday : fill(t.dueIn, { days });
    return `${fill(t.dueOn, { date: formatDate(item.dueDate, language) })} · ${relative}`;
  };

  return (
    <>
      <PageHeader title={t.title} subtitle={fill(t.greeting, { name: self.displayName })} />
      {inbox.isLoading && <Loading />}
      {inbox.error && <ErrorNotice error={inbox.error} onRetry={() => inbox.refetch()} />}
      {inbox.data && inbox.data.length === 0 && <EmptyState>{t.noneAtAll}</EmptyState>}
      {inbox.data && inbox.data.length > 0 && (
        <>
          <div className="filters">
            <FilterSelect
              label={t.filterTask}
              value={task}
              all={t.all}
              options={tasksPresent.map((kind) => ({ value: kind, label: INBOX_TASK[language][kind] }))}
              onChange={(value) => setTask(value as InboxTask | '')}
            />
            <FilterSearch label={t.filterText} value={search} onChange={setSearch} />
          </div>
          {SECTIONS.map((section) => {
            const items = visible.filter((item) => item.section === section);
            if (items.length === 0) return null;
            return (
              <section key={section} className={`task-section task-section-${section}`} aria-labelledby={`tasks-${section}`}>
                <h2 id={`tasks-${section}`}>
                  {t[section]} <span className="count">{items.length}</span>
                </h2>
                <ul className="task-list">
                  {items.map((item) => (
                    <li key={`${item.measureId}/${item.task}/${item.periodKey ?? ''}`} className="task-card">
                      {/* A stand-in's task opens as the person away, so the page offers their actions. */}
                      <Link to={taskLink(item)} className="task-link" onClick={() => actFor(item.onBehalfOf?.personId ?? null)}>
                        <span className="task-kind">
                          {INBOX_TASK[language][item.task]}
                          {item.periodKey && ` · ${periodLabel(item.periodKey, language)}`}
                          {item.onBehalfOf && <span className="task-for">{fill(t.forPerson, { name: item.onBehalfOf.displayName })}</span>}
                        </span>
                        <span className="task-title">
                          {fill(t.measureNo, { no: item.measureNo })} {item.measureTitle}
                        </span>
                        {item.dueDate && <span className={section === 'overdue' ? 'task-due task-due-late' : 'task-due'}>{dueText(item)}</span>}
                      </Link>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </>
      )}
    </>
  );
}
