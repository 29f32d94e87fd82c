/** Tab icons (16 px, currentColor): the label beside them says the same thing in words. */
export type ViewIcon = 'roster' | 'roll' | 'attendance' | 'checklist' | 'settings';

const PATHS: Record<ViewIcon, string> = {
  roster:
    'M6 8a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zm-4.5 6c0-2.5 2-4.5 4.5-4.5s4.5 2 4.5 4.5H1.5zm9.5-6.2a2 2 0 1 0 0-4 2 2 0 0 0 0 4zm.6 1.6c1.7.4 2.9 2 2.9 3.9V14h-2a6 6 0 0 0-.9-4.6z',
  roll: 'M3 1.5h8l2 2v11H3v-13zm2 4v1.5h6V5.5H5zm0 3V10h6V8.5H5zm0 3V13h4v-1.5H5z',
  attendance:
    'M2 3h12v11H2V3zm1.5 3v6.5h9V6h-9zM4.5 1h1.5v3H4.5V1zm5.5 0h1.5v3H10V1zM5 9.2l1-1 1.3 1.3L10 6.8l1 1-3.7 3.7z',
  checklist:
    'M8 1 14 3.5V8c0 3.3-2.6 6.1-6 7-3.4-.9-6-3.7-6-7V3.5L8 1zm-1 9.6L11.2 6.4 10.1 5.3 7 8.4 5.6 7 4.5 8.1z',
  settings:
    'M6.8 1h2.4l.4 2 1.4.8 1.9-.7 1.2 2.1-1.5 1.3v1.6l1.5 1.3-1.2 2.1-1.9-.7-1.4.8-.4 2H6.8l-.4-2-1.4-.8-1.9.7-1.2-2.1L3.4 8.8V7.2L1.9 5.9l1.2-2.1 1.9.7 1.4-.8.4-2zM8 5.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5z',
};

export function ViewIconSvg({ icon }: { icon: ViewIcon }) {
  return (
    <svg
      className="view-tabs__icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[icon]} fill="currentColor" fillRule="evenodd" />
    </svg>
  );
}
