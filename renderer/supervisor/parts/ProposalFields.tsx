/** The fields a proposal has, shared by adding one and editing one: its title (with the privacy helper), who presents it and which criteria it fits. */
import { CASE_CRITERIA } from '../../../shared/method/criteria.ts';
import { LIMITS } from '../../../shared/session/limits.ts';
import { PrivacyAdvice, replaceFinding, useFindings } from './PrivacyAdvice.tsx';
import type { CriterionId } from '../../../shared/method/criteria.ts';
import type { Participant } from '../../../shared/session/types.ts';
import { useT } from '../../i18n/index.ts';

export function TitleField(props: {
  id: string;
  value: string;
  onChange: (title: string) => void;
  knownNames: readonly string[];
  testId: string;
  placeholder?: string;
  autoFocus?: boolean;
}) {
  const t = useT();
  const findings = useFindings(props.value, props.knownNames);
  return (
    <div className="field">
      <label htmlFor={props.id}>{t('choosing.caseTitle')}</label>
      <input
        id={props.id}
        type="text"
        value={props.value}
        maxLength={LIMITS.titleMaxChars}
        onChange={(e) => props.onChange(e.target.value)}
        placeholder={props.placeholder}
        autoComplete="off"
        autoFocus={props.autoFocus}
        data-testid={props.testId}
      />
      <PrivacyAdvice findings={findings} onReplace={(f, label) => props.onChange(replaceFinding(props.value, f, label))} />
    </div>
  );
}

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
