import type { DatedPerson } from '../../../../shared/domain/briefing';
import type { GoingColdItem, ReachOutItem } from '../../../../shared/domain/insights';
import type { FollowUp } from '../../../../shared/domain/interaction';
import type { PersonRef } from '../../../../shared/domain/person';
import { useTodayStore } from '../../../stores/todayStore';
import { useUiStore } from '../../../stores/uiStore';
import { dueText, fullDate } from '../../followUps/dueText';
import { upcomingDateText } from '../briefingText';

/** A person's name that opens their dossier. */
export function PersonButton({ person }: { person: PersonRef }) {
  return (
    <button
      type="button"
      className="link-button today-person"
      data-today-stop
      title={`Open ${person.displayName}’s dossier`}
      onClick={() => useUiStore.getState().openPerson(person.id)}
    >
      {person.displayName}
    </button>
  );
}

/** An open follow-up due by the panel's day: checked off in place. */
export function FollowUpDueRow({ item, date }: { item: FollowUp; date: string }) {
  const due = item.dueOn ?? date;
  const overdue = due < date;
  return (
    <li className={overdue ? 'today-item today-follow-up overdue' : 'today-item today-follow-up'}>
      <input
        type="checkbox"
        data-today-stop
        aria-label={`Check off: ${item.title}`}
        checked={false}
        onChange={(event) => {
          // The row goes at once: the keyboard keeps its place on what comes after it.
          const row = event.currentTarget.closest('li');
          const panel = event.currentTarget.closest('.today-panel');
          const after = [...(panel?.querySelectorAll<HTMLElement>('[data-today-stop]') ?? [])].find(
            (stop) =>
              row !== null &&
              !row.contains(stop) &&
              (row.compareDocumentPosition(stop) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
          );
          void useTodayStore.getState().complete(item);
          after?.focus();
        }}
      />
      <div className="today-item-text">
        <span className="today-title">{item.title}</span>
        <span className="today-meta">
          <span className="today-due" title={fullDate(due)}>
            {overdue ? dueText(due, date) : 'due today'}
          </span>
          {item.people.map((person) => (
            <PersonButton key={person.id} person={person} />
          ))}
        </span>
      </div>
    </li>
  );
}

/** A person and the one line that says why they are in the group. */
function PersonRow({ person, detail }: { person: PersonRef; detail: string }) {
  return (
    <li className="today-item">
      <div className="today-item-text">
        <PersonButton person={person} />
        <span className="today-meta muted">{detail}</span>
      </div>
    </li>
  );
}

export const ReachOutRow = ({ item }: { item: ReachOutItem }) => (
  <PersonRow person={item.person} detail={item.reason} />
);

export const DateRow = ({ item }: { item: DatedPerson }) => (
  <PersonRow person={item.person} detail={upcomingDateText(item)} />
);

export const GoingColdRow = ({ item }: { item: GoingColdItem }) => (
  <PersonRow person={item.person} detail={item.reason} />
);
