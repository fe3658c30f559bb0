import { useId } from 'react';
import type { CaptureField, CaptureForm } from './captureForm';
import { LOCATION_MAX, TITLE_MAX } from './captureForm';

interface Props {
  form: CaptureForm;
  errors: Partial<Record<CaptureField, string>>;
  disabled: boolean;
  onChange: (patch: Partial<CaptureForm>) => void;
}

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <span className="field-error" id={id} role="alert">
      {message}
    </span>
  );
}

/** When it happened (local date and time), for how long, where, and an optional title. */
export function CaptureDetails({ form, errors, disabled, onChange }: Props) {
  const id = useId();
  const describe = (field: CaptureField) => (errors[field] ? `${id}-${field}-error` : undefined);
  const invalid = (field: CaptureField) => Boolean(errors[field]) || undefined;

  return (
    <div className="capture-details">
      <div className="capture-field when-field" role="group" aria-labelledby={`${id}-when-label`}>
        <span className="capture-label" id={`${id}-when-label`}>
          When
        </span>
        <div className="when-inputs">
          <input
            type="date"
            aria-label="Date"
            aria-invalid={invalid('when')}
            aria-describedby={describe('when')}
            readOnly={disabled}
            value={form.date}
            onChange={(e) => onChange({ date: e.target.value })}
          />
          <input
            type="time"
            aria-label="Time"
            aria-invalid={invalid('when')}
            aria-describedby={describe('when')}
            readOnly={disabled}
            value={form.time}
            onChange={(e) => onChange({ time: e.target.value })}
          />
        </div>
        <FieldError id={`${id}-when-error`} message={errors.when} />
      </div>
      <label className="capture-field duration-field">
        <span className="capture-label">Duration</span>
        <span className="with-suffix">
          <input
            inputMode="numeric"
            aria-label="Duration in minutes"
            aria-invalid={invalid('duration')}
            aria-describedby={describe('duration')}
            readOnly={disabled}
            value={form.duration}
            onChange={(e) => onChange({ duration: e.target.value.replace(/\D/g, '').slice(0, 5) })}
          />
          <span className="suffix" aria-hidden="true">
            min
          </span>
        </span>
        <FieldError id={`${id}-duration-error`} message={errors.duration} />
      </label>
      <label className="capture-field location-field">
        <span className="capture-label">Location</span>
        <input
          aria-invalid={invalid('location')}
          aria-describedby={describe('location')}
          maxLength={LOCATION_MAX}
          placeholder="Optional"
          readOnly={disabled}
          value={form.location}
          onChange={(e) => onChange({ location: e.target.value })}
        />
        <FieldError id={`${id}-location-error`} message={errors.location} />
      </label>
      <label className="capture-field title-field">
        <span className="capture-label">Title</span>
        <input
          aria-invalid={invalid('title')}
          aria-describedby={describe('title')}
          maxLength={TITLE_MAX}
          placeholder="Optional, e.g. Intro call about the Series A"
          readOnly={disabled}
          value={form.title}
          onChange={(e) => onChange({ title: e.target.value })}
        />
        <FieldError id={`${id}-title-error`} message={errors.title} />
      </label>
    </div>
  );
}
