import type { RefObject } from 'react';
import type { OrganizationSummary } from '../../../shared/domain/organization';
import { TagChips } from '../../app/ui/TagChips';
import { VirtualListbox } from '../../app/ui/VirtualListbox';

export const ORGANIZATION_ROW_HEIGHT = 54;

function OrganizationRow({ org }: { org: OrganizationSummary }) {
  const subtitle = [org.industry, org.domains.slice(0, 2).join(', ')].filter(Boolean).join(' · ');
  return (
    <>
      <span className="avatar org-mark" aria-hidden="true">
        {org.name.trim().charAt(0).toUpperCase() || '?'}
      </span>
      <span className="row-text">
        <span className="row-title">{org.name}</span>
        {subtitle && <span className="row-sub">{subtitle}</span>}
      </span>
      <TagChips tags={org.tags} max={1} />
      <span
        className="count-pill"
        title={`${org.currentPeople} ${org.currentPeople === 1 ? 'person works' : 'people work'} here now`}
      >
        {org.currentPeople}
        <span className="visually-hidden">
          {' '}
          current {org.currentPeople === 1 ? 'person' : 'people'}
        </span>
      </span>
    </>
  );
}

const keyOf = (org: OrganizationSummary) => org.id;
const renderOrganization = (org: OrganizationSummary) => <OrganizationRow org={org} />;

interface Props {
  organizations: readonly OrganizationSummary[];
  activeIndex: number;
  openId: string | null;
  listboxRef: RefObject<HTMLDivElement | null>;
  onActiveChange: (index: number) => void;
  onOpen: (id: string) => void;
  onExitTop: () => void;
}

export function OrganizationList({ organizations, activeIndex, openId, listboxRef, ...on }: Props) {
  return (
    <VirtualListbox
      items={organizations}
      label="Organizations"
      idPrefix="organization"
      rowHeight={ORGANIZATION_ROW_HEIGHT}
      getKey={keyOf}
      renderRow={renderOrganization}
      activeIndex={activeIndex}
      openKey={openId}
      listboxRef={listboxRef}
      onActiveChange={on.onActiveChange}
      onOpen={(org) => on.onOpen(org.id)}
      onExitTop={on.onExitTop}
    />
  );
}
