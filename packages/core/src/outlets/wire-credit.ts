// A wire credit in a dateline or a byline says where a story came from: "ISLAMABAD (APP) —",
// "KABUL, Nov 2 (Reuters) -", "… Reuters reported.", "— AP", "With inputs from PTI". Credits are matched
// with their case as printed: "AP" is a credit, "ap" in a word is not.

export interface Credit {
  outletId: number;
  text: string;
}

export interface CreditMatch extends Credit {
  evidence: string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Credits found in the text, strongest first (a dateline beats a mention in passing). */
export function findWireCredit(text: string, credits: Credit[]): CreditMatch | null {
  if (credits.length === 0) return null;
  // Longest first, so "Associated Press" wins over "AP" and "Press Trust of India" over "PTI".
  const sorted = [...credits].sort((a, b) => b.text.length - a.text.length);
  const alternatives = sorted.map((c) => escapeRegExp(c.text)).join('|');
  const head = text.slice(0, 400);
  const tail = text.slice(-300);
  const patterns: Array<[RegExp, string, string]> = [
    [new RegExp(`\\(\\s*(${alternatives})\\s*\\)\\s*[-–—:]`), head, 'dateline'],
    [new RegExp(`^[A-Z][\\p{Lu} .,'’-]{1,40}(?:,[^\\n(]{0,30})?\\s*[-–—]\\s*(${alternatives})\\b`, 'mu'), head, 'dateline'],
    [new RegExp(`(?:^|\\n)\\s*(?:By [^\\n]{1,60}?,?\\s+)?(${alternatives})\\s*$`, 'm'), head.split('\n\n')[0] ?? '', 'byline'],
    [
      new RegExp(`(?:[-–—]\\s*|\\b[Ww]ith inputs from\\s+|\\bAdditional reporting by\\s+|\\b[Cc]ourtesy:?\\s+)(${alternatives})\\.?\\s*$`),
      tail,
      'closing credit',
    ],
    [new RegExp(`\\(\\s*(${alternatives})\\s*\\)\\s*$`), tail, 'closing credit'],
    [new RegExp(`\\b(${alternatives}) (?:news agency )?reported\\b`), text, 'report credit'],
  ];
  for (const [pattern, where, kind] of patterns) {
    const match = pattern.exec(where);
    if (!match) continue;
    const credit = sorted.find((c) => c.text === match[1]);
    if (credit) return { ...credit, evidence: `${kind} "${match[0].trim().slice(0, 60)}"` };
  }
  return null;
}
