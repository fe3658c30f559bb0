import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Interaction } from '../../../../shared/domain/interaction';
import { hasCommandKey, isTextEntry } from '../../../app/ui/keys';
import { onInteractionSaved, useCaptureStore } from '../../../stores/captureStore';
import { DeleteDialog } from './DeleteDialog';
import { describeInteraction, InteractionCard } from './InteractionCard';
import { StandaloneFollowUp } from './FollowUpRows';
import './timeline.css';
import { useTimelineStore, type DeletedEntry, type TimelineEntry } from './timelineStore';
import {
  lastContactedText,
  longDateText,
  fullWhenText,
  parseIsoDate,
  upcomingDateText,
} from './timelineText';
import { UndoRow } from './UndoRow';
import { useNearEnd } from './useNearEnd';

/** Cards rendered for the first paint; the rest of the page follows right after it. */
const FIRST_PAINT = 8;

type Row = TimelineEntry | ({ type: 'deleted' } & DeletedEntry);

/** The entries with each undo offer in the place its interaction had (keys sort newest first). */
function withDeleted(entries: TimelineEntry[], deleted: DeletedEntry[]): Row[] {
  if (deleted.length === 0) return entries;
  const rows: Row[] = [...entries];
  for (const offer of [...deleted].sort((a, b) => (a.key < b.key ? 1 : -1))) {
    const at = rows.findIndex((row) => row.key < offer.key);
    rows.splice(at < 0 ? rows.length : at, 0, { type: 'deleted', ...offer });
  }
  return rows;
}

interface Props {
  personId: string;
  onOpenPerson?: (id: string) => void;
}

/**
 * What happened with this person, newest first: coming dates, then every interaction and
 * follow-up, a page at a time as the list is scrolled (an ARIA feed: the cards take focus, and
 * Page Down / Page Up or ↓ / ↑ move between them).
 */
export function TimelineSection({ personId, onOpenPerson }: Props) {
  const status = useTimelineStore((s) => s.status);
  const loadError = useTimelineStore((s) => s.loadError);
  const today = useTimelineStore((s) => s.today);
  const now = useTimelineStore((s) => s.now);
  const dates = useTimelineStore((s) => s.dates);
  const entries = useTimelineStore((s) => s.entries);
  const deleted = useTimelineStore((s) => s.deleted);
  const nextBefore = useTimelineStore((s) => s.nextBefore);
  const lastContacted = useTimelineStore((s) => s.lastContacted);
  const loadingMore = useTimelineStore((s) => s.loadingMore);
  const moreError = useTimelineStore((s) => s.moreError);
  const problem = useTimelineStore((s) => s.problem);
  const timeline = useTimelineStore.getState;

  const [confirming, setConfirming] = useState<Interaction | null>(null);
  const [focusUndoOf, setFocusUndoOf] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const feedRef = useRef<HTMLDivElement>(null);
  const sentinelRef = useRef<HTMLDivElement>(null);

  // Cards are memoized; a parent's fresh arrow function must not re-render all of them.
  const openPersonRef = useRef(onOpenPerson);
  useEffect(() => {
    openPersonRef.current = onOpenPerson;
  }, [onOpenPerson]);
  const hasOpenPerson = Boolean(onOpenPerson);
  const openPerson = useCallback((id: string) => openPersonRef.current?.(id), []);
  const askDelete = useCallback((interaction: Interaction) => setConfirming(interaction), []);

  // A note logged or edited in quick capture that touches this person shows up here at once.
  useEffect(
    () =>
      onInteractionSaved((interaction) => {
        const state = useTimelineStore.getState();
        if (state.personId !== personId) return;
        const involved =
          interaction.participants.some((p) => p.id === personId) ||
          state.entries.some(
            (e) => e.type === 'interaction' && e.interaction.id === interaction.id,
          );
        if (involved) void state.refresh();
      }),
    [personId],
  );

  const undo = useCallback(async (interactionId: string) => {
    const restored = await useTimelineStore.getState().undo(interactionId);
    if (!restored) return;
    setAnnouncement('Interaction restored.');
    const card = feedRef.current?.querySelector<HTMLElement>(
      `[data-interaction-id="${CSS.escape(interactionId)}"]`,
    );
    card?.focus();
  }, []);

  // Ctrl+Z / ⌘Z brings back the latest delete while its offer stands (outside text fields).
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.defaultPrevented || !hasCommandKey(event) || event.shiftKey || event.altKey) return;
      if (event.key.toLowerCase() !== 'z' || isTextEntry(event.target)) return;
      const latest = useTimelineStore.getState().deleted.at(-1);
      if (!latest) return;
      event.preventDefault();
      void undo(latest.interaction.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo]);

  const confirmDelete = async (interaction: Interaction) => {
    setConfirming(null);
    setFocusUndoOf(interaction.id);
    const removed = await timeline().remove(interaction.id);
    if (removed) {
      setAnnouncement(
        `Deleted ${describeInteraction(interaction, now)}. Undo with ${undoKeys()} or the Undo button.`,
      );
    }
  };

  const rows = useMemo(() => withDeleted(entries, deleted), [entries, deleted]);
  // The first screen needs a few cards; parsing the notes of the rest waits for it to paint.
  const [rendered, setRendered] = useState(FIRST_PAINT);
  const everythingRendered = rendered >= rows.length;
  useEffect(() => {
    if (everythingRendered) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setRendered(Number.POSITIVE_INFINITY), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [everythingRendered]);
  const visibleRows = everythingRendered ? rows : rows.slice(0, rendered);

  const loaded = status === 'ready';
  const canLoadMore = loaded && Boolean(nextBefore) && !loadingMore && !moreError;
  useNearEnd(sentinelRef, canLoadMore && everythingRendered, () => {
    if (everythingRendered && !timeline().moreError) void timeline().loadMore();
  });
  const setsize = nextBefore ? -1 : rows.length;

  /** Page Down / Page Up and ↓ / ↑ on an entry move to the next or previous one (ARIA feed). */
  const onFeedKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    if (!target.hasAttribute('data-timeline-entry') || event.altKey || event.metaKey) return;
    const step = { PageDown: 1, ArrowDown: 1, PageUp: -1, ArrowUp: -1 }[event.key];
    if (!step || event.ctrlKey) return;
    const all = [
      ...(feedRef.current?.querySelectorAll<HTMLElement>('[data-timeline-entry]') ?? []),
    ];
    const next = all[all.indexOf(target) + step];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  };

  const everything = loaded && !nextBefore && entries.length > 3;

  return (
    <section aria-label="Timeline" className="dossier-section timeline-section">
      <header className="section-header timeline-header">
        <div>
          <h2>Timeline</h2>
          <p className="last-contacted">
            {loaded ? (
              <span title={lastContacted ? fullWhenText(lastContacted) : undefined}>
                {lastContactedText(lastContacted, now)}
              </span>
            ) : (
              '\u00a0'
            )}
          </p>
        </div>
        <button
          type="button"
          className="log-note"
          onClick={() => useCaptureStore.getState().open({ participantIds: [personId] })}
        >
          Log a note
        </button>
      </header>

      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {problem && (
        <p className="timeline-problem" role="alert">
          {problem}{' '}
          <button type="button" className="link-button" onClick={() => timeline().dismissProblem()}>
            Dismiss
          </button>
        </p>
      )}

      {status === 'failed' ? (
        <p className="timeline-problem" role="alert">
          The timeline could not be loaded: {loadError}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => void timeline().open(personId)}
          >
            Try again
          </button>
        </p>
      ) : (
        <>
          {dates.length > 0 && (
            <ul className="timeline-dates" aria-label="Coming up">
              {dates.map((date) => (
                <li key={date.key} title={longDateText(parseIsoDate(date.date))}>
                  {upcomingDateText(date.label, date.date, today)}
                </li>
              ))}
            </ul>
          )}
          <div
            ref={feedRef}
            role="feed"
            className="timeline-feed"
            aria-label="Interactions and follow-ups"
            aria-busy={status === 'loading' || loadingMore}
            onKeyDown={onFeedKeyDown}
          >
            {visibleRows.map((row, index) =>
              row.type === 'interaction' ? (
                <InteractionCard
                  key={row.key}
                  interaction={row.interaction}
                  personId={personId}
                  today={today}
                  now={now}
                  posinset={index + 1}
                  setsize={setsize}
                  onOpenPerson={hasOpenPerson ? openPerson : undefined}
                  onAskDelete={askDelete}
                />
              ) : row.type === 'followUp' ? (
                <StandaloneFollowUp
                  key={row.key}
                  followUp={row.followUp}
                  personId={personId}
                  today={today}
                  posinset={index + 1}
                  setsize={setsize}
                />
              ) : (
                <UndoRow
                  key={`deleted-${row.key}`}
                  entry={row}
                  focusOnMount={focusUndoOf === row.interaction.id}
                  onUndo={() => void undo(row.interaction.id)}
                  onExpire={() => timeline().expire(row.interaction.id)}
                />
              ),
            )}
          </div>
          {status === 'loading' && entries.length === 0 && (
            <div className="timeline-skeleton" aria-hidden="true">
              <div />
              <div />
            </div>
          )}
          {loaded && rows.length === 0 && (
            <p className="timeline-empty muted">
              Calls, meetings and notes you log with them appear here, newest first.
            </p>
          )}
        </>
      )}

      <div ref={sentinelRef} className="timeline-end">
        {loadingMore ? (
          <span role="status">Loading older entries…</span>
        ) : moreError ? (
          <span role="alert">
            Older entries could not be loaded: {moreError}{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => void timeline().loadMore()}
            >
              Try again
            </button>
          </span>
        ) : loaded && nextBefore ? (
          <button type="button" className="link-button" onClick={() => void timeline().loadMore()}>
            Show older entries
          </button>
        ) : everything ? (
          <span className="muted">Start of the timeline</span>
        ) : null}
      </div>

      {confirming && (
        <DeleteDialog
          interaction={confirming}
          now={now}
          onClose={() => setConfirming(null)}
          onConfirm={() => void confirmDelete(confirming)}
        />
      )}
    </section>
  );
}

function undoKeys(): string {
  return /Mac|iPhone|iPad/.test(navigator.userAgent) ? 'Command Z' : 'Control Z';
}
