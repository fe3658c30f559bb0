import { useEffect } from 'react';
import { onMenuCommand } from '../api';
import { QuickCapture } from '../features/capture/QuickCapture';
import { BriefingScreen } from '../features/briefing/BriefingScreen';
import { AgendaScreen } from '../features/calendar/AgendaScreen';
import { FollowUpsScreen } from '../features/followUps/FollowUpsScreen';
import { CommandPalette } from '../features/palette/CommandPalette';
import { OrganizationsScreen } from '../features/organizations/OrganizationsScreen';
import { PeopleScreen } from '../features/people/PeopleScreen';
import { ReachOutScreen } from '../features/reachOut/ReachOutScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { WelcomeDialog } from '../features/welcome/WelcomeDialog';
import { WhoKnowsDialog } from '../features/whoKnows/WhoKnowsDialog';
import { useBriefingStore } from '../stores/briefingStore';
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
    const loadLists = () => {
      void usePeopleStore.getState().load();
      void usePeopleStore.getState().loadTags();
      void useOrganizationStore.getState().load();
    };
    // The home screen's briefing is asked for first and answered alone; the lists behind the
    // sidebar's counts follow once it is in (the main process answers one call at a time).
    const settled = () =>
      useUiStore.getState().route.section !== 'briefing' ||
      Object.values(useBriefingStore.getState().days).some((d) => d.status !== 'loading');
    if (settled()) {
      loadLists();
      return undefined;
    }
    const unsubscribe = useBriefingStore.subscribe(() => {
      if (!settled()) return;
      unsubscribe();
      loadLists();
    });
    return unsubscribe;
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
        ) : route.section === 'reachOut' ? (
          <ReachOutScreen />
        ) : (
          <FollowUpsScreen onOpenPerson={(id) => useUiStore.getState().openPerson(id)} />
        )}
      </main>
      {paletteOpen && <CommandPalette />}
      <QuickCapture />
      <WhoKnowsDialog />
      <WelcomeDialog />
    </div>
  );
}
