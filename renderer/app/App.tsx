import { useEffect } from 'react';
import { onMenuCommand } from '../api';
import { QuickCapture } from '../features/capture/QuickCapture';
import { BriefingScreen } from '../features/briefing/BriefingScreen';
import { AgendaScreen } from '../features/calendar/AgendaScreen';
import { FollowUpsScreen } from '../features/followUps/FollowUpsScreen';
import { CommandPalette } from '../features/palette/CommandPalette';
import { OrganizationsScreen } from '../features/organizations/OrganizationsScreen';
import { PeopleScreen } from '../features/people/PeopleScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { WelcomeDialog } from '../features/welcome/WelcomeDialog';
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
        {route.section === 'briefing' ? (
          <BriefingScreen />
        ) : route.section === 'people' ? (
          <PeopleScreen personId={route.personId} />
        ) : route.section === 'organizations' ? (
          <OrganizationsScreen organizationId={route.organizationId} />
        ) : route.section === 'agenda' ? (
          <AgendaScreen />
        ) : route.section === 'settings' ? (
          <SettingsScreen />
        ) : (
          <FollowUpsScreen onOpenPerson={(id) => useUiStore.getState().openPerson(id)} />
        )}
      </main>
      {paletteOpen && <CommandPalette />}
      <QuickCapture />
      <WelcomeDialog />
    </div>
  );
}
