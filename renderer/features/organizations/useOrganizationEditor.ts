import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallInput } from '../../../shared/contract';
import type { Organization } from '../../../shared/domain/organization';
import type { AppError } from '../../../shared/result';
import { call } from '../../api';
import { useOrganizationStore } from '../../stores/organizationStore';
import { usePeopleStore } from '../../stores/peopleStore';

export type OrganizationPatch = CallInput<'organizations.update'>['patch'];
export type OrganizationField = keyof OrganizationPatch;
export type FieldErrors = Partial<Record<OrganizationField, string>>;

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'invalid';

/**
 * The server's message for one field: its own issue when it names one, else the whole message.
 * An issue about one entry of a list (`patch.domains.2`) names that entry, since the list shows
 * several.
 */
export function messageFor(error: AppError, field: OrganizationField, patch: OrganizationPatch) {
  const own = error.issues?.find(
    (issue) => issue.path === `patch.${field}` || issue.path.startsWith(`patch.${field}.`),
  );
  if (!own) return error.message;
  const index = Number(own.path.split('.')[2]);
  const list = patch[field];
  const entry = Array.isArray(list) ? list[index] : undefined;
  return typeof entry === 'string' ? `“${entry}”: ${own.message}` : own.message;
}

/**
 * Loads one organization and saves changes to it field by field, one request at a time and in
 * the order they were made, keeping each field's last refusal so it can be shown beside it.
 */
export function useOrganizationEditor(id: string) {
  const [organization, setOrganization] = useState<Organization | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(0);
  const [savedOnce, setSavedOnce] = useState(false);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    let current = true;
    void call('organizations.get', { id }).then((result) => {
      if (!current) return;
      if (result.ok) setOrganization(result.data);
      else setLoadError(result.error.message);
    });
    return () => {
      current = false;
    };
  }, [id]);

  const save = useCallback(
    (field: OrganizationField, patch: OrganizationPatch): Promise<boolean> => {
      setPending((n) => n + 1);
      const run = queue.current.then(async () => {
        const result = await call('organizations.update', { id, patch });
        setPending((n) => n - 1);
        if (!result.ok) {
          setErrors((e) => ({ ...e, [field]: messageFor(result.error, field, patch) }));
          return false;
        }
        setOrganization(result.data);
        setErrors(({ [field]: _fixed, ...rest }) => rest);
        setSavedOnce(true);
        useOrganizationStore.getState().refresh();
        // People rows show "title @ organization" and tags: refresh them when those change.
        if (field === 'name' || field === 'tags') usePeopleStore.getState().refresh();
        return true;
      });
      queue.current = run;
      return run;
    },
    [id],
  );

  const status: SaveStatus =
    pending > 0
      ? 'saving'
      : Object.keys(errors).length > 0
        ? 'invalid'
        : savedOnce
          ? 'saved'
          : 'idle';

  return { organization, loadError, errors, status, save };
}
