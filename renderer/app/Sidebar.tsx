import { useReachOutCount } from '../features/reachOut/useReachOutCount';
import { usePeopleStore } from '../stores/peopleStore';
import { useOrganizationStore } from '../stores/organizationStore';
import { useUiStore } from '../stores/uiStore';
import { shortcut } from './ui/keys';

const count = new Intl.NumberFormat();

function NavItem(props: {
  label: string;
  total: number | null;
  active: boolean;
  keys: string;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      className={props.active ? 'nav-item active' : 'nav-item'}
      aria-current={props.active ? 'page' : undefined}
      title={`${props.label} (${props.keys})`}
      onClick={props.onClick}
    >
      <span>{props.label}</span>
      {props.total !== null && <span className="badge">{count.format(props.total)}</span>}
    </button>
  );
}

export function Sidebar() {
  const section = useUiStore((s) => s.route.section);
  const people = usePeopleStore((s) => s.total);
  const organizations = useOrganizationStore((s) => (s.loaded ? s.all.length : null));
  const dueForContact = useReachOutCount();
  const ui = useUiStore.getState;

  return (
    <nav className="sidebar" aria-label="Sections">
      <div className="brand">Farley</div>
      <NavItem
        label="Briefing"
        total={null}
        active={section === 'briefing'}
        keys={shortcut('B')}
        onClick={() => ui().openBriefing()}
      />
      <NavItem
        label="People"
        total={people}
        active={section === 'people'}
        keys={shortcut('1')}
        onClick={() => ui().openPeople()}
      />
      <NavItem
        label="Organizations"
        total={organizations}
        active={section === 'organizations'}
        keys={shortcut('2')}
        onClick={() => ui().openOrganizations()}
      />
      <NavItem
        label="Follow-ups"
        total={null}
        active={section === 'followUps'}
        keys={shortcut('3')}
        onClick={() => ui().openFollowUps()}
      />
      <NavItem
        label="Reach out"
        total={dueForContact}
        active={section === 'reachOut'}
        keys={shortcut('5')}
        onClick={() => ui().openReachOut()}
      />
      <NavItem
        label="Agenda"
        total={null}
        active={section === 'agenda'}
        keys={shortcut('4')}
        onClick={() => ui().openAgenda()}
      />
      <button
        type="button"
        className="capture-launcher primary"
        onClick={() => ui().runCommand('quick-capture')}
      >
        <span>Log a note</span>
        <kbd>{shortcut('L')}</kbd>
      </button>
      <button type="button" className="palette-launcher" onClick={() => ui().setPaletteOpen(true)}>
        <span>Search everything</span>
        <kbd>{shortcut('K')}</kbd>
      </button>
      <NavItem
        label="Settings"
        total={null}
        active={section === 'settings'}
        keys={shortcut(',')}
        onClick={() => ui().openSettings()}
      />
    </nav>
  );
}
