import { useEffect } from 'react';
import { onMenuCommand } from '../api';
import { CommandPalette } from '../features/palette/CommandPalette';
import { OrganizationsScreen } from '../features/organizations/OrganizationsScreen';
import { PeopleScreen } from '../features/people/PeopleScreen';
import { useOrganizationStore } from '../stores/organizationStore';
import { usePeopleStore } from '../stores/peopleStore';
import { useUiStore } from '../stores/uiStore';
import { Sidebar } from './Sidebar';
import { useShortcuts } from './useShortcuts';

export function App() {
  const route = useUiStore((s) => s.route);
  const paletteOpen = useUiStore((s) => s.paletteOpen);

  useEffect(() => onMenuCommand((command) => useUiStore.getState().runCommand(command)), []);
  useShortcuts();

  useEffect(() => {
    void usePeopleStore.getState().load();
    void usePeopleStore.getState().loadTags();
    void useOrganizationStore.getState().load();
  }, []);

  return (
    <div className="app">
      <Sidebar />
      <main className="content">
        {route.section === 'people' ? (
          <PeopleScreen personId={route.personId} />
        ) : (
          <OrganizationsScreen organizationId={route.organizationId} />
        )}
      </main>
      {paletteOpen && <CommandPalette />}
    </div>
  );
}
