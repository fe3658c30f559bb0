import { useId, useMemo, useState } from 'react';
import type { Me } from '../../../shared/domain/calendar';
import { systemTimeZone } from '../calendar/useNow';
import { Combobox } from '../person/common/Combobox';
import {
  filterZones,
  FOLLOW_SYSTEM,
  followSystemLabel,
  zoneLabel,
  zoneSuggestions,
} from './timeZones';

interface Props {
  me: Me;
  error: string | undefined;
  /** A zone name, or null to follow the operating system. */
  onSave: (zone: string | null) => void;
}

/**
 * A searchable list of every time zone, "Follow the system" first. Focus shows the whole list;
 * typing narrows it ("berlin", "new york", "gmt+9"); Enter takes the first match.
 */
export function TimeZoneField({ me, error, onSave }: Props) {
  const id = useId();
  const system = me.timeZoneIsDefault ? me.timeZone : systemTimeZone();
  const current = me.timeZoneIsDefault ? followSystemLabel(system) : zoneLabel(me.timeZone);
  const [draft, setDraft] = useState<string | null>(null);
  const chosen = me.timeZoneIsDefault ? FOLLOW_SYSTEM : me.timeZone;
  const suggestions = useMemo(
    () =>
      zoneSuggestions(system, [me.timeZone], new Date()).map((s) =>
        s.id === chosen ? { ...s, detail: `${s.detail ? `${s.detail} · ` : ''}current` } : s,
      ),
    [system, me.timeZone, chosen],
  );

  return (
    <div className="field">
      <span id={`${id}-label`} aria-hidden="true">
        Time zone
      </span>
      <Combobox
        label="Time zone"
        className="zone-picker"
        value={draft ?? current}
        invalid={Boolean(error)}
        describedBy={error ? `${id}-error` : `${id}-hint`}
        openOnFocus
        inputRef={(input) => {
          if (!input) return;
          // Typing replaces the zone shown instead of adding to it.
          const selectAll = () => input.select();
          input.addEventListener('focus', selectAll);
          return () => input.removeEventListener('focus', selectAll);
        }}
        onChange={setDraft}
        search={(text) =>
          Promise.resolve(text === current ? suggestions : filterZones(suggestions, text))
        }
        onPick={(choice) => {
          setDraft(null);
          onSave(choice.id === FOLLOW_SYSTEM ? null : choice.id);
        }}
        onEscape={() => setDraft(null)}
        onBlur={() => setDraft(null)}
      />
      {error ? (
        <span className="field-error" id={`${id}-error`} role="alert">
          {error}
        </span>
      ) : (
        <span className="field-hint" id={`${id}-hint`}>
          Meetings, and what “today” means, are shown in this zone.
        </span>
      )}
    </div>
  );
}
