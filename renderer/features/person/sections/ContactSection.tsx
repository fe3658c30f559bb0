import type {
  Person,
  PersonEmail,
  PersonLink,
  PersonPhone,
} from '../../../../shared/domain/person';
import { RowList, type Column } from '../common/RowList';
import { SectionFrame } from '../common/SectionFrame';
import { isBlank, keyRows, listPlan, type Row } from '../draft/rows';
import type { SectionSpec } from '../draft/sectionDraft';
import { useSectionDraft } from '../draft/useSectionDraft';
import { AddressList, addressSpec } from './AddressList';
import { EmailConflict } from './EmailConflict';

const blankEmail = (r: PersonEmail) => isBlank(r.address, r.label);
const emailSpec: SectionSpec<Row<PersonEmail>[]> = {
  id: 'emails',
  sourceKey: (p) => JSON.stringify(p.emails),
  toDraft: (p, previous) => keyRows(p.emails, previous, blankEmail),
  toPatch: (rows) =>
    listPlan('emails', rows, (r) =>
      blankEmail(r) ? null : { address: r.address, label: r.label, primary: r.primary },
    ),
};

const blankPhone = (r: PersonPhone) => isBlank(r.number, r.label);
const phoneSpec: SectionSpec<Row<PersonPhone>[]> = {
  id: 'phones',
  sourceKey: (p) => JSON.stringify(p.phones),
  toDraft: (p, previous) => keyRows(p.phones, previous, blankPhone),
  toPatch: (rows) =>
    listPlan('phones', rows, (r) =>
      blankPhone(r) ? null : { number: r.number, label: r.label, primary: r.primary },
    ),
};

const blankLink = (r: PersonLink) => isBlank(r.url, r.label);
const linkSpec: SectionSpec<Row<PersonLink>[]> = {
  id: 'links',
  sourceKey: (p) => JSON.stringify(p.links),
  toDraft: (p, previous) => keyRows(p.links, previous, blankLink),
  toPatch: (rows) =>
    listPlan('links', rows, (r) => (blankLink(r) ? null : { url: r.url, label: r.label })),
};

const labelColumn = <T extends { label: string }>(noun: string, list: string): Column<T> => ({
  field: 'label' as Column<T>['field'],
  label: (n) => `${noun} ${n} label`,
  placeholder: 'Label',
  className: 'label-cell',
  list,
});

export function ContactSection({ person }: { person: Person }) {
  const emails = useSectionDraft(person, emailSpec);
  const phones = useSectionDraft(person, phoneSpec);
  const links = useSectionDraft(person, linkSpec);
  const addresses = useSectionDraft(person, addressSpec);

  const emailColumns: Column<PersonEmail>[] = [
    {
      field: 'address',
      label: (n) => `Email ${n}`,
      placeholder: 'name@example.com',
      className: 'main-cell',
      inputMode: 'email',
      renderIssue: (row, _message, id) =>
        emails.error?.code === 'conflict' ? (
          <EmailConflict person={person} handle={emails} row={row} id={id} />
        ) : null,
    },
    labelColumn<PersonEmail>('Email', 'person-email-labels'),
  ];
  const phoneColumns: Column<PersonPhone>[] = [
    {
      field: 'number',
      label: (n) => `Phone ${n}`,
      placeholder: '+1 555 010 0000',
      className: 'main-cell',
      inputMode: 'tel',
    },
    labelColumn<PersonPhone>('Phone', 'person-phone-labels'),
  ];
  const linkColumns: Column<PersonLink>[] = [
    {
      field: 'url',
      label: (n) => `Link ${n}`,
      placeholder: 'linkedin.com/in/…',
      className: 'main-cell',
      inputMode: 'url',
    },
    labelColumn<PersonLink>('Link', 'person-link-labels'),
  ];

  // Lists with something in them come first; the empty ones shrink to one line of "add" buttons.
  const groups = [
    {
      id: 'emails',
      title: 'Email',
      empty: emails.draft.length === 0,
      list: (
        <RowList
          title="Emails"
          noun="email"
          handle={emails}
          columns={emailColumns}
          blank={() => ({ address: '', label: '', primary: emails.draft.length === 0 })}
          withPrimary
          rowTools={(row, n) =>
            row.address.includes('@') && !row.isNew ? (
              <a
                className="icon-button"
                href={`mailto:${row.address.trim()}`}
                target="_blank"
                rel="noreferrer"
                aria-label={`Write to email ${n}`}
                title="Write an email"
              >
                ✉
              </a>
            ) : null
          }
        />
      ),
    },
    {
      id: 'phones',
      title: 'Phone',
      empty: phones.draft.length === 0,
      list: (
        <RowList
          title="Phones"
          noun="phone"
          handle={phones}
          columns={phoneColumns}
          blank={() => ({ number: '', label: '', primary: phones.draft.length === 0 })}
          withPrimary
        />
      ),
    },
    {
      id: 'addresses',
      title: 'Address',
      empty: addresses.draft.length === 0,
      list: <AddressList handle={addresses} />,
    },
    {
      id: 'links',
      title: 'Links',
      empty: links.draft.length === 0,
      list: (
        <RowList
          title="Links"
          noun="link"
          handle={links}
          columns={linkColumns}
          blank={() => ({ url: '', label: '' })}
          rowTools={(row, n) =>
            /^https?:\/\//i.test(row.url.trim()) ? (
              <a
                className="icon-button"
                href={row.url.trim()}
                target="_blank"
                rel="noreferrer"
                aria-label={`Open link ${n}`}
                title="Open in your browser"
              >
                ↗
              </a>
            ) : null
          }
        />
      ),
    },
  ];

  return (
    <SectionFrame title="Contact">
      <datalist id="person-email-labels">
        <option value="work" />
        <option value="personal" />
        <option value="home" />
      </datalist>
      <datalist id="person-phone-labels">
        <option value="mobile" />
        <option value="work" />
        <option value="home" />
      </datalist>
      <datalist id="person-link-labels">
        <option value="LinkedIn" />
        <option value="Website" />
        <option value="GitHub" />
      </datalist>
      {groups
        .filter((g) => !g.empty)
        .map((g) => (
          <div key={g.id} className="contact-group">
            <h3 className="subheading">{g.title}</h3>
            {g.list}
          </div>
        ))}
      {groups.some((g) => g.empty) && (
        <div className="add-bar">
          {groups
            .filter((g) => g.empty)
            .map((g) => (
              <div key={g.id}>{g.list}</div>
            ))}
        </div>
      )}
    </SectionFrame>
  );
}
