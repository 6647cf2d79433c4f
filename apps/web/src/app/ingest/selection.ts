import type { Range } from './review-model.ts';

/** Marks around a selection are the outlet's punctuation, not the speaker's words. */
const EDGE = /[\s“”"‘’'«»]/;

/**
 * The reviewer's selection in the marked article as offsets into the stored body. The article renders the
 * body's text exactly, except for the candidate numbers (marked data-not-text), which are skipped; leading
 * and trailing spaces and quotation marks are trimmed off. Null when nothing in the article is selected.
 */
export function selectedSpan(container: HTMLElement, body: string): (Range & { text: string }) | null {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer)) return null;
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('[data-not-text]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  let offset = 0;
  let start = Infinity;
  let end = -Infinity;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const length = node.data.length;
    if (range.intersectsNode(node)) {
      start = Math.min(start, offset + (node === range.startContainer ? range.startOffset : 0));
      end = Math.max(end, offset + (node === range.endContainer ? range.endOffset : length));
    }
    offset += length;
  }
  if (!Number.isFinite(start) || end <= start) return null;
  while (start < end && EDGE.test(body[start]!)) start++;
  while (end > start && EDGE.test(body[end - 1]!)) end--;
  if (end <= start) return null;
  return { start, end, text: body.slice(start, end) };
}
