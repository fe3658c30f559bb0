import { useEffect, useRef } from 'react';
import { usePeopleStore } from '../../stores/peopleStore';
import { useUiStore } from '../../stores/uiStore';
import { NewPersonForm } from './NewPersonForm';
import { PeopleList } from './PeopleList';
import { PersonDetail } from './PersonDetail';

export function PeopleScreen() {
  const { people, query, loaded, loadError, selectedId, selected } = usePeopleStore();
  const composing = useUiStore((s) => s.composingPerson);
  const setComposing = useUiStore((s) => s.setComposingPerson);
  const searchFocusRequest = useUiStore((s) => s.searchFocusRequest);
  const searchRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void usePeopleStore.getState().load();
  }, []);

  useEffect(() => {
    if (searchFocusRequest > 0) searchRef.current?.focus();
  }, [searchFocusRequest]);

  const empty = loaded && people.length === 0 && !query;

  return (
    <div className="people-screen">
      <section className="list-pane" aria-label="People">
        <header className="pane-header">
          <input
            ref={searchRef}
            className="search"
            type="search"
            placeholder="Search people  /"
            aria-label="Search people"
            value={query}
            onChange={(e) => void usePeopleStore.getState().setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown') {
                e.preventDefault();
                document.querySelector<HTMLElement>('.people-list [role="option"]')?.focus();
              }
            }}
          />
          <button type="button" className="primary" onClick={() => setComposing(true)}>
            New person
          </button>
        </header>
        {loadError && <p className="error-banner">{loadError}</p>}
        {loaded && people.length === 0 && query && (
          <p className="muted pad">No one matches “{query}”.</p>
        )}
        <PeopleList
          people={people}
          selectedId={selectedId}
          onOpen={(id) => {
            setComposing(false);
            void usePeopleStore.getState().select(id);
          }}
        />
      </section>
      <section className="detail-pane">
        {composing ? (
          <NewPersonForm onDone={() => setComposing(false)} onCancel={() => setComposing(false)} />
        ) : selected ? (
          <PersonDetail person={selected} />
        ) : empty ? (
          <div className="empty-state">
            <h1>Your files start here</h1>
            <p>Add the first person you want to remember something about.</p>
            <button type="button" className="primary" onClick={() => setComposing(true)}>
              Add a person
            </button>
          </div>
        ) : (
          <div className="empty-state muted">
            <p>Select someone on the left, or press Ctrl+N to add a person.</p>
          </div>
        )}
      </section>
    </div>
  );
}
