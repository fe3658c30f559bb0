import { useRef, useState, type Ref } from 'react';
import { useSettingsStore } from '../../stores/settingsStore';
import { useNow } from '../calendar/useNow';
import { AddCalendar } from './AddCalendar';
import { CalendarSourceItem } from './CalendarSourceItem';

/** The calendars Farley reads, how each was read, and adding, re-reading or removing them. */
export function CalendarsSection({ fileButtonRef }: { fileButtonRef: Ref<HTMLButtonElement> }) {
  const sources = useSettingsStore((s) => s.sources);
  const sourcesError = useSettingsStore((s) => s.sourcesError);
  const syncingAll = useSettingsStore((s) => s.syncing === 'all');
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const now = useNow(30_000).getTime();
  const store = useSettingsStore.getState;

  const readAll = async () => {
    setError(null);
    const failure = await store().syncSources();
    if (failure) setError(failure.message);
    else setMessage('Read every calendar again.');
  };

  return (
    <section className="settings-section" aria-labelledby="settings-calendars">
      <header className="settings-section-head">
        <h2 id="settings-calendars" ref={headingRef} tabIndex={-1}>
          Calendars
        </h2>
        {sources && sources.length > 1 && (
          <button
            type="button"
            className="link-button"
            disabled={syncingAll}
            onClick={() => void readAll()}
          >
            {syncingAll ? 'Reading…' : 'Read all again'}
          </button>
        )}
      </header>
      <p className="settings-intro muted">
        Farley reads calendars from .ics files on this computer: an export from your calendar app,
        or a folder that a sync tool such as vdirsyncer keeps up to date. Folders are read again
        when their files change. Farley never writes to them.
      </p>
      {sourcesError && (
        <p className="field-error" role="alert">
          Could not list your calendars: {sourcesError}{' '}
          <button type="button" className="link-button" onClick={() => void store().loadSources()}>
            Try again
          </button>
        </p>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {sources && sources.length === 0 && (
        <p className="settings-none">No calendars yet. Add a file or a folder below.</p>
      )}
      {sources && sources.length > 0 && (
        <ul className="sources" aria-label="Calendars">
          {sources.map((source) => (
            <CalendarSourceItem
              key={source.id}
              source={source}
              now={now}
              onSynced={setMessage}
              onRemoved={(name) => {
                setMessage(`Removed “${name}”. Its files on disk were not touched.`);
                headingRef.current?.focus();
              }}
            />
          ))}
        </ul>
      )}
      <AddCalendar fileButtonRef={fileButtonRef} onAdded={setMessage} />
      <p className="settings-message" role="status">
        {message}
      </p>
    </section>
  );
}
