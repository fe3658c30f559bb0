import { useId } from 'react';
import { isCadence } from '../../../../shared/domain/cadence';
import type { Person } from '../../../../shared/domain/person';
import { useRelationshipStore } from './relationshipStore';
import { CADENCE_CHOICES, dueText, followTagsLabel, lastContactText } from './keepInTouchText';

const SAVE_TEXT = { idle: '', saving: 'Saving…', saved: 'Saved', failed: '' } as const;

/** How often to keep in touch, saved as soon as it is chosen, and when the next contact is due. */
export function KeepInTouchField({ person }: { person: Person }) {
  const id = useId();
  const state = useRelationshipStore((s) => s.keepInTouch);
  const save = useRelationshipStore((s) => s.cadenceSave);
  const saveError = useRelationshipStore((s) => s.cadenceError);
  const wanted = useRelationshipStore((s) => s.cadenceWanted);
  const store = useRelationshipStore.getState;
  // While a choice is on its way (or failed), the menu shows it rather than the stored one.
  const value = save === 'idle' ? person.cadence : wanted;
  const due = state ? dueText(state) : null;

  return (
    <div className="keep-in-touch">
      <label className="keep-label" htmlFor={id}>
        Keep in touch
      </label>
      <div className="keep-row">
        <select
          id={id}
          className="inline-select keep-select"
          value={value ?? ''}
          onChange={(e) => {
            const chosen = e.target.value;
            void store().setCadence(isCadence(chosen) ? chosen : null);
          }}
        >
          <option value="">{followTagsLabel(person.tags)}</option>
          {CADENCE_CHOICES.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
        <span className="keep-save" aria-live="off">
          {SAVE_TEXT[save]}
        </span>
      </div>
      {state && (
        <p className="keep-status" role="status">
          {due && (
            <span className={`keep-due ${(state.daysOverdue ?? 0) > 0 ? 'overdue' : ''}`}>
              {due}
            </span>
          )}
          <span className="muted">{lastContactText(state.lastContactAt, new Date())}</span>
        </p>
      )}
      {save === 'failed' && saveError && (
        <p className="section-problem" role="alert">
          Not saved: {saveError}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => void store().setCadence(wanted)}
          >
            Try again
          </button>
        </p>
      )}
    </div>
  );
}
