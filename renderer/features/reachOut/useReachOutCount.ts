import { useEffect } from 'react';
import { useReloadOnChange } from '../../app/useReloadOnChange';
import { usePeopleStore } from '../../stores/peopleStore';
import { useReachOutStore } from '../../stores/reachOutStore';

const reload = () => void useReachOutStore.getState().load();

/**
 * How many people are due or overdue for contact, for the sidebar; null until known. Asked for
 * once the people list has answered (the app asks for its home screen first and the main process
 * answers one call at a time), and again after each logged interaction and on coming back to
 * the window, since "due" moves with the day.
 */
export function useReachOutCount(): number | null {
  const peopleKnown = usePeopleStore((s) => s.loaded);
  const count = useReachOutStore((s) => s.reachOut?.length ?? null);

  useEffect(() => {
    if (peopleKnown && useReachOutStore.getState().reachOut === null) reload();
  }, [peopleKnown]);
  useReloadOnChange(reload, peopleKnown);

  return count;
}
