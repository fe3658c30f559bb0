import type { Person } from '../../../shared/domain/person';
import { Avatar } from './Avatar';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function PersonDetail({ person }: { person: Person }) {
  return (
    <article className="card person" aria-label={person.displayName}>
      <header className="person-header">
        <Avatar name={person.displayName} size="large" />
        <div>
          <h1>{person.displayName}</h1>
          <p className="muted">Added {dateFormat.format(new Date(person.createdAt))}</p>
        </div>
      </header>
      <section>
        <h2>Contact</h2>
        {person.emails.length === 0 ? (
          <p className="muted">No email address yet.</p>
        ) : (
          <ul className="plain">
            {person.emails.map((email) => (
              <li key={email.address}>
                <a href={`mailto:${email.address}`} target="_blank" rel="noreferrer">
                  {email.address}
                </a>
                {email.label && <span className="muted"> · {email.label}</span>}
                {email.primary && person.emails.length > 1 && (
                  <span className="muted"> · primary</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
