'use client';
import { createContext, useContext } from 'react';

/**
 * Live views that hear a change (a round updated, a statement added) call this so views summarising the
 * dataset, such as the overview's counts, re-read themselves; outside such a view it does nothing.
 */
export const DatasetSignal = createContext<(() => void) | null>(null);

export const useDatasetSignal = () => useContext(DatasetSignal) ?? noop;

const noop = () => {};
