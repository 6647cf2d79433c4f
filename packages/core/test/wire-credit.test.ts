import { expect, test } from 'vitest';
import { findWireCredit } from '../src/outlets/wire-credit.ts';

const credits = [
  { outletId: 1, text: 'AP' },
  { outletId: 1, text: 'Associated Press' },
  { outletId: 2, text: 'Reuters' },
  { outletId: 3, text: 'AFP' },
  { outletId: 4, text: 'APP' },
  { outletId: 5, text: 'PTI' },
];
const found = (text: string) => findWireCredit(text, credits)?.outletId ?? null;

test('datelines, bylines and closing credits name the wire', () => {
  expect(found('ISLAMABAD (AFP) — Pakistan said on Monday…')).toBe(3);
  expect(found('KABUL, Nov 2 (Reuters) - The Taliban said…')).toBe(2);
  expect(found('ISLAMABAD, Oct 30 (APP): The foreign office said…')).toBe(4);
  expect(found('The talks ended without agreement.\n\nThe crossing stays shut. — AP')).toBe(1);
  expect(found('Officials met in Doha. With inputs from PTI')).toBe(5);
  expect(found('Both sides blamed each other, the Associated Press reported.')).toBe(1);
  expect(found('Reuters reported that the talks had stalled.')).toBe(2);
});

test('a credit-like word in passing is not a credit', () => {
  expect(found('The app was downloaded by thousands, officials said.')).toBeNull();
  expect(found('He spoke to APPLE employees (and others) - no more.')).toBeNull();
  expect(found('A report quoted by several outlets said talks would resume.')).toBeNull();
});
