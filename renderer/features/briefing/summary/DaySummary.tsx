import type { BriefingSummary } from '../../../../shared/domain/briefing';
import { useUiStore } from '../../../stores/uiStore';

function Figure({
  count,
  one,
  many,
  alert,
}: {
  count: number;
  one: string;
  many: string;
  alert?: boolean;
}) {
  const classes = ['summary-figure'];
  if (alert && count > 0) classes.push('alert');
  if (count === 0) classes.push('zero');
  return (
    <li className={classes.join(' ')}>
      <strong>{count}</strong> <span>{count === 1 ? one : many}</span>
    </li>
  );
}

/** The day at a glance: how busy, how many people, what needs care before the first meeting. */
export function DaySummary({ summary }: { summary: BriefingSummary }) {
  return (
    <section className="brief-summary" aria-label="Day summary">
      <ul>
        <Figure count={summary.meetings} one="meeting" many="meetings" />
        <Figure count={summary.people} one="person" many="people" />
        <Figure
          count={summary.firstTimeMeetings}
          one="first-time meeting"
          many="first-time meetings"
        />
        <Figure
          count={summary.overdueFollowUps}
          one="overdue follow-up"
          many="overdue follow-ups"
          alert
        />
        {summary.birthdaysToday.length > 0 && (
          <li className="summary-figure birthday">
            <span>Birthday today:</span>{' '}
            {summary.birthdaysToday.map((person, i) => (
              <span key={person.id}>
                {i > 0 && ', '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => useUiStore.getState().openPerson(person.id)}
                >
                  {person.displayName}
                </button>
              </span>
            ))}
          </li>
        )}
      </ul>
    </section>
  );
}
