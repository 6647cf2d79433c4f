// Hand-written labelled pairs for threshold measurement, beside the ones drawn from the seed dataset. Each
// same-utterance pair is one statement as two outlets or translators might print it; each different pair is
// two statements one speaker could make in the same crisis, sharing its vocabulary on purpose.
export interface LabelledPair {
  a: string;
  b: string;
  same: boolean;
  note?: string;
}

export const HAND_PAIRS: LabelledPair[] = [
  // Same utterance, other words.
  { same: true, a: 'We will no longer tolerate your mockery and betrayal', b: 'We have borne your treachery and mockery for too long, but no more' },
  { same: true, a: 'We will no longer tolerate your mockery and betrayal', b: 'We have tolerated your disloyalty and mockery but not anymore' },
  { same: true, a: 'Any aggression against Pakistan will be met with a befitting response.', b: 'Pakistan will respond forcefully to any aggression.' },
  { same: true, a: 'Afghan soil will not be allowed to be used against any other country.', b: 'We will not let anyone use Afghan territory against another nation.' },
  { same: true, a: 'The talks failed because Kabul was not sincere.', b: 'Negotiations collapsed owing to the insincerity of Kabul.' },
  { same: true, a: 'We want peace with our neighbours, but we will defend our sovereignty.', b: 'We desire peace with neighbouring countries, yet we will protect our sovereignty.' },
  { same: true, a: 'The ceasefire will hold as long as the other side respects it.', b: 'The truce will remain in place as long as it is respected by the other side.' },
  { same: true, a: 'Pakistan has exercised maximum restraint, but our patience has limits.', b: 'Our patience has its limits, although Pakistan has shown great restraint.' },
  { same: true, a: 'The Islamic Emirate strongly condemns this violation of Afghan airspace.', b: 'The Islamic Emirate condemns in the strongest terms the breach of Afghanistan’s airspace.' },
  { same: true, a: 'They are sheltering terrorists who kill our children.', b: 'They harbour the terrorists who are killing our children.' },
  { same: true, a: 'We have given them every chance, but they chose confrontation.', b: 'Every opportunity was given to them, yet they opted for confrontation.' },
  { same: true, a: 'If they attack us, we will strike deep inside their territory.', b: 'Should they attack, we will hit deep into their territory.' },
  // Different statements, same speaker, same crisis.
  { same: false, a: 'Today we are completely writing them off, and we do not expect anything good from them.', b: 'Our military spokesperson has already denied these claims.' },
  { same: false, a: 'We will conduct strikes, we definitely will.', b: 'Kabul was not sincere at any level for any arrangement.' },
  { same: false, a: 'The talks failed because Kabul was not sincere.', b: 'We will conduct strikes inside Afghanistan if attacked.' },
  { same: false, a: 'Any aggression against Pakistan will be met with a befitting response.', b: 'The ceasefire will hold as long as the other side respects it.' },
  { same: false, a: 'We want peace with our neighbours, but we will defend our sovereignty.', b: 'The Taliban regime is playing in the hands of India.' },
  { same: false, a: 'Afghan soil will not be allowed to be used against any other country.', b: 'Pakistan must stop violating Afghan airspace.' },
  { same: false, a: 'They are sheltering terrorists who kill our children.', b: 'The refugees will be repatriated by December.' },
  { same: false, a: 'The mediators now know about Kabul’s intentions.', b: 'We made this attempt with full sincerity so that both countries can live in peace.' },
  { same: false, a: 'Trade with Pakistan will resume once the border reopens.', b: 'The Taliban have no code of conduct, no religion and no tradition.' },
  { same: false, a: 'The Islamic Emirate strongly condemns this violation of Afghan airspace.', b: 'The Islamic Emirate will respond appropriately at the right time.' },
  { same: false, a: 'We have given them every chance, but they chose confrontation.', b: 'It will be folly to trust them.' },
  { same: false, a: 'Pakistan has exercised maximum restraint, but our patience has limits.', b: 'The entire leadership of Kabul is playing in the hands of India.' },
];
