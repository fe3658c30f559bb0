import { useEffect, useMemo, useRef } from 'react';
import { isTextEntry } from '../../app/ui/keys';
import { useCalendarStore } from '../../stores/calendarStore';
import { useSettingsStore } from '../../stores/settingsStore';
import { useUiStore } from '../../stores/uiStore';
import { AgendaHeader } from './AgendaHeader';
import { addDays, firstDayOfWeek, todayIn, weekOf } from './dates';
import { DayView } from './DayView';
import { systemTimeZone, useNow } from './useNow';
import { WeekView } from './WeekView';
import './agenda.css';

/** Moves focus to the next (or previous) meeting of the day on screen. */
function focusMeeting(root: HTMLElement | null, step: 1 | -1): void {
  const items = [...(root?.querySelectorAll<HTMLElement>('[data-meeting]') ?? [])];
  if (items.length === 0) return;
  const current = items.findIndex((item) => item.contains(document.activeElement));
  const next = current < 0 ? (step > 0 ? 0 : items.length - 1) : current + step;
  const target = items[Math.max(0, Math.min(items.length - 1, next))];
  target?.focus({ preventScroll: true });
  target?.scrollIntoView({ block: 'nearest' });
}

/** Moves the agenda by some days from the day shown; landing on today follows today again. */
function moveBy(days: number): void {
  const zone = useSettingsStore.getState().me?.timeZone ?? systemTimeZone();
  const today = todayIn(zone, new Date());
  const calendar = useCalendarStore.getState();
  const next = addDays(calendar.date ?? today, days);
  calendar.setDate(next === today ? null : next);
}

/**
 * The user's meetings, a day (or a week) at a time, with everyone on each invite matched to
 * their dossier. Keys: ← → previous/next, T today, D day, W week, J K next/previous meeting.
 */
export function AgendaScreen() {
  const me = useSettingsStore((s) => s.me);
  const meLoadError = useSettingsStore((s) => s.meLoadError);
  const sources = useSettingsStore((s) => s.sources);
  const view = useCalendarStore((s) => s.view);
  const chosen = useCalendarStore((s) => s.date);
  const entries = useCalendarStore((s) => s.days);
  const version = useCalendarStore((s) => s.version);
  const notice = useCalendarStore((s) => s.notice);
  const nowDate = useNow(30_000);
  const root = useRef<HTMLDivElement>(null);
  const firstDay = useMemo(() => firstDayOfWeek(), []);

  const zoneKnown = me !== null || meLoadError !== null;
  const timeZone = me?.timeZone ?? systemTimeZone();
  const today = todayIn(timeZone, nowDate);
  const date = chosen ?? today;
  const week = useMemo(() => weekOf(date, firstDay), [date, firstDay]);
  // The neighbours are fetched too, so that ← and → answer at once.
  const wanted = view === 'day' ? [date, addDays(date, 1), addDays(date, -1)] : week;
  const wantedKey = wanted.join(',');

  useEffect(() => {
    const settings = useSettingsStore.getState();
    void settings.loadMe();
    void settings.loadSources();
    // Calendars are re-read in the background when their files change: coming back to the
    // window shows what is new.
    const onFocus = () => {
      useCalendarStore.getState().invalidate();
      void useSettingsStore.getState().loadSources();
    };
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, []);

  useEffect(() => {
    if (!zoneKnown) return;
    void useCalendarStore.getState().load(wantedKey.split(','));
  }, [zoneKnown, wantedKey, version]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTextEntry(event.target) || useUiStore.getState().paletteOpen) return;
      if (event.target instanceof Element && event.target.closest('[role="dialog"], dialog'))
        return;
      if (document.querySelector('[aria-modal="true"]')) return;
      const calendar = useCalendarStore.getState();
      const stepBy = calendar.view === 'day' ? 1 : 7;
      const run = (action: () => void) => {
        event.preventDefault();
        action();
      };
      switch (event.key) {
        case 'ArrowLeft':
          run(() => moveBy(-stepBy));
          break;
        case 'ArrowRight':
          run(() => moveBy(stepBy));
          break;
        case 't':
        case 'T':
          run(() => calendar.setDate(null));
          break;
        case 'd':
        case 'D':
          run(() => calendar.setView('day'));
          break;
        case 'w':
        case 'W':
          run(() => calendar.setView('week'));
          break;
        case 'j':
        case 'J':
          if (calendar.view === 'day') run(() => focusMeeting(root.current, 1));
          break;
        case 'k':
        case 'K':
          if (calendar.view === 'day') run(() => focusMeeting(root.current, -1));
          break;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const noCalendars = sources !== null && sources.length === 0;
  const entry = entries[date];
  const dayAgenda = entry?.status === 'ready' ? entry.agenda : null;
  const unreadable = (sources ?? []).filter((s) => s.error || s.files.some((f) => f.error)).length;

  return (
    <div className="agenda" ref={root}>
      <AgendaHeader
        view={view}
        date={date}
        today={today}
        week={week}
        timeZone={timeZone}
        agenda={view === 'day' ? dayAgenda : null}
        onStep={moveBy}
      />
      <p className="visually-hidden" role="status">
        {notice}
      </p>
      {unreadable > 0 && !noCalendars && (
        <p className="agenda-warning" role="note">
          {unreadable === 1 ? 'One calendar has' : `${unreadable} calendars have`} files that could
          not be read.{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => useUiStore.getState().openSettings()}
          >
            See Settings
          </button>
        </p>
      )}
      {noCalendars ? (
        <div className="agenda-empty">
          <p className="agenda-empty-title">No calendars yet — add one in Settings</p>
          <p className="muted">
            Farley reads your calendar from .ics files on this computer, such as an export from your
            calendar app or a folder kept in sync by vdirsyncer. Nothing is sent anywhere.
          </p>
          <button
            type="button"
            className="primary"
            onClick={() => {
              useUiStore.getState().openSettings();
              useSettingsStore.getState().requestCalendarsFocus();
            }}
          >
            Add a calendar in Settings
          </button>
        </div>
      ) : view === 'week' ? (
        <WeekView days={week} entries={entries} today={today} chosen={date} />
      ) : entry?.status === 'error' ? (
        <div className="agenda-empty" role="alert">
          <p className="agenda-empty-title">This day could not be read</p>
          <p className="muted">{entry.message}</p>
          <button type="button" onClick={() => void useCalendarStore.getState().load([date])}>
            Try again
          </button>
        </div>
      ) : dayAgenda ? (
        <DayView agenda={dayAgenda} today={today} now={nowDate.getTime()} />
      ) : (
        <p className="agenda-loading" role="status">
          Loading…
        </p>
      )}
    </div>
  );
}
