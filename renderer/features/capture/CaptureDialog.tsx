import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { INTERACTION_KIND_LABELS } from '../../../shared/domain/interaction';
import { currentSession, useCaptureStore } from '../../stores/captureStore';
import { hasCommandKey, shortcut } from '../../app/ui/keys';
import { CaptureDetails } from './CaptureDetails';
import { isBlank, sameForm } from './captureForm';
import { InlineConfirm, OtherDraftsNotice, RestoredNotice } from './CaptureNotices';
import { KindPicker } from './KindPicker';
import { NoteEditor } from './NoteEditor';
import { NotePreview } from './NotePreview';
import { PeoplePicker } from './PeoplePicker';
import { savedAtText } from './timeText';

const FOCUSABLE =
  'button:not([disabled]), input:not([disabled]), textarea:not([disabled]), [tabindex="0"]';

/** Which "are you sure?" is showing, and where: next to the button that asked. */
type Confirming = { what: 'discard' | 'cancel'; at: 'notice' | 'footer' } | null;

/** The capture dialog itself; mounted only while open, so it opens with focus in the note. */
export function CaptureDialog() {
  const open = useCaptureStore(currentSession);
  const names = useCaptureStore((s) => s.names);
  const issues = useCaptureStore((s) => s.issues);
  const submitting = useCaptureStore((s) => s.submitting);
  const draftStatus = useCaptureStore((s) => s.draftStatus);
  const draftError = useCaptureStore((s) => s.draftError);
  const otherDrafts = useCaptureStore((s) => s.otherDrafts.length);
  const focusRequest = useCaptureStore((s) => s.focusRequest);
  const store = useCaptureStore.getState;
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  const [returnFocus] = useState(() => document.activeElement);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const loading = open?.loading ?? true;

  useEffect(() => {
    return () => {
      const back = returnFocus instanceof HTMLElement && returnFocus.isConnected;
      if (back && (!document.activeElement || document.activeElement === document.body)) {
        returnFocus.focus();
      }
    };
  }, [returnFocus]);

  // Opened, restored, switched or loaded: the note takes focus, the caret after its last word.
  useEffect(() => {
    const textarea = bodyRef.current;
    if (!textarea || loading) return;
    textarea.focus();
    const end = textarea.value.length;
    textarea.setSelectionRange(end, end);
    textarea.scrollTop = textarea.scrollHeight;
  }, [focusRequest, loading]);

  if (!open) return null;
  const { form, mode } = open;
  const editing = mode === 'edit';
  const disabled = loading || submitting || Boolean(open.loadError);
  const changed = editing ? Boolean(open.baseline && !sameForm(form, open.baseline)) : true;

  const done = async () => {
    if (await store().submit()) return;
    requestAnimationFrame(() => {
      const invalid = dialogRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
      invalid?.focus();
    });
  };

  const cancelEdit = () => {
    if (changed) setConfirming({ what: 'cancel', at: 'footer' });
    else store().cancelEdit();
  };

  const confirmation =
    confirming?.what === 'discard' ? (
      <InlineConfirm
        question="Discard this note for good?"
        confirmLabel="Discard note"
        keepLabel="Keep it"
        onConfirm={() => {
          setConfirming(null);
          void store().discardDraft();
        }}
        onKeep={() => setConfirming(null)}
      />
    ) : (
      <InlineConfirm
        question="Throw away your changes?"
        confirmLabel="Discard changes"
        keepLabel="Keep editing"
        onConfirm={() => {
          setConfirming(null);
          store().cancelEdit();
        }}
        onKeep={() => setConfirming(null)}
      />
    );

  const trapTab = (event: KeyboardEvent) => {
    const items = [...(dialogRef.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
    const first = items[0];
    const last = items.at(-1);
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // The dialog owns the keyboard: app shortcuts must not act behind it.
    event.stopPropagation();
    if (event.defaultPrevented || event.nativeEvent.isComposing) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      if (confirming) setConfirming(null);
      else store().close();
    } else if (event.key === 'Enter' && hasCommandKey(event)) {
      event.preventDefault();
      void done();
    } else if (event.key.toLowerCase() === 'l' && hasCommandKey(event) && !event.altKey) {
      // The capture shortcut again: back to the note.
      event.preventDefault();
      bodyRef.current?.focus();
    } else if (event.key === 'Tab') {
      trapTab(event);
    }
  };

  const status = editing
    ? changed
      ? 'Unsaved changes'
      : ''
    : draftStatus === 'saving'
      ? 'Saving…'
      : draftStatus === 'saved'
        ? 'Draft saved'
        : draftStatus === 'failed'
          ? 'Not saved yet — retrying'
          : '';

  return (
    <div
      className="modal-backdrop capture-backdrop"
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) store().close();
      }}
    >
      <div
        ref={dialogRef}
        className="capture"
        role="dialog"
        aria-modal="true"
        aria-label="Quick capture"
        onKeyDown={onKeyDown}
        onBlur={() => {
          if (!editing) void store().saveDraftNow();
        }}
      >
        <div className="capture-top">
          <KindPicker
            value={form.kind}
            disabled={disabled}
            onChange={(kind) => store().update({ kind })}
          />
          {editing && (
            <span className="capture-mode">
              Editing {INTERACTION_KIND_LABELS[form.kind].toLowerCase()}
            </span>
          )}
        </div>

        {open.loadError && (
          <p className="capture-error" role="alert">
            Could not open this interaction: {open.loadError}
          </p>
        )}
        {open.restoredFrom &&
          (confirming?.at === 'notice' ? (
            <div className="capture-notice">{confirmation}</div>
          ) : (
            <RestoredNotice
              mode={mode}
              from={open.restoredFrom}
              onDiscard={() =>
                setConfirming({ what: editing ? 'cancel' : 'discard', at: 'notice' })
              }
            />
          ))}
        {!editing && otherDrafts > 0 && (
          <OtherDraftsNotice count={otherDrafts} onOpen={() => store().openNextDraft()} />
        )}

        <CaptureDetails
          form={form}
          errors={issues.fields}
          disabled={disabled}
          onChange={(patch) => store().update(patch)}
        />
        <PeoplePicker
          ids={form.participantIds}
          names={names}
          invalid={issues.people}
          error={issues.fields.people}
          disabled={disabled}
          onChange={(participantIds) => store().update({ participantIds })}
          onRemember={(people) => store().rememberPeople(people)}
        />
        <NoteEditor
          value={form.body}
          onChange={(body) => store().update({ body })}
          readOnly={disabled}
          placeholder={
            loading
              ? 'Loading…'
              : 'What happened? @name links someone, “[ ] task by 2026-12-01” adds a follow-up.'
          }
          error={issues.fields.body}
          textareaRef={bodyRef}
          onRemember={(people) => store().rememberPeople(people)}
        />
        <NotePreview body={form.body} baselineBody={editing ? (open.baseline?.body ?? '') : null} />

        {issues.form && (
          <p className="capture-error" role="alert">
            {issues.form}
          </p>
        )}
        {draftError && (
          <p className="capture-error" role="alert">
            Your note is kept on screen but could not be saved yet: {draftError}
          </p>
        )}

        <footer className="capture-foot">
          {confirming?.at === 'footer' ? (
            confirmation
          ) : (
            <>
              <span
                className={
                  draftStatus === 'failed' && !editing ? 'capture-status failed' : 'capture-status'
                }
                role="status"
                title={
                  !editing && open.changedAt
                    ? `Last change ${savedAtText(open.changedAt, new Date())}`
                    : undefined
                }
              >
                {status}
              </span>
              {!editing && !open.restoredFrom && !isBlank(form) && (
                <button
                  type="button"
                  onClick={() => setConfirming({ what: 'discard', at: 'footer' })}
                >
                  Discard
                </button>
              )}
              {editing && (
                <button type="button" onClick={cancelEdit}>
                  Cancel
                </button>
              )}
              <button
                type="button"
                className="primary"
                disabled={disabled}
                aria-keyshortcuts="Control+Enter Meta+Enter"
                title={`Done (${shortcut('Enter')})`}
                onClick={() => void done()}
              >
                {submitting ? 'Saving…' : 'Done'}
                <kbd aria-hidden="true">{shortcut('↵')}</kbd>
              </button>
            </>
          )}
        </footer>
      </div>
    </div>
  );
}
