/**
 * jsdom lays nothing out, so every element is 0 px tall and a virtualised list would render no
 * rows. Give the lists' scroll areas (marked data-virtual-scroll) the size of a Zoom side panel.
 */
export function installLayoutShim(height = 600, width = 360): void {
  const shimmed = (name: 'clientHeight' | 'clientWidth', size: number) => {
    const original = Object.getOwnPropertyDescriptor(Element.prototype, name);
    Object.defineProperty(HTMLElement.prototype, name, {
      configurable: true,
      get(this: HTMLElement) {
        if (this.hasAttribute('data-virtual-scroll')) return size;
        return (original?.get?.call(this) as number | undefined) ?? 0;
      },
    });
  };
  shimmed('clientHeight', height);
  shimmed('clientWidth', width);
}
