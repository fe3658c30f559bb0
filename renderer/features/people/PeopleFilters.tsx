import { usePeopleStore, type PeopleSort } from '../../stores/peopleStore';
import { useOrganizationStore } from '../../stores/organizationStore';

const count = new Intl.NumberFormat();

/** Tag, organization, sort and archive controls under the search box, with the match count. */
export function PeopleFilters() {
  const tagId = usePeopleStore((s) => s.tagId);
  const organizationId = usePeopleStore((s) => s.organizationId);
  const sort = usePeopleStore((s) => s.sort);
  const archived = usePeopleStore((s) => s.archived);
  const tags = usePeopleStore((s) => s.tags);
  const shown = usePeopleStore((s) => s.people.length);
  const loaded = usePeopleStore((s) => s.loaded);
  const organizations = useOrganizationStore((s) => s.all);
  const store = usePeopleStore.getState;

  return (
    <div className="filters">
      <select
        aria-label="Filter by tag"
        value={tagId ?? ''}
        className={tagId ? 'filter-on' : undefined}
        // Tags are made on person pages too: fetch the current ones as the menu is opened.
        onFocus={() => void store().loadTags()}
        onChange={(e) => store().setTagId(e.target.value || null)}
      >
        <option value="">All tags</option>
        {tags.map((tag) => (
          <option key={tag.id} value={tag.id}>
            {tag.name}
          </option>
        ))}
      </select>
      <select
        aria-label="Filter by organization"
        value={organizationId ?? ''}
        className={organizationId ? 'filter-on' : undefined}
        onFocus={() => void useOrganizationStore.getState().loadAll()}
        onChange={(e) => store().setOrganizationId(e.target.value || null)}
      >
        <option value="">All organizations</option>
        {organizations.map((org) => (
          <option key={org.id} value={org.id}>
            {org.name}
          </option>
        ))}
      </select>
      <div className="filter-bar">
        <span className="filter-count muted" aria-live="polite">
          {loaded &&
            `${count.format(shown)} ${archived ? 'archived' : shown === 1 ? 'person' : 'people'}`}
        </span>
        <select
          aria-label="Sort by"
          value={sort}
          onChange={(e) => store().setSort(e.target.value as PeopleSort)}
        >
          <option value="updated">Last updated</option>
          <option value="name">Name</option>
          <option value="warmth">Warmth</option>
        </select>
        <label className="toggle">
          <input
            type="checkbox"
            checked={archived}
            onChange={(e) => store().setArchived(e.target.checked)}
          />
          Archived
        </label>
      </div>
    </div>
  );
}
