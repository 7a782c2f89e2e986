/**
 * Editing a proposal in place: its title, presenter and criteria. Each change sends only the
 * field it changes, so an edit never overwrites another field changed meanwhile. The title is
 * kept in the field until main accepted it; a refusal (empty, too long) leaves the words there.
 */
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { CriterionId } from '../../../shared/method/criteria.ts';
import type { SupervisorView } from '../../../shared/session/views.ts';
import { command } from '../../common/api.ts';
import { useT } from '../../i18n/index.ts';
import { CriteriaChecks, PresenterSelect, TitleField } from './ProposalFields.tsx';

type Proposal = SupervisorView['proposals'][number];

export function ProposalEditor({ proposal, participants, onDone }: { proposal: Proposal; participants: SupervisorView['plan']['participants']; onDone: () => void }) {
  const t = useT();
  const id = useId();
  const [title, setTitle] = useState(proposal.title);

  const edit = (change: { title?: string; presenterId?: string | null; criteria?: CriterionId[] }) =>
    command({ type: 'EDIT_PROPOSAL', id: proposal.id, ...change });

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (title.trim() !== proposal.title && !(await edit({ title }))) return;
    onDone();
  };
  const toggle = (c: CriterionId) =>
    void edit({ criteria: proposal.criteria.includes(c) ? proposal.criteria.filter((x) => x !== c) : [...proposal.criteria, c] });

  return (
    <form
      className="stack proposal-editor"
      onSubmit={(e) => void save(e)}
      onKeyDown={(e) => e.key === 'Escape' && onDone()}
      aria-label={t('choosing.editNamed', { title: proposal.title })}
      data-testid="proposal-editor"
    >
      <TitleField
        id={`${id}-title`}
        value={title}
        onChange={setTitle}
        knownNames={participants.map((p) => p.name)}
        autoFocus
        testId="edit-proposal-title"
      />
      <PresenterSelect
        id={`${id}-presenter`}
        value={proposal.presenterId ?? ''}
        participants={participants}
        onChange={(presenter) => void edit({ presenterId: presenter || null })}
        testId="edit-proposal-presenter"
      />
      <CriteriaChecks checked={proposal.criteria} onToggle={toggle} />
      <div className="row">
        <button type="submit" className="primary" data-testid="save-proposal">
          {t('choosing.editDone')}
        </button>
        <button type="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
