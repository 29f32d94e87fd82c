/**
 * A control that removes itself (Lock now, Unlock) hands the keyboard focus to the control that
 * takes its place, once that is on screen: otherwise the focus falls to the page and a keyboard or
 * screen-reader user must find their way back from the top. Only when the focus was lost: a host
 * who has moved on meanwhile keeps where they are.
 */
export function handFocusTo(selector: string, frames = 30): void {
  const tryFocus = (left: number) => {
    const target = document.querySelector<HTMLElement>(selector);
    const active = document.activeElement;
    const lost = !active || active === document.body || !active.isConnected;
    if (target && lost) target.focus();
    else if (!target && left > 0) requestAnimationFrame(() => tryFocus(left - 1));
  };
  requestAnimationFrame(() => tryFocus(frames));
}
