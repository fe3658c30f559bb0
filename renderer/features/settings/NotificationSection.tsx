import { useEffect, useId, useRef, useState } from 'react';
import type { CallInput } from '../../../shared/contract';
import type { NotificationSettings } from '../../../shared/domain/briefing';
import type { AppError } from '../../../shared/result';
import { call } from '../../api';
import type { SaveState } from '../../stores/settingsStore';
import { AUTOSAVE_DELAY_MS } from '../organizations/AutosaveText';

const SAVE_TEXT = { idle: '', saving: 'Saving…', saved: 'Saved', failed: 'Not saved' } as const;
const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

type Patch = CallInput<'notifications.set'>;
type Field = 'enabled' | 'time';
interface Problem {
  field: Field;
  message: string;
}

const fieldOf = (patch: Patch): Field => (patch.time !== undefined ? 'time' : 'enabled');

/** The server's words for the field a refused change was about. */
function problemOf(error: AppError, patch: Patch): Problem {
  const field = fieldOf(patch);
  const issue = error.issues?.find((i) => i.path === field) ?? error.issues?.[0];
  return { field, message: issue?.message ?? error.message };
}

/**
 * The morning notification: on or off, and at what time. Each change saves itself; the main
 * process moves the notification as soon as the change is stored.
 */
export function NotificationSection() {
  const id = useId();
  const [settings, setSettings] = useState<NotificationSettings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [time, setTime] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [save, setSave] = useState<SaveState>('idle');
  const savedTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const timeTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pendingTime = useRef('');
  /** What the core last said it stores; `settings` may run ahead of it while a change saves. */
  const stored = useRef<NotificationSettings | null>(null);
  /** Only the answer to the latest change is shown. */
  const request = useRef(0);

  // Bumped by "Try again" to read the settings once more.
  const [loadAttempt, setLoadAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    void call('notifications.get', {}).then((result) => {
      if (!live) return;
      if (!result.ok) {
        setLoadError(result.error.message);
        return;
      }
      setLoadError(null);
      stored.current = result.data;
      setSettings(result.data);
      setTime(result.data.time);
    });
    return () => {
      live = false;
    };
  }, [loadAttempt]);

  useEffect(
    () => () => {
      clearTimeout(savedTimer.current);
      // A time still waiting to save when the screen closes is saved, not lost.
      if (timeTimer.current === undefined) return;
      clearTimeout(timeTimer.current);
      const time = pendingTime.current;
      if (TIME_OF_DAY.test(time) && time !== stored.current?.time) {
        void call('notifications.set', { time });
      }
    },
    [],
  );

  const saveChange = async (patch: Patch) => {
    const ticket = ++request.current;
    clearTimeout(savedTimer.current);
    setSave('saving');
    const result = await call('notifications.set', patch);
    if (result.ok) stored.current = result.data;
    if (ticket !== request.current) return;
    if (!result.ok) {
      // The switch shows what is stored; a refused time stays as typed, beside the reason.
      setSettings(stored.current);
      setProblem(problemOf(result.error, patch));
      setSave('failed');
      return;
    }
    setSettings(result.data);
    setProblem((p) => (p && p.field !== fieldOf(patch) ? p : null));
    setSave('saved');
    savedTimer.current = setTimeout(() => setSave('idle'), 2500);
  };

  const saveTime = (value: string) => {
    clearTimeout(timeTimer.current);
    timeTimer.current = undefined;
    if (!TIME_OF_DAY.test(value)) {
      setProblem({ field: 'time', message: 'Enter a time, like 07:30.' });
      return;
    }
    if (value === stored.current?.time) {
      setProblem((p) => (p?.field === 'time' ? null : p));
      return;
    }
    void saveChange({ time: value });
  };

  if (loadError) {
    return (
      <section className="settings-section" aria-labelledby={`${id}-title`}>
        <header className="settings-section-head">
          <h2 id={`${id}-title`}>Morning briefing</h2>
        </header>
        <p className="field-error" role="alert">
          Could not read the notification settings: {loadError}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => setLoadAttempt((n) => n + 1)}
          >
            Try again
          </button>
        </p>
      </section>
    );
  }

  const timeError = problem?.field === 'time' ? problem.message : null;
  const switchError = problem?.field === 'enabled' ? problem.message : null;

  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <header className="settings-section-head">
        <h2 id={`${id}-title`}>Morning briefing</h2>
        <span className={`settings-save ${save}`} role="status">
          {SAVE_TEXT[save]}
        </span>
      </header>
      {settings ? (
        <div className="settings-fields">
          <div className="notification-switch">
            <label className="toggle">
              <input
                type="checkbox"
                checked={settings.enabled}
                aria-describedby={switchError ? `${id}-switch-error` : `${id}-switch-hint`}
                onChange={(e) => {
                  const enabled = e.target.checked;
                  setSettings({ ...settings, enabled });
                  void saveChange({ enabled });
                }}
              />
              Show a notification each morning
            </label>
            {switchError ? (
              <span className="field-error" id={`${id}-switch-error`} role="alert">
                {switchError}
              </span>
            ) : (
              <span className="field-hint" id={`${id}-switch-hint`}>
                How many meetings you have and who the first one is with; clicking it opens the
                briefing. Days without meetings stay quiet. Missed while your computer slept, it
                comes when you are back that morning.
              </span>
            )}
          </div>
          <div className="field notification-time">
            <label className="field">
              <span>Time</span>
              <input
                type="time"
                required
                value={time}
                aria-invalid={Boolean(timeError)}
                aria-describedby={timeError ? `${id}-time-error` : undefined}
                onChange={(e) => {
                  const value = e.target.value;
                  setTime(value);
                  pendingTime.current = value;
                  clearTimeout(timeTimer.current);
                  timeTimer.current = setTimeout(() => saveTime(value), AUTOSAVE_DELAY_MS);
                }}
                onBlur={(e) => {
                  if (timeTimer.current !== undefined) saveTime(e.target.value);
                }}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') saveTime(e.currentTarget.value);
                }}
              />
            </label>
            {timeError && (
              <span className="field-error" id={`${id}-time-error`} role="alert">
                {timeError}
              </span>
            )}
          </div>
        </div>
      ) : (
        <p className="muted" role="status">
          Loading…
        </p>
      )}
    </section>
  );
}
