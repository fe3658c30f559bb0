import { useRef, type KeyboardEvent } from 'react';
import {
  INTERACTION_KIND_LABELS,
  INTERACTION_KINDS,
  type InteractionKind,
} from '../../../shared/domain/interaction';

interface Props {
  value: InteractionKind;
  onChange: (kind: InteractionKind) => void;
  disabled?: boolean;
}

/**
 * What kind of contact it was, as a segmented control: a radio group, so Tab reaches the chosen
 * kind and the arrow keys (or Home/End) choose another.
 */
export function KindPicker({ value, onChange, disabled }: Props) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const choose = (index: number) => {
    const count = INTERACTION_KINDS.length;
    const wrapped = (index + count) % count;
    const kind = INTERACTION_KINDS[wrapped];
    if (!kind) return;
    onChange(kind);
    buttons.current[wrapped]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowDown: index + 1,
      ArrowLeft: index - 1,
      ArrowUp: index - 1,
      Home: 0,
      End: INTERACTION_KINDS.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    choose(target);
  };

  return (
    <div className="kind-picker" role="radiogroup" aria-label="Kind">
      {INTERACTION_KINDS.map((kind, index) => (
        <button
          key={kind}
          ref={(element) => {
            buttons.current[index] = element;
          }}
          type="button"
          role="radio"
          aria-checked={kind === value}
          tabIndex={kind === value ? 0 : -1}
          disabled={disabled}
          onClick={() => onChange(kind)}
          onKeyDown={(event) => onKeyDown(event, index)}
        >
          {INTERACTION_KIND_LABELS[kind]}
        </button>
      ))}
    </div>
  );
}
