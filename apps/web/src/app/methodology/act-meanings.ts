import type { Act } from '@/lib/enums.ts';

/** A line on what each act covers, in the curators' terms; acts the seed has not needed keep PLOVER's plain sense. */
export const ACT_MEANINGS: Record<Act, string> = {
  COOPERATE: 'Working together in practice: joint mechanisms, shared action.',
  AGREE: 'Accepting terms or a settlement; announcing an agreement.',
  SUPPORT: 'Backing another party or its position.',
  CONCEDE: 'Giving ground on a demand or position.',
  RETREAT: 'Withdrawing a threat, force or measure.',
  CONSULT: 'Meeting, talking, proposing talks.',
  APPEAL: 'Hoping, urging, calling on others (the mediators’ and the UN’s calls).',
  COMMENT: 'Assessments, descriptions and notifications that press no one.',
  DENY: 'Saying a stated fact is untrue.',
  DEMAND: 'What one side asks of another, at the table or as a standing demand.',
  REJECT: 'Dismissing a proposal, an offer or an accusation.',
  PROTEST: 'Condemning an act as a violation.',
  ACCUSE: 'Imputing wrongdoing, or sharp criticism.',
  THREATEN: 'Warnings and ultimatums, often conditional.',
};
