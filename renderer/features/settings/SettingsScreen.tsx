import { useEffect, useRef } from 'react';
import { useSettingsStore } from '../../stores/settingsStore';
import { BackupsSection } from './BackupsSection';
import { CalendarsSection } from './CalendarsSection';
import { DataSection } from './DataSection';
import { MeSection } from './MeSection';
import { NotificationSection } from './NotificationSection';
import { TagsSection } from './TagsSection';
import './settings.css';

/** Who the user is and which calendars Farley reads. Every change saves itself. */
export function SettingsScreen() {
  const me = useSettingsStore((s) => s.me);
  const meLoadError = useSettingsStore((s) => s.meLoadError);
  const focusCalendars = useSettingsStore((s) => s.focusCalendars);
  const fileButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const store = useSettingsStore.getState();
    void store.loadMe();
    void store.loadSources();
    // Folders are re-read in the background when their files change: coming back shows it.
    const onFocus = () => void useSettingsStore.getState().loadSources();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, []);

  // Sent here from the agenda's "no calendars" message: straight to adding one.
  useEffect(() => {
    if (!focusCalendars) return;
    fileButton.current?.focus({ preventScroll: true });
    fileButton.current?.scrollIntoView({ block: 'center' });
    useSettingsStore.getState().calendarsFocused();
  }, [focusCalendars]);

  return (
    <div className="settings">
      <h1>Settings</h1>
      {meLoadError && (
        <p className="field-error" role="alert">
          Could not read your details: {meLoadError}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => void useSettingsStore.getState().loadMe()}
          >
            Try again
          </button>
        </p>
      )}
      {me ? (
        <MeSection me={me} />
      ) : (
        !meLoadError && (
          <p className="muted" role="status">
            Loading…
          </p>
        )
      )}
      <CalendarsSection fileButtonRef={fileButton} />
      <NotificationSection />
      <TagsSection />
      <BackupsSection />
      <DataSection />
    </div>
  );
}
