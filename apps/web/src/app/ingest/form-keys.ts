import type { KeyboardEvent } from 'react';

/**
 * Enter applies a review form from any field (a select or a text area included; Shift+Enter still breaks a
 * line), Escape cancels it.
 */
export function formKeys(onCancel: () => void) {
  return (event: KeyboardEvent<HTMLFormElement>) => {
    const target = event.target as HTMLElement;
    if (event.defaultPrevented) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Enter' && !event.shiftKey && (target.tagName === 'SELECT' || target.tagName === 'TEXTAREA')) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  };
}
