import { useEffect, useRef } from 'react';
import { shortcut } from '../../app/ui/keys';
import { useListCursor } from '../../app/ui/useListCursor';
import { useOrganizationStore } from '../../stores/organizationStore';
import { useUiStore } from '../../stores/uiStore';
import { NewOrganizationForm } from './NewOrganizationForm';
import { OrganizationList } from './OrganizationList';
import { OrganizationPage } from './OrganizationPage';

const count = new Intl.NumberFormat();

export function OrganizationsScreen({ organizationId }: { organizationId: string | null }) {
  const organizations = useOrganizationStore((s) => s.matches);
  const total = useOrganizationStore((s) => s.all.length);
  const query = useOrganizationStore((s) => s.query);
  const loaded = useOrganizationStore((s) => s.loaded);
  const loadError = useOrganizationStore((s) => s.loadError);
  const composing = useUiStore((s) => s.composer === 'organization');
  const searchFocusRequest = useUiStore((s) => s.searchFocusRequest);
  const ui = useUiStore.getState;
  const searchRef = useRef<HTMLInputElement>(null);
  const listboxRef = useRef<HTMLDivElement>(null);
  const [activeIndex, setActiveIndex] = useListCursor(organizations, organizationId);

  // Giving someone a role can add an organization: catch up whenever the screen opens.
  useEffect(() => {
    void useOrganizationStore.getState().load();
  }, []);

  // Only requests made while this screen is shown; not one left over from before it mounted.
  const handledFocusRequest = useRef(searchFocusRequest);
  useEffect(() => {
    if (searchFocusRequest === handledFocusRequest.current) return;
    handledFocusRequest.current = searchFocusRequest;
    searchRef.current?.select();
  }, [searchFocusRequest]);

  const noneYet = loaded && !loadError && total === 0 && !query.trim();

  return (
    <div className="split">
      <section className="list-pane" aria-label="Organizations list">
        <header className="pane-header">
          <input
            ref={searchRef}
            className="search"
            type="search"
            placeholder="Search organizations"
            aria-label="Search organizations"
            aria-keyshortcuts="/"
            value={query}
            onChange={(e) => useOrganizationStore.getState().setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown' && organizations.length > 0) {
                e.preventDefault();
                setActiveIndex(0);
                listboxRef.current?.focus();
              } else if (e.key === 'Enter' && organizations[0]) {
                e.preventDefault();
                setActiveIndex(0);
                ui().openOrganization(organizations[0].id);
              } else if (e.key === 'Escape' && query) {
                e.preventDefault();
                useOrganizationStore.getState().setQuery('');
              }
            }}
          />
          <button
            type="button"
            className="primary"
            title={`New organization (${shortcut('N', { shift: true })})`}
            onClick={() => ui().compose('organization')}
          >
            New organization
          </button>
        </header>
        <div className="filters">
          <div className="filter-bar">
            <span className="filter-count muted" aria-live="polite">
              {loaded &&
                `${count.format(organizations.length)} ${organizations.length === 1 ? 'organization' : 'organizations'}`}
            </span>
          </div>
        </div>
        {loadError && (
          <p className="error-banner" role="alert">
            {loadError}
          </p>
        )}
        {loaded && !loadError && organizations.length === 0 && query.trim() && (
          <div className="list-empty">
            <p>No organization matches “{query.trim()}”.</p>
            <button type="button" onClick={() => useOrganizationStore.getState().setQuery('')}>
              Clear search
            </button>
          </div>
        )}
        <OrganizationList
          organizations={organizations}
          activeIndex={activeIndex}
          openId={organizationId}
          listboxRef={listboxRef}
          onActiveChange={setActiveIndex}
          onOpen={(id) => ui().openOrganization(id)}
          onExitTop={() => searchRef.current?.focus()}
        />
      </section>
      <section className="detail-pane" aria-label="Organization">
        {composing ? (
          <NewOrganizationForm
            onDone={(id) => ui().openOrganization(id)}
            onCancel={() => ui().closeComposer()}
          />
        ) : organizationId ? (
          <OrganizationPage key={organizationId} organizationId={organizationId} />
        ) : noneYet ? (
          <div className="empty-state">
            <h1>No organizations yet</h1>
            <p>
              Add the companies and groups your people belong to. Giving someone a role on their
              page adds the organization too.
            </p>
            <button type="button" className="primary" onClick={() => ui().compose('organization')}>
              Add an organization
            </button>
          </div>
        ) : (
          <div className="empty-state muted">
            <p>Select an organization to see its details and its people.</p>
          </div>
        )}
      </section>
    </div>
  );
}
