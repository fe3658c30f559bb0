import { useRef, useState } from 'react';
import type { Person } from '../../../../shared/domain/person';
import { usePersonStore } from '../../../stores/personStore';
import { Avatar } from '../../people/Avatar';
import { NotAnImageError, squarePhoto } from './photo';

/** The face of the dossier: a photo or initials, with buttons to change or remove it. */
export function PhotoControl({ person }: { person: Person }) {
  const fileRef = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [brokenUrl, setBrokenUrl] = useState<string | null>(null);
  const showPhoto = person.photoUrl !== null && person.photoUrl !== brokenUrl;

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setProblem(null);
    setBusy(true);
    try {
      const dataUrl = await squarePhoto(file);
      const result = await usePersonStore.getState().setPhoto(person.id, dataUrl);
      if (!result.ok) setProblem(result.error.message);
    } catch (error) {
      setProblem(
        error instanceof NotAnImageError
          ? 'This file is not an image'
          : 'The photo could not be read',
      );
    } finally {
      setBusy(false);
      if (fileRef.current) fileRef.current.value = '';
    }
  };

  const remove = async () => {
    setProblem(null);
    const result = await usePersonStore.getState().removePhoto(person.id);
    if (!result.ok) setProblem(result.error.message);
  };

  return (
    <div className="dossier-photo">
      {/* The picture itself is a click target for the mouse; the buttons below serve the keyboard. */}
      <button
        type="button"
        className="photo-button"
        tabIndex={-1}
        aria-hidden="true"
        title={person.photoUrl ? 'Change photo' : 'Add photo'}
        disabled={busy}
        onClick={() => fileRef.current?.click()}
      >
        {showPhoto && person.photoUrl ? (
          <img
            src={person.photoUrl}
            alt=""
            className="photo"
            onError={() => setBrokenUrl(person.photoUrl)}
          />
        ) : (
          <Avatar name={person.displayName} size="large" />
        )}
      </button>
      <input
        ref={fileRef}
        type="file"
        accept="image/*"
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Photo file"
        onChange={(e) => void choose(e.target.files?.[0])}
      />
      <div className="photo-actions">
        <button
          type="button"
          className="link-button"
          aria-label={person.photoUrl ? 'Change photo' : 'Add photo'}
          disabled={busy}
          onClick={() => fileRef.current?.click()}
        >
          {person.photoUrl ? 'Change' : 'Add photo'}
        </button>
        {person.photoUrl && (
          <button
            type="button"
            className="link-button"
            aria-label="Remove photo"
            disabled={busy}
            onClick={() => void remove()}
          >
            Remove
          </button>
        )}
      </div>
      {problem && (
        <p className="field-error photo-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
