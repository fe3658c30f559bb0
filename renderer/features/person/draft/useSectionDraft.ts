import { useEffect, useMemo, useState, useSyncExternalStore, type FocusEvent } from 'react';
import type { Person } from '../../../../shared/domain/person';
import { usePersonStore } from '../../../stores/personStore';
import type { DraftSnapshot, FlushReason, SectionDraft, SectionSpec } from './sectionDraft';

export interface SectionHandle<D> extends DraftSnapshot<D> {
  /** Changes the draft; it saves itself ~400 ms after the last change, or at once with 'now'. */
  edit: (update: (draft: D) => D, when?: 'debounced' | 'now') => void;
  flush: (reason?: FlushReason) => Promise<void>;
  discard: () => void;
  /** Spread on the element around the section's fields: leaving it saves at once. */
  focusProps: {
    onFocus: () => void;
    onBlur: (event: FocusEvent<HTMLElement>) => void;
  };
}

/**
 * Connects a section component to its autosaving draft. The page remounts sections when the
 * person changes (they are keyed by id), so one draft serves a component for its whole life.
 */
export function useSectionDraft<D>(person: Person, spec: SectionSpec<D>): SectionHandle<D> {
  const [draft] = useState(() => usePersonStore.getState().draftFor(person, spec));
  const personId = person.id;

  useEffect(() => {
    draft.attach();
    return () => {
      void draft.detach().then((unused) => {
        if (unused)
          usePersonStore.getState().forget(personId, spec.id, draft as SectionDraft<unknown>);
      });
    };
  }, [draft, personId, spec.id]);

  const snapshot = useSyncExternalStore(draft.subscribe, draft.getSnapshot);

  const actions = useMemo(
    () => ({
      edit: (update: (value: D) => D, when?: 'debounced' | 'now') => draft.edit(update, when),
      flush: (reason?: FlushReason) => draft.flush(reason),
      discard: () => draft.discard(),
      focusProps: {
        onFocus: () => draft.setFocused(true),
        onBlur: (event: FocusEvent<HTMLElement>) => {
          const next = event.relatedTarget;
          if (!(next instanceof Node && event.currentTarget.contains(next))) {
            draft.setFocused(false);
          }
        },
      },
    }),
    [draft],
  );

  return { ...snapshot, ...actions };
}
