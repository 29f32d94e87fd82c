/** The padlock at the start of the lock line (decorative: the headline says the state). */
export function LockIcon() {
  return (
    <svg
      className="lock-banner__icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d="M5 7V5a3 3 0 0 1 6 0v2h1v7H4V7h1zm1.5 0h3V5a1.5 1.5 0 0 0-3 0v2z"
        fill="currentColor"
      />
    </svg>
  );
}
