import type { OrganizationMember } from '../../../shared/domain/organization';
import { Avatar } from '../people/Avatar';

const monthYear = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' });
const dayMonthYear = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** 2021 → "2021", 2021-06 → "Jun 2021", 2021-06-14 → "Jun 14, 2021" (in the user's locale). */
export function formatPartialDate(value: string): string {
  const [year, month, day] = value.split('-').map(Number);
  if (!year) return value;
  if (!month) return String(year);
  const date = new Date(Date.UTC(year, month - 1, day ?? 1, 12));
  return (day ? dayMonthYear : monthYear).format(date);
}

export function periodOf(member: Pick<OrganizationMember, 'startDate' | 'endDate' | 'current'>) {
  const start = member.startDate && formatPartialDate(member.startDate);
  const end = member.endDate && formatPartialDate(member.endDate);
  if (member.current) return start ? `since ${start}` : '';
  if (start && end) return `${start} – ${end}`;
  if (end) return `until ${end}`;
  if (start) return `from ${start}`;
  return '';
}

function MemberRow({
  member,
  onOpenPerson,
}: {
  member: OrganizationMember;
  onOpenPerson: (id: string) => void;
}) {
  const period = periodOf(member);
  return (
    <li>
      <button type="button" className="member" onClick={() => onOpenPerson(member.personId)}>
        <Avatar name={member.displayName} />
        <span className="row-text">
          <span className="row-title">{member.displayName}</span>
          <span className="row-sub">
            {[member.title, period].filter(Boolean).join(' · ') ||
              (member.current ? 'Current role' : 'Past role')}
          </span>
        </span>
      </button>
    </li>
  );
}

/** Who works there now, then who did: each opens that person's page. */
export function OrganizationMembers({
  name,
  members,
  onOpenPerson,
}: {
  name: string;
  members: readonly OrganizationMember[];
  onOpenPerson: (id: string) => void;
}) {
  const current = members.filter((m) => m.current);
  const past = members.filter((m) => !m.current);
  if (members.length === 0) {
    return (
      <p className="muted">
        No one is linked to {name || 'this organization'} yet. Add a role to a person’s page and
        they will appear here.
      </p>
    );
  }
  return (
    <>
      {current.length > 0 && (
        <section aria-label="Current people">
          <h3>Now ({current.length})</h3>
          <ul className="members">
            {current.map((m, i) => (
              <MemberRow key={`${m.personId}-${i}`} member={m} onOpenPerson={onOpenPerson} />
            ))}
          </ul>
        </section>
      )}
      {past.length > 0 && (
        <section aria-label="Past people">
          <h3>Before ({past.length})</h3>
          <ul className="members">
            {past.map((m, i) => (
              <MemberRow key={`${m.personId}-${i}`} member={m} onOpenPerson={onOpenPerson} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
