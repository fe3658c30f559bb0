import { useEffect, useId, type KeyboardEvent } from 'react';
import type { TodayPanel as Panel } from '../../../../shared/domain/insights';
import { useBriefingStore } from '../../../stores/briefingStore';
import { useTodayStore } from '../../../stores/todayStore';
import { useUiStore } from '../../../stores/uiStore';
import { TodayGroup } from './TodayGroup';
import { DateRow, FollowUpDueRow, GoingColdRow, ReachOutRow } from './TodayRows';
import './today.css';

/**
 * Asks for the panel once the briefing of its day is in, and again each time the briefing is
 * (a capture, a new dossier, a check-off, the window coming back): never before it, so the
 * briefing's first paint never waits behind the panel.
 */
function usePanelAfterBriefing(date: string): void {
  const entry = useBriefingStore((s) => s.days[date]);
  const settled =
    entry !== undefined && entry.status !== 'loading' && !(entry.status === 'ready' && entry.stale);
  useEffect(() => {
    if (settled) void useTodayStore.getState().load(date);
  }, [date, settled, entry]);
}

/** ↑ and ↓ move between the panel's names, boxes and links, as Tab and Shift+Tab do. */
function moveFocus(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const stops = [...event.currentTarget.querySelectorAll<HTMLElement>('[data-today-stop]')];
  const at = stops.indexOf(event.target as HTMLElement);
  if (at < 0) return;
  event.preventDefault();
  stops[
    Math.max(0, Math.min(stops.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)))
  ]?.focus();
}

const isEmpty = (panel: Panel) =>
  panel.followUpsDue.total +
    panel.reachOut.total +
    panel.datesThisWeek.total +
    panel.goingCold.total ===
  0;

function Groups({ panel }: { panel: Panel }) {
  const ui = useUiStore.getState;
  if (isEmpty(panel)) {
    return (
      <p className="today-empty muted">
        Nothing to act on: no follow-ups due, no one to reach out to or going quiet, and no
        birthdays this week. Give people a keep-in-touch cadence to be reminded of them here.
      </p>
    );
  }
  const { followUpsDue, reachOut, datesThisWeek, goingCold } = panel;
  return (
    <>
      <TodayGroup
        title="Follow-ups due"
        total={followUpsDue.total}
        shown={followUpsDue.items.length}
        empty="Nothing due. Follow-ups with a date show up here when they fall due."
        more={{ label: 'all follow-ups', onOpen: () => ui().openFollowUps() }}
      >
        {followUpsDue.items.map((item) => (
          <FollowUpDueRow key={item.id} item={item} date={panel.date} />
        ))}
      </TodayGroup>
      <TodayGroup
        title="Reach out"
        total={reachOut.total}
        shown={reachOut.items.length}
        empty="No one is due. Set a cadence on a person or a tag to be reminded to keep in touch."
        more={{ label: 'everyone to reach out to', onOpen: () => ui().openReachOut() }}
      >
        {reachOut.items.map((item) => (
          <ReachOutRow key={item.person.id} item={item} />
        ))}
      </TodayGroup>
      <TodayGroup
        title="Birthdays this week"
        total={datesThisWeek.total}
        shown={datesThisWeek.items.length}
        empty="No birthdays or other dates in the next 7 days."
      >
        {datesThisWeek.items.map((item) => (
          <DateRow key={`${item.person.id}|${item.kind}|${item.label}|${item.date}`} item={item} />
        ))}
      </TodayGroup>
      <TodayGroup
        title="Going cold"
        total={goingCold.total}
        shown={goingCold.items.length}
        empty="No one you used to see often has gone quiet."
        more={{ label: 'everyone going cold', onOpen: () => ui().openReachOut() }}
      >
        {goingCold.items.map((item) => (
          <GoingColdRow key={item.person.id} item={item} />
        ))}
      </TodayGroup>
    </>
  );
}

/** What just happened to a follow-up here: checked off (with Undo), or refused. */
function CheckOffNotice() {
  const lastDone = useTodayStore((s) => s.lastDone);
  const error = useTodayStore((s) => s.error);
  return (
    <>
      <p className="today-notice" role="status">
        {lastDone && (
          <>
            Checked off “{lastDone.title}”.{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => void useTodayStore.getState().undo()}
            >
              Undo
            </button>
          </>
        )}
      </p>
      {error && (
        <p className="today-error" role="alert">
          {error}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => useTodayStore.getState().dismiss()}
          >
            Dismiss
          </button>
        </p>
      )}
    </>
  );
}

/**
 * Beside today's briefing: follow-ups due, who to reach out to, this week's birthdays and who
 * is going cold, each name a way into the dossier.
 */
export function TodayPanel({ date }: { date: string }) {
  const headingId = useId();
  const panel = useTodayStore((s) => (s.date === date ? s.panel : null));
  const loadError = useTodayStore((s) => s.loadError);
  const loading = useTodayStore((s) => s.loading);
  usePanelAfterBriefing(date);

  return (
    <aside
      className="today-panel"
      aria-labelledby={headingId}
      aria-busy={loading || undefined}
      onKeyDown={moveFocus}
    >
      <h2 id={headingId}>Today</h2>
      <CheckOffNotice />
      {loadError && (
        <div className="today-error" role="alert">
          <p>Could not put today’s list together: {loadError}</p>
          <button type="button" onClick={() => void useTodayStore.getState().load(date)}>
            Try again
          </button>
        </div>
      )}
      {panel ? (
        <Groups panel={panel} />
      ) : (
        !loadError && (
          <p className="today-loading muted" role="status">
            Loading…
          </p>
        )
      )}
    </aside>
  );
}
