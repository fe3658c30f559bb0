import { useState } from 'react';
import { Combobox } from '../person/common/Combobox';
import { findPeople, type Suggestion } from '../person/common/lookups';

interface Props {
  email: string;
  busy: boolean;
  onPick: (person: { id: string; displayName: string }) => void;
  onCancel: () => void;
}

/** Type a name, pick the person the invite's address belongs to. Escape goes back. */
export function LinkPicker({ email, busy, onPick, onCancel }: Props) {
  const [text, setText] = useState('');
  return (
    <span className="link-picker">
      <Combobox
        label={`Person to link ${email} to`}
        className="link-picker-input"
        value={text}
        onChange={setText}
        search={(query) => findPeople(query, [])}
        onPick={(suggestion: Suggestion) => {
          setText(suggestion.label);
          onPick({ id: suggestion.id, displayName: suggestion.label });
        }}
        onEscape={onCancel}
        placeholder="Whose address is this?"
        autoFocus
      />
      <button type="button" className="link-button" disabled={busy} onClick={onCancel}>
        Cancel
      </button>
    </span>
  );
}
