import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { call } from '../../api';
import { useBriefingStore } from '../../stores/briefingStore';
import { useCalendarStore } from '../../stores/calendarStore';
import { useFollowUpStore } from '../../stores/followUpStore';
import { useOrganizationStore } from '../../stores/organizationStore';
import { usePeopleStore } from '../../stores/peopleStore';
import { useSettingsStore } from '../../stores/settingsStore';
import { useUiStore } from '../../stores/uiStore';
import './welcome.css';

type Phase = 'checking' | 'open' | 'loading' | 'closed';

/** Every store that shows data: the sample world just filled them all. */
async function reloadEverything(): Promise<void> {
  useCalendarStore.getState().invalidate();
  useBriefingStore.getState().invalidate();
  await Promise.all([
    usePeopleStore.getState().load(),
    usePeopleStore.getState().loadTags(),
    useOrganizationStore.getState().load(),
    useOrganizationStore.getState().loadAll(),
    useFollowUpStore.getState().load(),
    useSettingsStore.getState().loadSources(),
  ]);
}

/** Buttons and links that Tab can reach inside the dialog, in order. */
function tabbable(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('button, a[href]')].filter(
    (el) => !el.hasAttribute('disabled'),
  );
}

/**
 * The first-run welcome: offered once, on a store with nothing in it. "Explore with sample data"
 * fills it with a made-up world so a new user sees a real briefing at once; "Start with an empty
 * Farley" says no for good. A native modal dialog: the app behind it is inert, Tab stays inside,
 * Enter explores and Escape starts empty.
 */
export function WelcomeDialog() {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [phase, setPhase] = useState<Phase>('checking');
  const [problem, setProblem] = useState<string | null>(null);
  /** Set the moment a choice is made: a second click before the next render does nothing. */
  const working = useRef(false);
  const busy = phase === 'loading';

  useEffect(() => {
    let current = true;
    void call('welcome.get', {}).then((result) => {
      // When the answer cannot be had, the app simply starts: the welcome is a nicety.
      if (current) setPhase(result.ok && result.data.show ? 'open' : 'closed');
    });
    return () => {
      current = false;
    };
  }, []);

  const visible = phase === 'open' || phase === 'loading';
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!visible || !dialog) return;
    if (!dialog.open) dialog.showModal();
    return () => dialog.close();
  }, [visible]);

  const explore = async () => {
    if (working.current) return;
    working.current = true;
    setProblem(null);
    setPhase('loading');
    const result = await call('welcome.loadSample', {});
    if (!result.ok) {
      working.current = false;
      setProblem(result.error.message);
      setPhase('open');
      return;
    }
    await reloadEverything();
    setPhase('closed');
    useUiStore.getState().openBriefing();
  };

  const startEmpty = async () => {
    if (working.current) return;
    working.current = true;
    setPhase('closed');
    // Not remembered when this fails: the welcome comes back next time, which is harmless.
    await call('welcome.dismiss', {});
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement)) {
      event.preventDefault();
      void explore();
    } else if (event.key === 'Tab') {
      // A modal dialog keeps the page inert, but Tab would still leave for the browser's chrome.
      const items = tabbable(dialog);
      const first = items[0];
      const last = items.at(-1);
      if (!first || !last) return;
      const active = document.activeElement;
      if (event.shiftKey && (active === first || !dialog.contains(active))) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (active === last || !dialog.contains(active))) {
        event.preventDefault();
        first.focus();
      }
    }
  };

  if (!visible) return null;

  return (
    <dialog
      ref={dialogRef}
      className="welcome-dialog"
      aria-labelledby="welcome-title"
      aria-describedby="welcome-intro"
      aria-busy={busy}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        void startEmpty();
      }}
    >
      <div className="welcome-mark" aria-hidden="true">
        <img src="./icon.svg" alt="" width={44} height={44} />
      </div>
      <h2 id="welcome-title">Welcome to Farley</h2>
      <p id="welcome-intro" className="welcome-intro">
        Farley keeps a private file on everyone you deal with: who they are, what you talked about,
        what you promised. Each morning it briefs you on the people you meet that day, from your own
        calendar.
      </p>
      <p className="welcome-private muted">
        Everything stays on this computer. Nothing is sent anywhere.
      </p>

      <div className="welcome-choices">
        <button
          type="button"
          className="welcome-choice primary"
          autoFocus
          aria-labelledby="welcome-explore"
          aria-describedby="welcome-explore-note"
          aria-disabled={busy}
          onClick={() => void explore()}
        >
          <span id="welcome-explore" className="welcome-choice-title">
            Explore with sample data
          </span>
          <span id="welcome-explore-note" className="welcome-choice-note">
            A made-up week: a few people and organizations, months of notes and a calendar, so you
            see a real briefing right away.
          </span>
        </button>
        <button
          type="button"
          className="welcome-choice"
          aria-labelledby="welcome-empty"
          aria-describedby="welcome-empty-note"
          aria-disabled={busy}
          onClick={() => void startEmpty()}
        >
          <span id="welcome-empty" className="welcome-choice-title">
            Start with an empty Farley
          </span>
          <span id="welcome-empty-note" className="welcome-choice-note">
            Add people, notes and calendars yourself, whenever you like.
          </span>
        </button>
      </div>

      <div className="welcome-footer">
        {busy ? (
          <div
            className="welcome-progress"
            role="progressbar"
            aria-label="Loading the sample data"
          />
        ) : (
          <p className="welcome-keys muted" aria-hidden="true">
            <kbd>Enter</kbd> explore · <kbd>Esc</kbd> start empty
          </p>
        )}
        <p className="welcome-status" role="status">
          {busy ? 'Creating people, notes and this week’s calendar…' : ''}
        </p>
        {problem && (
          <p className="field-error" role="alert">
            {problem}
          </p>
        )}
      </div>
    </dialog>
  );
}
