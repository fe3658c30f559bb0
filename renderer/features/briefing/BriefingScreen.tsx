import { useEffect } from 'react';
import { onInteractionSaved } from '../../stores/captureStore';
import { useBriefingStore, type BriefingEntry } from '../../stores/briefingStore';
import { useSettingsStore } from '../../stores/settingsStore';
import { addDays, todayIn } from '../calendar/dates';
import { systemTimeZone, useNow } from '../calendar/useNow';
import { BriefingDay } from './BriefingDay';
import { EVENING_HOUR, hourIn, meetingToWriteUp } from './briefingText';
import { BriefingHeader } from './header/BriefingHeader';
import { openMeetingNotes } from './meeting/meetingNotes';
import { TomorrowPreview } from './summary/TomorrowPreview';
import { TodayPanel } from './today/TodayPanel';
import { useBriefingKeys } from './useBriefingKeys';
import './briefing.css';
import './briefing-print.css';

/** Today's "now" and "next" move on: the day is asked again this often while it is open. */
const REFRESH_MS = 5 * 60_000;
/** A notice stays this long before it clears. */
const NOTICE_MS = 6_000;

type EntryState = 'missing' | 'loading' | 'stale' | 'ready' | 'error';

function stateOf(entry: BriefingEntry | undefined): EntryState {
  if (!entry) return 'missing';
  if (entry.status === 'ready') return entry.stale ? 'stale' : 'ready';
  return entry.status;
}

/** Asks for a day when it is not known or out of date (never again and again after an error). */
function useDay(date: string | null, state: EntryState): void {
  useEffect(() => {
    if (date && (state === 'missing' || state === 'stale')) {
      void useBriefingStore.getState().load(date);
    }
  }, [date, state]);
}

/** Keeps the briefing fresh while it is on screen, and the prep notes safe when it goes. */
function useBriefingLifecycle(): void {
  useEffect(() => {
    const briefing = useBriefingStore.getState;
    // Back from another screen: what is cached shows at once and is asked again behind it.
    briefing().invalidate();
    // Not needed for the first paint: the zone comes with the briefing, the calendars only
    // matter for an empty day.
    void useSettingsStore.getState().loadMe();
    void useSettingsStore.getState().loadSources();
    const refresh = () => briefing().invalidate();
    const saveNow = () => void briefing().flushPrep();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') saveNow();
    };
    const offSaved = onInteractionSaved(refresh);
    const timer = setInterval(refresh, REFRESH_MS);
    window.addEventListener('focus', refresh);
    window.addEventListener('pagehide', saveNow);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      offSaved();
      clearInterval(timer);
      window.removeEventListener('focus', refresh);
      window.removeEventListener('pagehide', saveNow);
      document.removeEventListener('visibilitychange', onVisibility);
      saveNow();
    };
  }, []);
}

/**
 * The home screen: the day's meetings and a file on everyone in them. Today by default, the
 * evening adds a glance at tomorrow. Keys: ← → previous/next day, T today, N notes on the
 * meeting under way.
 */
export function BriefingScreen() {
  const chosen = useBriefingStore((s) => s.date);
  const coreZone = useBriefingStore((s) => s.timeZone);
  const notice = useBriefingStore((s) => s.notice);
  const meZone = useSettingsStore((s) => s.me?.timeZone ?? null);
  const nowDate = useNow(30_000);

  // Settings may know the zone first (or newer); else the core told us with the last briefing.
  const timeZone = meZone ?? coreZone ?? systemTimeZone();
  const today = todayIn(timeZone, nowDate);
  const date = chosen ?? today;
  const tomorrow = addDays(today, 1);
  const entry = useBriefingStore((s) => s.days[date]);
  const tomorrowEntry = useBriefingStore((s) => s.days[tomorrow]);
  const state = stateOf(entry);
  const briefing = entry?.status === 'ready' ? entry.briefing : null;
  const evening = date === today && hourIn(timeZone, nowDate) >= EVENING_HOUR;

  useBriefingLifecycle();
  useDay(date, state);
  useDay(evening ? tomorrow : null, stateOf(tomorrowEntry));

  // Once the day is on screen, its neighbours are fetched so that ← and → answer at once.
  useEffect(() => {
    if (state !== 'ready') return;
    const timer = setTimeout(() => {
      const store = useBriefingStore.getState();
      void store.load(addDays(date, 1)).then(() => store.load(addDays(date, -1)));
    }, 200);
    return () => clearTimeout(timer);
  }, [date, state]);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => useBriefingStore.getState().announce(''), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  const goTo = (next: string) => useBriefingStore.getState().setDate(next === today ? null : next);
  const writeNotes = () => {
    if (!briefing) return;
    const meeting = meetingToWriteUp(briefing.meetings, Date.now());
    if (meeting) openMeetingNotes(meeting);
    else useBriefingStore.getState().announce('No meeting of this day has started yet.');
  };
  useBriefingKeys({
    step: (days) => goTo(addDays(date, days)),
    today: () => useBriefingStore.getState().setDate(null),
    writeNotes,
  });

  return (
    <div className="briefing">
      <BriefingHeader
        date={date}
        today={today}
        timeZone={timeZone}
        briefing={briefing}
        onStep={(days) => goTo(addDays(date, days))}
        onToday={() => useBriefingStore.getState().setDate(null)}
        onDate={goTo}
      />
      <p className="brief-notice" role="status">
        {notice}
      </p>
      <div className="brief-columns">
        <div className="brief-day-column">
          {entry?.status === 'error' ? (
            <div className="brief-empty" role="alert">
              <p className="brief-empty-title">This day’s briefing could not be put together</p>
              <p className="muted">{entry.message}</p>
              <button type="button" onClick={() => void useBriefingStore.getState().load(date)}>
                Try again
              </button>
            </div>
          ) : briefing ? (
            <BriefingDay briefing={briefing} today={today} now={nowDate.getTime()} />
          ) : (
            <p className="brief-loading" role="status">
              Loading…
            </p>
          )}
          {evening && <TomorrowPreview date={tomorrow} entry={tomorrowEntry} />}
        </div>
        {/* Reach out and going cold are rankings of the present: shown with today only. */}
        {date === today && <TodayPanel date={today} />}
      </div>
    </div>
  );
}
