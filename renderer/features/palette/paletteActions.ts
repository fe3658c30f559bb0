import { shortcut } from '../../app/ui/keys';
import { useImportStore } from '../../stores/importStore';
import { useUiStore } from '../../stores/uiStore';
import { useWhoKnowsStore } from '../whoKnows/whoKnowsStore';

export interface PaletteAction {
  id: string;
  title: string;
  /** Other words people type for it. */
  keywords: string;
  shortcut?: string;
  run: () => void;
}

export function paletteActions(): PaletteAction[] {
  const ui = useUiStore.getState;
  return [
    {
      id: 'go-briefing',
      title: 'Go to Briefing',
      keywords: 'today meetings morning home agenda',
      shortcut: shortcut('B'),
      run: () => ui().openBriefing(),
    },
    {
      id: 'new-person',
      title: 'New person',
      keywords: 'add create contact',
      shortcut: shortcut('N'),
      run: () => ui().compose('person'),
    },
    {
      id: 'new-organization',
      title: 'New organization',
      keywords: 'add create company',
      shortcut: shortcut('N', { shift: true }),
      run: () => ui().compose('organization'),
    },
    {
      id: 'go-people',
      title: 'Go to People',
      keywords: 'show list contacts',
      shortcut: shortcut('1'),
      run: () => ui().openPeople(),
    },
    {
      id: 'go-organizations',
      title: 'Go to Organizations',
      keywords: 'show list companies',
      shortcut: shortcut('2'),
      run: () => ui().openOrganizations(),
    },
    {
      id: 'go-reach-out',
      title: 'Go to Reach out',
      keywords: 'keep in touch due overdue cadence going cold call',
      shortcut: shortcut('5'),
      run: () => ui().openReachOut(),
    },
    {
      id: 'who-knows',
      title: 'Who do I know at…',
      keywords: 'organization company domain email intro introduction warm ties',
      run: () => useWhoKnowsStore.getState().show(),
    },
    {
      id: 'import-contacts',
      title: 'Import contacts…',
      keywords: 'vcard vcf csv google outlook apple address book',
      run: () => {
        // The import opens over People or Settings, the screens that offer it.
        const { section } = ui().route;
        if (section !== 'people' && section !== 'settings') ui().openPeople();
        useImportStore.getState().start();
      },
    },
  ];
}

function wordsOf(text: string): string[] {
  return text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
}

/**
 * Actions whose words start with every typed word. Those whose title starts with the whole text
 * ("new", "go to") lead the list; the rest follow the people and organizations found.
 */
export function matchActions(
  actions: readonly PaletteAction[],
  text: string,
): { leading: PaletteAction[]; trailing: PaletteAction[] } {
  const typed = wordsOf(text);
  if (typed.length === 0) return { leading: [...actions], trailing: [] };
  const whole = typed.join(' ');
  const leading: PaletteAction[] = [];
  const trailing: PaletteAction[] = [];
  for (const action of actions) {
    const words = wordsOf(`${action.title} ${action.keywords}`);
    if (!typed.every((t) => words.some((w) => w.startsWith(t)))) continue;
    if (action.title.toLocaleLowerCase().startsWith(whole)) leading.push(action);
    else trailing.push(action);
  }
  return { leading, trailing };
}
