import { useEffect } from 'react';
import { onMenuCommand } from '../api';
import { PeopleScreen } from '../features/people/PeopleScreen';
import { usePeopleStore } from '../stores/peopleStore';
import { useUiStore } from '../stores/uiStore';

export function App() {
  const count = usePeopleStore((s) => s.people.length);
  const query = usePeopleStore((s) => s.query);
  const runCommand = useUiStore((s) => s.runCommand);

  useEffect(() => onMenuCommand(runCommand), [runCommand]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = event.metaKey || event.ctrlKey;
      const typing = event.target instanceof HTMLElement && event.target.closest('input, textarea');
      if (mod && event.key.toLowerCase() === 'n') {
        event.preventDefault();
        runCommand('new-person');
      } else if ((mod && event.key.toLowerCase() === 'f') || (!typing && event.key === '/')) {
        event.preventDefault();
        runCommand('focus-search');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [runCommand]);

  return (
    <div className="app">
      <nav className="sidebar" aria-label="Sections">
        <div className="brand">Farley</div>
        <button type="button" className="nav-item active" aria-current="page">
          <span>People</span>
          {!query && <span className="badge">{count}</span>}
        </button>
      </nav>
      <main className="content">
        <PeopleScreen />
      </main>
    </div>
  );
}
