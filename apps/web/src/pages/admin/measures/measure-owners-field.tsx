import { useId } from 'react';
import { Link } from 'react-router';
import type { Division } from '../../../api/types';
import { defineMessages, fill, useText } from '../../../i18n/language';
import { makeLead, toggleOwner } from './measure-draft';

const text = defineMessages({
  th: {
    legend: 'หน่วยงานผู้รับผิดชอบ',
    hint: 'เลือกกองที่รับผิดชอบ แล้วเลือกกองหลักหนึ่งกอง กองอื่นที่เลือกเป็นกองสนับสนุน',
    all: 'ทุกกอง (ทุกหน่วยงานร่วมดำเนินการ)',
    allHint: 'เลือกกองหลักด้านล่างเพิ่มได้ หากมีกองที่ประสานงาน',
    lead: 'เป็นกองหลัก',
    leadOf: '{name} เป็นกองหลัก',
    noDivisions: 'องค์กรยังไม่มีกอง/หน่วยงาน',
    addDivisions: 'เพิ่มกองที่แท็บ กอง/หน่วยงาน',
  },
  en: {
    legend: 'Owning divisions',
    hint: 'Choose the divisions responsible, then one lead; the others chosen support it.',
    all: 'All divisions (every unit takes part)',
    allHint: 'You may still choose a lead division below to coordinate.',
    lead: 'Is the lead',
    leadOf: '{name} is the lead',
    noDivisions: 'The organisation has no divisions yet.',
    addDivisions: 'Add them under Divisions',
  },
});

/** Owners of a measure: divisions (the lead first) or all divisions (ทุกกอง). */
export function MeasureOwnersField(props: {
  divisions: Division[];
  ownerDivisionIds: string[];
  allDivisions: boolean;
  error?: string;
  onChange(changes: { ownerDivisionIds?: string[]; allDivisions?: boolean }): void;
}) {
  const t = useText(text);
  const id = useId();
  const { ownerDivisionIds: owners } = props;
  const lead = owners[0];
  const errorId = `${id}-error`;

  return (
    <fieldset className={props.error ? 'editor-fieldset field-invalid' : 'editor-fieldset'} aria-describedby={props.error ? errorId : undefined}>
      <legend>{t.legend}</legend>
      <p className="field-hint">{t.hint}</p>
      <label className="checkbox owner-all">
        <input type="checkbox" checked={props.allDivisions} onChange={(event) => props.onChange({ allDivisions: event.target.checked })} />
        {t.all}
      </label>
      {props.allDivisions && <p className="field-hint">{t.allHint}</p>}
      {props.divisions.length === 0 ? (
        <p className="editor-none">
          {t.noDivisions} <Link to="/admin/divisions">{t.addDivisions}</Link>
        </p>
      ) : (
        <ul className="owner-choices">
          {props.divisions.map((division) => {
            const chosen = owners.includes(division.id);
            return (
              <li key={division.id} className={chosen ? 'owner-row owner-chosen' : 'owner-row'}>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={chosen}
                    aria-invalid={props.error ? true : undefined}
                    onChange={(event) => props.onChange({ ownerDivisionIds: toggleOwner(owners, division.id, event.target.checked) })}
                  />
                  {division.name}
                </label>
                {chosen && (
                  <label className="checkbox owner-lead">
                    <input
                      type="radio"
                      name={`${id}-lead`}
                      checked={lead === division.id}
                      onChange={() => props.onChange({ ownerDivisionIds: makeLead(owners, division.id) })}
                    />
                    <span aria-hidden="true">{t.lead}</span>
                    <span className="visually-hidden">{fill(t.leadOf, { name: division.name })}</span>
                  </label>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {props.error && (
        <p className="field-error" id={errorId}>
          {props.error}
        </p>
      )}
    </fieldset>
  );
}
