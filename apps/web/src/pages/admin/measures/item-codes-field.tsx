import { Field } from '../../../components/field';
import { defineMessages, fill, useText } from '../../../i18n/language';
import { parseItemCodes } from './measure-draft';
import type { CatalogEntry } from './measure-editor-data';

const text = defineMessages({
  th: {
    label: 'ข้อ OIT ที่เกี่ยวข้อง',
    hint: 'รหัสข้อตามแบบ OIT เช่น O1, O42 คั่นด้วยจุลภาค (ไม่บังคับ)',
    pick: 'เลือกจากรายการข้อ OIT ปีงบประมาณ {year} ({count} ข้อ)',
  },
  en: {
    label: 'OIT items',
    hint: 'OIT item codes such as O1, O42, separated by commas (optional)',
    pick: 'Choose from the OIT items of fiscal year {year} ({count})',
  },
});

/** The OIT items a measure answers: typed as codes, or ticked from the year's catalog when it has one. */
export function ItemCodesField(props: { value: string; items: CatalogEntry[]; fiscalYearBe: number; error?: string; onChange(value: string): void }) {
  const t = useText(text);
  const codes = parseItemCodes(props.value);
  const chosen = new Set(codes.map((code) => code.toLowerCase()));
  const toggle = (code: string, on: boolean) => {
    const next = on ? [...codes, code] : codes.filter((other) => other.toLowerCase() !== code.toLowerCase());
    props.onChange(next.join(', '));
  };

  return (
    <>
      <Field label={t.label} hint={t.hint} error={props.error}>
        <input type="text" value={props.value} autoComplete="off" spellCheck={false} onChange={(event) => props.onChange(event.target.value)} />
      </Field>
      {props.items.length > 0 && (
        <details className="item-picker">
          <summary>{fill(t.pick, { year: props.fiscalYearBe, count: props.items.length })}</summary>
          <ul>
            {props.items.map((item) => (
              <li key={item.id}>
                <label className="checkbox">
                  <input type="checkbox" checked={chosen.has(item.code.toLowerCase())} onChange={(event) => toggle(item.code, event.target.checked)} />
                  <span>
                    <strong>{item.code}</strong> {item.title}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
