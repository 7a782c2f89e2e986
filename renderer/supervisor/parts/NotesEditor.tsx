/** Notes for one step of a case: autosaved, "opgeslagen" shown, identifiers flagged as advice. */
import { memo, useEffect, useId } from 'react';
import type { StepId } from '../../../shared/method/types.ts';
import { TEXT_LIMITS } from '../../../shared/ipc/limits.ts';
import { clockTime } from '../../common/dates.ts';
import { useStore } from '../../common/store.ts';
import { useT } from '../../i18n/index.ts';
import { changeNote, flushNotes, noteKey, notesStore } from '../notes.ts';
import { PrivacyAdvice, replaceFinding, useFindings } from './PrivacyAdvice.tsx';
import { FieldLimit, useFieldLimit } from './FieldLimit.tsx';

export const NotesEditor = memo(function NotesEditor({ caseId, stepId, label, knownNames, rows = 8 }: { caseId: string | null; stepId: StepId | null; label: string; knownNames: readonly string[]; rows?: number }) {
  const t = useT();
  const id = useId();
  const notes = useStore(notesStore);
  const key = noteKey(caseId, stepId);
  const text = notes.texts[key] ?? '';
  const save = notes.saveState[key];
  const findings = useFindings(text, knownNames);
  const limit = useFieldLimit(TEXT_LIMITS.note);

  // Leaving this step (or this screen) saves at once.
  useEffect(() => () => void flushNotes(), [key]);

  const status =
    !save || save.state === 'saved'
      ? save?.savedAt
        ? t('notes.savedAt', { at: clockTime(save.savedAt, t.lang) })
        : notes.loaded
          ? t('notes.autosave')
          : t('notes.loading')
      : save.state === 'error'
        ? t('notes.notSaved')
        : t('notes.saving');

  return (
    <div className="field notes-editor">
      <div className="row between">
        <label htmlFor={id}>{label}</label>
        <span className={`small ${save?.state === 'error' ? 'error-text' : 'muted'}`} role="status" aria-live="polite" data-testid="notes-status">
          {status}
        </span>
      </div>
      <textarea
        id={id}
        rows={rows}
        value={text}
        maxLength={TEXT_LIMITS.note}
        onChange={(e) => changeNote(caseId, stepId, e.target.value)}
        onPaste={limit.onPaste}
        onBlur={() => void flushNotes()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') (e.target as HTMLTextAreaElement).blur();
        }}
        aria-describedby={`${id}-hint ${id}-count`}
        data-testid="notes"
        spellCheck
      />
      <span id={`${id}-hint`} className="hint">
        {t('notes.hint')}
      </span>
      <FieldLimit id={`${id}-count`} length={text.length} max={TEXT_LIMITS.note} cut={limit.cut} onDismiss={limit.clearCut} />
      <PrivacyAdvice findings={findings} onReplace={(f, label) => changeNote(caseId, stepId, replaceFinding(text, f, label))} />
    </div>
  );
});
