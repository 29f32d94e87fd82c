import { afterEach, describe, expect, it } from 'vitest';
import { installMessageGuard } from './message-guard';

/*
 * jsdom's window is a top-level page. A framed panel is emulated by an iframe's window, whose
 * parent is this window; the forger is a sibling iframe.
 */
function frame(): HTMLIFrameElement {
  const element = document.createElement('iframe');
  document.body.append(element);
  return element;
}

function heard(win: Window, source: Window | null): boolean {
  let got = false;
  const listener = () => {
    got = true;
  };
  win.addEventListener('message', listener);
  win.dispatchEvent(new MessageEvent('message', { data: '{"type":"event"}', source }));
  win.removeEventListener('message', listener);
  return got;
}

describe('installMessageGuard', () => {
  const disposers: Array<() => void> = [];
  afterEach(() => {
    for (const dispose of disposers.splice(0)) dispose();
    document.body.replaceChildren();
  });

  it('in a frame, lets through only what its parent (the Zoom client) posts', () => {
    const panel = frame().contentWindow!;
    const sibling = frame().contentWindow!;
    disposers.push(installMessageGuard(panel));
    expect(heard(panel, panel.parent)).toBe(true);
    expect(heard(panel, sibling)).toBe(false);
    expect(heard(panel, null)).toBe(false);
    expect(heard(panel, panel)).toBe(false);
  });

  it('on a top-level page (a desktop client), trusts only the page itself', () => {
    const child = frame().contentWindow!;
    disposers.push(installMessageGuard(window));
    expect(heard(window, window)).toBe(true);
    expect(heard(window, child)).toBe(false);
  });

  it('installs once per window, and its disposer removes it', () => {
    const panel = frame().contentWindow!;
    const sibling = frame().contentWindow!;
    const dispose = installMessageGuard(panel);
    installMessageGuard(panel)();
    expect(heard(panel, sibling)).toBe(false);
    dispose();
    expect(heard(panel, sibling)).toBe(true);
  });
});
