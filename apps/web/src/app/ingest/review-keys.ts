import type { Action } from './review-model.ts';

export type KeyCommand = 'next' | 'previous' | 'first' | 'last' | 'undo' | 'propose' | 'help' | Action;

/** Keys that act on the review; the page's legend and the ? panel list the same map. */
export const KEYS: Record<string, KeyCommand> = {
  j: 'next',
  ArrowDown: 'next',
  k: 'previous',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
  c: 'confirm',
  r: 'reject',
  e: 'reopen',
  s: 'speaker',
  a: 'actor',
  t: 'act',
  x: 'text',
  d: 'date',
  h: 'channel',
  o: 'conditional',
  u: 'undo',
  n: 'propose',
  '?': 'help',
};

/** The legend, in the order a reviewer meets them. */
export const KEY_LEGEND: [keys: string[], what: string][] = [
  [['j', '↓'], 'next candidate'],
  [['k', '↑'], 'previous candidate'],
  [['Home', 'End'], 'first, last'],
  [['c'], 'confirm: publishes its statement'],
  [['r'], 'reject'],
  [['e'], 'back to review (reopen a confirmed one, restore a rejected one)'],
  [['s'], 'change the speaker'],
  [['a'], 'check and confirm a new (proposed) speaker'],
  [['t'], 'act, and with it intensity'],
  [['o'], 'conditional (if/then) on or off'],
  [['x'], 'canonical text of the statement'],
  [['d'], 'date said'],
  [['h'], 'channel'],
  [['n'], 'new quote from the text selected in the article'],
  [['u'], 'undo the last action'],
  [['?'], 'show or hide this help'],
  [['Enter'], 'in a form: apply'],
  [['Esc'], 'in a form: cancel'],
];
