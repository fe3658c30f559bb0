import { useEffect, useRef } from 'react';
import { shortcut } from '../../app/ui/keys';
import { useListCursor } from '../../app/ui/useListCursor';
import { hasFilters, usePeopleStore } from '../../stores/peopleStore';
import { useImportStore } from '../../stores/importStore';
import { useUiStore } from '../../stores/uiStore';
import { ImportContacts } from '../importContacts/ImportContacts';
import { ImportLauncher } from '../importContacts/ImportLauncher';
import { PersonPage } from '../person/PersonPage';
import { NewPersonForm } from './NewPersonForm';
import { PeopleFilters } from './PeopleFilters';
import { PeopleList } from './PeopleList';

export function PeopleScreen({ personId }: { personId: string | null }) {
  const people = usePeopleStore((s) => s.people);
  const query = usePeopleStore((s) => s.query);
  const loaded = usePeopleStore((s) => s.loaded);
  const loadError = usePeopleStore((s) => s.loadError);
  const filtered = usePeopleStore(hasFilters);
  const archived = usePeopleStore((s) => s.archived);
  const composing = useUiStore((s) => s.composer === 'person');
  const searchFocusRequest = useUiStore((s) => s.searchFocusRequest);
  const ui = useUiStore.getState;
  const searchRef = useRef<HTMLInputElement>(null);
  const listboxRef = useRef<HTMLDivElement>(null);
  const [activeIndex, setActiveIndex] = useListCursor(people, personId);

  // Only requests made while this screen is shown; not one left over from before it mounted.
  const handledFocusRequest = useRef(searchFocusRequest);
  useEffect(() => {
    if (searchFocusRequest === handledFocusRequest.current) return;
    handledFocusRequest.current = searchFocusRequest;
    searchRef.current?.select();
  }, [searchFocusRequest]);

  const noOneYet = loaded && !loadError && people.length === 0 && !filtered;

  return (
    <div className="split">
      <section className="list-pane" aria-label="People list">
        <header className="pane-header">
          <input
            ref={searchRef}
            className="search"
            type="search"
            placeholder="Search people"
            aria-label="Search people"
            aria-keyshortcuts="/"
            value={query}
            onChange={(e) => usePeopleStore.getState().setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown' && people.length > 0) {
                e.preventDefault();
                setActiveIndex(0);
                listboxRef.current?.focus();
              } else if (e.key === 'Enter' && people[0]) {
                e.preventDefault();
                setActiveIndex(0);
                ui().openPerson(people[0].id);
              } else if (e.key === 'Escape' && query) {
                e.preventDefault();
                usePeopleStore.getState().setQuery('');
              }
            }}
          />
          <button
            type="button"
            className="primary"
            title={`New person (${shortcut('N')})`}
            onClick={() => ui().compose('person')}
          >
            New person
          </button>
          <ImportLauncher />
        </header>
        <PeopleFilters />
        {loadError && (
          <p className="error-banner" role="alert">
            {loadError}
          </p>
        )}
        {loaded && !loadError && people.length === 0 && filtered && (
          <div className="list-empty">
            <p>
              {query.trim()
                ? `No one matches “${query.trim()}”${archived ? ' among archived people' : ''}.`
                : archived
                  ? 'No one archived matches.'
                  : 'No one matches these filters.'}
            </p>
            <button type="button" onClick={() => usePeopleStore.getState().clearFilters()}>
              Clear search and filters
            </button>
          </div>
        )}
        <PeopleList
          people={people}
          activeIndex={activeIndex}
          openId={personId}
          listboxRef={listboxRef}
          onActiveChange={setActiveIndex}
          onOpen={(id) => ui().openPerson(id)}
          onExitTop={() => searchRef.current?.focus()}
        />
      </section>
      <section className="detail-pane" aria-label="Person">
        {composing ? (
          <NewPersonForm
            onDone={(id) => ui().openPerson(id)}
            onCancel={() => ui().closeComposer()}
          />
        ) : personId ? (
          <PersonPage personId={personId} onOpenPerson={(id) => ui().openPerson(id)} />
        ) : noOneYet ? (
          <div className="empty-state">
            <h1>Your files start here</h1>
            <p>Add the first person you want to remember something about.</p>
            <button type="button" className="primary" onClick={() => ui().compose('person')}>
              Add a person
            </button>{' '}
            <button type="button" onClick={() => useImportStore.getState().start()}>
              Import contacts…
            </button>
          </div>
        ) : (
          <div className="empty-state muted">
            <p>
              Select someone on the left, press {shortcut('K')} to find anyone, or {shortcut('N')}{' '}
              to add a person.
            </p>
          </div>
        )}
      </section>
      <ImportContacts />
    </div>
  );
}
