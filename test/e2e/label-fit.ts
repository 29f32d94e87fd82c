import type { Frame } from 'playwright-core';

export interface LabelFit {
  /** How far the page scrolls sideways (px; 0 or less: not at all). */
  documentOverflow: number;
  /** How far the widest scrolling list scrolls sideways (overflow-y: auto scrolls sideways too). */
  listOverflow: number;
  /** Visible buttons and tabs with a word split over two lines. */
  brokenLabels: string[];
  /** Visible buttons and tabs whose label is cut by its box (an ellipsis or overflow). */
  clippedLabels: string[];
}

/**
 * Whether the panel fits its width as painted: nothing scrolls sideways, and every visible
 * button's label is whole — no word broken across lines (words as the language's own segmenter
 * sees them: Japanese has no spaces), none cut by its box.
 */
export function labelFit(panel: Frame): Promise<LabelFit> {
  return panel.evaluate(() => {
    const visible = (el: Element) => {
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      return style.visibility !== 'hidden' && rect.width > 1 && rect.height > 1;
    };
    const root = document.scrollingElement ?? document.documentElement;
    const lists = [...document.querySelectorAll('.virtual-list')];
    const buttons = [...document.querySelectorAll('button, [role="tab"]')].filter(
      (b) => visible(b) && !b.closest('[hidden], .visually-hidden, [aria-hidden="true"]'),
    );
    const segmenter = new Intl.Segmenter(document.documentElement.lang || undefined, {
      granularity: 'word',
    });
    const brokenLabels: string[] = [];
    const clippedLabels: string[] = [];
    for (const button of buttons) {
      const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || !visible(parent) || parent.closest('.visually-hidden')) continue;
        for (const word of segmenter.segment(node.textContent ?? '')) {
          if (!word.isWordLike) continue;
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word.segment.length);
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (tops.size > 1) brokenLabels.push(button.textContent ?? '');
        }
      }
      for (const el of [button, ...button.querySelectorAll('span')]) {
        if (el.closest('.visually-hidden') || !visible(el)) continue;
        if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow !== 'visible')
          clippedLabels.push(button.textContent ?? '');
      }
    }
    return {
      documentOverflow: root.scrollWidth - root.clientWidth,
      listOverflow: Math.max(0, ...lists.map((l) => l.scrollWidth - l.clientWidth)),
      brokenLabels: [...new Set(brokenLabels)],
      clippedLabels: [...new Set(clippedLabels)],
    };
  });
}
