import { useEffect } from 'react';
import type { GoingColdItem, ReachOutItem } from '../../../shared/domain/insights';
import { useCaptureStore } from '../../stores/captureStore';
import { useReachOutStore } from '../../stores/reachOutStore';
import { useUiStore } from '../../stores/uiStore';
import { PeopleRows } from './PeopleRows';
import { cadenceSource, dueWording } from './reachOutText';
import './reachOut.css';

const personOfReachOut = (item: ReachOutItem) => item.person;
const personOfGoingCold = (item: GoingColdItem) => item.person;
const describeReachOut = (item: ReachOutItem) =>
  `${dueWording(item.daysOverdue)}; ${item.reason}; warmth ${item.warmth}`;
const openPerson = (id: string) => useUiStore.getState().openPerson(id);

/** Quick capture, as a call with this person: saving it resets their cadence. */
function logCall(item: ReachOutItem) {
  const capture = useCaptureStore.getState();
  capture.rememberPeople([item.person]);
  capture.open({ kind: 'call', participantIds: [item.person.id] });
}

function ReachOutRow({ item, tabbable }: { item: ReachOutItem; tabbable: boolean }) {
  const tab = tabbable ? 0 : -1;
  return (
    <>
      <div className="ro-main">
        <button
          type="button"
          className="link-button ro-name"
          tabIndex={tab}
          onClick={() => openPerson(item.person.id)}
        >
          {item.person.displayName}
        </button>
        <span className="ro-reason">{item.reason}</span>
      </div>
      <div className="ro-facts">
        <span className={item.daysOverdue > 0 ? 'ro-due overdue' : 'ro-due'}>
          {dueWording(item.daysOverdue)}
        </span>
        <span className="ro-cadence">{cadenceSource(item)}</span>
      </div>
      <span className="ro-warmth" title="Warmth, 0–100: how close the tie is">
        <span className="ro-warmth-score">{item.warmth}</span>
        <span className="ro-warmth-label">warmth</span>
      </span>
      <button type="button" className="ro-log" tabIndex={tab} onClick={() => logCall(item)}>
        Log a call
      </button>
    </>
  );
}

function GoingColdRow({ item, tabbable }: { item: GoingColdItem; tabbable: boolean }) {
  return (
    <div className="ro-main">
      <button
        type="button"
        className="link-button ro-name"
        tabIndex={tabbable ? 0 : -1}
        onClick={() => openPerson(item.person.id)}
      >
        {item.person.displayName}
      </button>
      <span className="ro-reason">{item.reason}</span>
    </div>
  );
}

function EmptyReachOut() {
  return (
    <div className="ro-empty">
      <p className="ro-empty-title">No one is due for contact</p>
      <p className="muted">
        Say how often to keep in touch on a person’s page, or for everyone with a tag in Settings →
        Tags (every Client monthly, say). Whoever is due or overdue then shows here, most pressing
        first.
      </p>
      <button type="button" onClick={() => useUiStore.getState().openSettings()}>
        Open Settings
      </button>
    </div>
  );
}

/**
 * Who to get in touch with: everyone due or overdue under their cadence, most overdue and
 * closest first, each with why; and below, people seen often before who have gone quiet.
 * The sidebar's count keeps the lists current after each logged interaction; opening the
 * screen reads them again, since "due" moves with the day.
 */
export function ReachOutScreen() {
  const reachOut = useReachOutStore((s) => s.reachOut);
  const goingCold = useReachOutStore((s) => s.goingCold);
  const loading = useReachOutStore((s) => s.loading);
  const loadError = useReachOutStore((s) => s.loadError);
  const load = () => void useReachOutStore.getState().load();

  useEffect(() => void useReachOutStore.getState().load(), []);

  return (
    <div className="reach-out">
      <header className="ro-header">
        <h1>Reach out</h1>
        {reachOut && (
          <span className="muted ro-count">
            {reachOut.length === 0 ? 'No one due' : `${reachOut.length} due`}
          </span>
        )}
        {loading && reachOut && (
          <span className="muted ro-count" role="status">
            Updating…
          </span>
        )}
      </header>
      {loadError && (
        <p className="error-banner ro-error" role="alert">
          Could not load who to reach out to: {loadError}{' '}
          <button type="button" className="link-button" onClick={load}>
            Try again
          </button>
        </p>
      )}
      {!reachOut && !loadError && (
        <p className="muted" role="status">
          Loading…
        </p>
      )}
      {reachOut?.length === 0 && <EmptyReachOut />}
      {reachOut && reachOut.length > 0 && (
        <section aria-labelledby="ro-due-title">
          <h2 id="ro-due-title" className="visually-hidden">
            Due for contact
          </h2>
          <PeopleRows
            label="Due for contact"
            items={reachOut}
            personOf={personOfReachOut}
            describe={describeReachOut}
            onOpen={openPerson}
            onRowKey={(item, key) => {
              if (key !== 'c' && key !== 'C') return false;
              logCall(item);
              return true;
            }}
          >
            {(item, tabbable) => <ReachOutRow item={item} tabbable={tabbable} />}
          </PeopleRows>
        </section>
      )}
      {goingCold && goingCold.length > 0 && (
        <section className="ro-cold" aria-labelledby="ro-cold-title">
          <h2 id="ro-cold-title">Going cold</h2>
          <p className="muted ro-cold-intro">
            People you used to see often, with nothing in the last 60 days.
          </p>
          <PeopleRows
            label="Going cold"
            items={goingCold}
            personOf={personOfGoingCold}
            describe={(item) => item.reason}
            onOpen={openPerson}
          >
            {(item, tabbable) => <GoingColdRow item={item} tabbable={tabbable} />}
          </PeopleRows>
        </section>
      )}
      {reachOut && reachOut.length > 0 && (
        <p className="ro-keys muted" aria-hidden="true">
          <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>Enter</kbd> open · <kbd>C</kbd> log a call
        </p>
      )}
    </div>
  );
}
