import type { KeyboardEvent } from 'react';
import type { Person } from '../../../../shared/domain/person';
import { Combobox } from '../common/Combobox';
import { findOrganizations } from '../common/lookups';
import { FieldError, SaveProblem, SectionFrame } from '../common/SectionFrame';
import { isBlank, issueAt, keyRows, listPlan, newRowKey, type Row } from '../draft/rows';
import type { FlushReason, SectionSpec } from '../draft/sectionDraft';
import { useSectionDraft } from '../draft/useSectionDraft';

interface RoleDraft {
  /** What the organization box shows, possibly half typed. */
  orgText: string;
  /** The organization last chosen or confirmed: only this is saved while the user types. */
  org: { id: string | null; name: string };
  title: string;
  startDate: string;
  endDate: string;
  current: boolean;
}

/**
 * The organization of a role is found by name or created when saved, so a half-typed name
 * ("Ac" for "Acme") must never be saved: while typing, the last confirmed organization is used.
 */
function organizationOf(row: RoleDraft, reason: FlushReason) {
  const text = row.orgText.trim();
  const name = reason === 'final' ? text : row.org.name;
  const id = name === row.org.name ? row.org.id : null;
  return id ? { organizationId: id } : { organizationName: name };
}

const blankRole = (row: RoleDraft) => isBlank(row.orgText, row.title, row.startDate, row.endDate);

const roleSpec: SectionSpec<Row<RoleDraft>[]> = {
  id: 'roles',
  sourceKey: (p) => JSON.stringify(p.roles),
  toDraft: (p, previous) =>
    keyRows(
      p.roles.map((role) => ({
        orgText: role.organizationName,
        org: { id: role.organizationId, name: role.organizationName },
        title: role.title,
        startDate: role.startDate ?? '',
        endDate: role.endDate ?? '',
        current: role.current,
      })),
      previous,
      blankRole,
    ),
  toPatch: (rows, reason) => {
    const typing = (row: RoleDraft) => row.orgText.trim() !== row.org.name;
    const plan = listPlan('roles', rows, (row) => {
      if (blankRole(row)) return null;
      if (reason === 'typing' && typing(row) && !row.org.name) return null;
      return {
        ...organizationOf(row, reason),
        title: row.title,
        startDate: row.startDate.trim() || null,
        endDate: row.current ? null : row.endDate.trim() || null,
        current: row.current,
      };
    });
    return { ...plan, complete: reason === 'final' || !rows.some(typing) };
  },
};

export function WorkSection({ person }: { person: Person }) {
  const handle = useSectionDraft(person, roleSpec);
  const rows = handle.draft;
  const rowKeys = new Set(rows.map((row) => row.key));

  const change = (key: string, patch: Partial<Row<RoleDraft>>, when?: 'now') =>
    handle.edit((d) => d.map((row) => (row.key === key ? { ...row, ...patch } : row)), when);
  const remove = (key: string) => handle.edit((d) => d.filter((row) => row.key !== key), 'now');
  const confirmOrg = (row: Row<RoleDraft>) => {
    const name = row.orgText.trim();
    if (name === row.org.name) return;
    change(row.key, { org: { id: null, name }, orgText: name }, 'now');
  };
  const add = () => {
    const key = newRowKey();
    handle.edit((d) => [
      ...d,
      {
        key,
        isNew: true,
        orgText: '',
        org: { id: null, name: '' },
        title: '',
        startDate: '',
        endDate: '',
        current: true,
      },
    ]);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, row: Row<RoleDraft>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      change(row.key, { isNew: false }, 'now');
    } else if (event.key === 'Escape' && row.isNew) {
      event.preventDefault();
      remove(row.key);
    }
  };

  return (
    <SectionFrame title="Work">
      <div role="group" aria-label="Roles" className="row-list" {...handle.focusProps}>
        {rows.map((row, index) => {
          const n = index + 1;
          const err = (field: string) => issueAt(handle.issues, `${row.key}.${field}`);
          const errId = (field: string) => `${row.key}-${field}-error`;
          const text = (field: 'title' | 'startDate' | 'endDate', label: string, ph: string) => (
            <div className={`cell ${field === 'title' ? 'main-cell' : 'date-cell'}`}>
              <input
                aria-label={`Role ${n} ${label}`}
                className="inline-input"
                placeholder={ph}
                value={row[field]}
                autoComplete="off"
                aria-invalid={Boolean(err(field)) || undefined}
                aria-describedby={err(field) ? errId(field) : undefined}
                onChange={(e) => change(row.key, { [field]: e.target.value })}
                onKeyDown={(e) => onKeyDown(e, row)}
              />
              <FieldError id={errId(field)} message={err(field)} />
            </div>
          );
          return (
            <div key={row.key} className="role">
              <div className="row-fields">
                <div className="cell main-cell">
                  <Combobox
                    label={`Role ${n} organization`}
                    className="inline-combobox"
                    placeholder="Organization"
                    value={row.orgText}
                    autoFocus={row.isNew}
                    invalid={Boolean(err('organizationName'))}
                    describedBy={err('organizationName') ? errId('organizationName') : undefined}
                    search={findOrganizations}
                    createLabel={(name) => `Add “${name}” as a new organization`}
                    onChange={(orgText) => change(row.key, { orgText })}
                    onPick={(org) =>
                      change(
                        row.key,
                        { org: { id: org.id, name: org.label }, orgText: org.label, isNew: false },
                        'now',
                      )
                    }
                    onEnterText={() => confirmOrg(row)}
                    onEscape={() => (row.isNew ? remove(row.key) : undefined)}
                    onBlur={() => confirmOrg(row)}
                  />
                  <FieldError id={errId('organizationName')} message={err('organizationName')} />
                </div>
                <button
                  type="button"
                  className="icon-button remove"
                  aria-label={`Remove role ${n}`}
                  title="Remove role"
                  onClick={() => remove(row.key)}
                >
                  ×
                </button>
              </div>
              <div className="row-fields">{text('title', 'title', 'Title')}</div>
              <div className="row-fields role-dates">
                {text('startDate', 'start', 'Since (2021-06)')}
                <span className="muted dash" aria-hidden="true">
                  –
                </span>
                {row.current ? (
                  <span className="muted present">present</span>
                ) : (
                  text('endDate', 'end', 'Until (2024)')
                )}
                <label className="check">
                  <input
                    type="checkbox"
                    checked={row.current}
                    aria-label={`Role ${n} current`}
                    onChange={(e) => change(row.key, { current: e.target.checked }, 'now')}
                  />
                  <span aria-hidden="true">Current</span>
                </label>
              </div>
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
          + Add role
        </button>
      </div>
    </SectionFrame>
  );
}
