import type { Me } from '../../../shared/domain/calendar';
import { useSettingsStore } from '../../stores/settingsStore';
import { AutosaveText } from '../organizations/AutosaveText';
import { ChipsField } from '../organizations/ChipsField';
import { TimeZoneField } from './TimeZoneField';

const SAVE_TEXT = { idle: '', saving: 'Saving…', saved: 'Saved', failed: 'Not saved' } as const;

/** Who the user is: their name, the addresses their invites go to, and their time zone. */
export function MeSection({ me }: { me: Me }) {
  const issues = useSettingsStore((s) => s.meIssues);
  const save = useSettingsStore((s) => s.meSave);
  const store = useSettingsStore.getState;

  return (
    <section className="settings-section" aria-labelledby="settings-me">
      <header className="settings-section-head">
        <h2 id="settings-me">Me</h2>
        <span className={`settings-save ${save}`} role="status">
          {SAVE_TEXT[save]}
        </span>
      </header>
      <div className="settings-fields">
        <AutosaveText
          label="Name"
          initial={me.name}
          error={issues.name}
          onSave={(name) => void store().saveMe({ name })}
        />
        <div className="settings-emails">
          <ChipsField
            label="Email addresses"
            values={me.emails}
            error={issues.emails}
            placeholder="you@example.com, then Enter"
            onCommit={(emails) => store().saveMe({ emails })}
          />
          <span className="field-hint">
            Invites sent to these addresses are yours: the agenda shows your reply and leaves you
            out of the attendees. Paste several at once, one per line.
          </span>
        </div>
        <TimeZoneField
          me={me}
          error={issues.timeZone}
          onSave={(timeZone) => void store().saveMe({ timeZone })}
        />
      </div>
    </section>
  );
}
