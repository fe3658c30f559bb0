import type { KeyboardEvent } from 'react';
import type { PersonAddress } from '../../../../shared/domain/person';
import { FieldError, SaveProblem } from '../common/SectionFrame';
import { isBlank, issueAt, keyRows, listPlan, newRowKey, type Row } from '../draft/rows';
import type { SectionSpec } from '../draft/sectionDraft';
import type { SectionHandle } from '../draft/useSectionDraft';

interface Line {
  field: keyof PersonAddress;
  name: string;
  placeholder: string;
  className: string;
}

const LABEL_LINE: Line = {
  field: 'label',
  name: 'label',
  placeholder: 'Label',
  className: 'label-cell',
};
const LINES: Line[] = [
  { field: 'street', name: 'street', placeholder: 'Street', className: 'wide' },
  { field: 'city', name: 'city', placeholder: 'City', className: '' },
  { field: 'region', name: 'region', placeholder: 'Region', className: '' },
  { field: 'postalCode', name: 'postal code', placeholder: 'Postal code', className: 'short' },
  { field: 'country', name: 'country', placeholder: 'Country', className: '' },
];

const blankAddress = (a: PersonAddress) =>
  isBlank(a.label, a.street, a.city, a.region, a.postalCode, a.country);

export const addressSpec: SectionSpec<Row<PersonAddress>[]> = {
  id: 'addresses',
  sourceKey: (p) => JSON.stringify(p.addresses),
  toDraft: (p, previous) => keyRows(p.addresses, previous, blankAddress),
  toPatch: (rows) =>
    listPlan('addresses', rows, (r) => {
      if (blankAddress(r)) return null;
      const { label, street, city, region, postalCode, country } = r;
      return { label, street, city, region, postalCode, country };
    }),
};

const emptyAddress = (): PersonAddress => ({
  label: '',
  street: '',
  city: '',
  region: '',
  postalCode: '',
  country: '',
});

/** Postal addresses, each a small block of lines that reads like an envelope. */
export function AddressList({ handle }: { handle: SectionHandle<Row<PersonAddress>[]> }) {
  const rows = handle.draft;
  const rowKeys = new Set(rows.map((row) => row.key));

  const change = (key: string, field: keyof PersonAddress, value: string) =>
    handle.edit((draft) =>
      draft.map((row) => (row.key === key ? { ...row, [field]: value } : row)),
    );
  const remove = (key: string) =>
    handle.edit((draft) => draft.filter((row) => row.key !== key), 'now');
  const add = () => {
    const key = newRowKey();
    handle.edit((draft) => [...draft, { ...emptyAddress(), key, isNew: true }]);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, row: Row<PersonAddress>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      handle.edit((d) => d.map((r) => (r.key === row.key ? { ...r, isNew: false } : r)), 'now');
    } else if (event.key === 'Escape' && row.isNew) {
      event.preventDefault();
      remove(row.key);
    }
  };

  return (
    <div role="group" aria-label="Addresses" className="row-list" {...handle.focusProps}>
      {rows.map((row, index) => {
        const n = index + 1;
        const input = ({ field, name, placeholder, className }: Line) => {
          const path = `${row.key}.${field}`;
          const message = issueAt(handle.issues, path);
          return (
            <div className={`cell ${className}`} key={field}>
              <input
                aria-label={`Address ${n} ${name}`}
                className="inline-input"
                placeholder={placeholder}
                value={row[field]}
                autoComplete="off"
                autoFocus={field === 'street' && row.isNew}
                aria-invalid={Boolean(message) || undefined}
                aria-describedby={message ? `${path}-error` : undefined}
                onChange={(e) => change(row.key, field, e.target.value)}
                onKeyDown={(e) => onKeyDown(e, row)}
              />
              <FieldError id={`${path}-error`} message={message} />
            </div>
          );
        };
        return (
          <div key={row.key} className="address">
            <div className="address-head">
              {input(LABEL_LINE)}
              <button
                type="button"
                className="icon-button remove"
                aria-label={`Remove address ${n}`}
                title="Remove address"
                onClick={() => remove(row.key)}
              >
                ×
              </button>
            </div>
            <div className="address-lines">{LINES.map(input)}</div>
            <FieldError id={`${row.key}-error`} message={issueAt(handle.issues, row.key)} />
          </div>
        );
      })}
      <SaveProblem
        status={handle.status}
        error={handle.error}
        issues={handle.issues}
        placed={(path) => rowKeys.has(path.split('.')[0] ?? '')}
        onRetry={() => void handle.flush()}
      />
      <button type="button" className="add-button" onClick={add}>
        + Add address
      </button>
    </div>
  );
}
