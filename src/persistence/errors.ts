/** Why storage failed, in terms the banner can explain. */
export type StorageErrorKind =
  /** No IndexedDB at all, or the browser refuses it (private mode, storage disabled, sandboxed iframe). */
  | 'unavailable'
  /** Another tab holds an older version of the database open. */
  | 'blocked'
  /** The disk quota is full. */
  | 'quota'
  /** A newer Doorkeeper wrote this database. */
  | 'version'
  | 'unknown';

const MESSAGES: Record<StorageErrorKind, string> = {
  unavailable:
    'This browser does not let Doorkeeper save data (private mode or storage turned off). It keeps working, but forgets everything when the panel closes.',
  blocked:
    'Another Doorkeeper window is holding the saved data. This one keeps working, but forgets everything when it closes.',
  quota:
    'The browser has no room left for Doorkeeper’s data. It keeps working, but new changes are not saved.',
  version:
    'The saved data comes from a newer Doorkeeper. This one keeps working, but forgets everything when the panel closes.',
  unknown: 'Saving failed. Doorkeeper keeps working, but new changes are not saved.',
};

/** The one error type the persistence layer rejects with. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(
    readonly kind: StorageErrorKind,
    message: string = MESSAGES[kind],
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

export function isStorageError(value: unknown): value is StorageError {
  return value instanceof StorageError;
}

/** Maps whatever IndexedDB threw (DOMException names differ by browser) to a StorageError. */
export function toStorageError(error: unknown): StorageError {
  if (isStorageError(error)) return error;
  const name =
    typeof error === 'object' && error !== null && 'name' in error
      ? String((error as { name: unknown }).name)
      : '';
  const message = error instanceof Error ? error.message : '';
  if (name === 'QuotaExceededError' || /quota/iu.test(message))
    return new StorageError('quota', undefined, error);
  if (name === 'VersionError') return new StorageError('version', undefined, error);
  // Firefox private mode throws InvalidStateError on open; Safari and sandboxed frames throw SecurityError.
  if (
    name === 'SecurityError' ||
    name === 'InvalidStateError' ||
    name === 'NotAllowedError' ||
    name === 'ReferenceError'
  )
    return new StorageError('unavailable', undefined, error);
  return new StorageError('unknown', undefined, error);
}
