/** The fields a proposal has, shared by adding one and editing one: who presents it and which criteria it fits. */
import { CASE_CRITERIA } from '../../../shared/method/criteria.ts';
import type { CriterionId } from '../../../shared/method/criteria.ts';
import type { Participant } from '../../../shared/session/types.ts';
import { useT } from '../../i18n/index.ts';

export function PresenterSelect(props: { id: string; value: string; participants: readonly Participant[]; onChange: (id: string) => void; testId: string }) {
  const t = useT();
  return (
    <div className="field">
      <label htmlFor={props.id}>{t('choosing.presenter')}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)} data-testid={props.testId}>
        <option value="">{t('choosing.presenterNone')}</option>
        {props.participants.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CriteriaChecks({ checked, onToggle, testIds = false }: { checked: readonly CriterionId[]; onToggle: (c: CriterionId) => void; testIds?: boolean }) {
  const t = useT();
  return (
    <fieldset>
      <legend>{t('choosing.fits')}</legend>
      <div className="chips">
        {CASE_CRITERIA.map((c) => (
          <label key={c.id} className="check chip-check">
            <input type="checkbox" checked={checked.includes(c.id)} onChange={() => onToggle(c.id)} {...(testIds ? { 'data-testid': `criterion-${c.id}` } : {})} />
            <span>{t.l(c.label)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
