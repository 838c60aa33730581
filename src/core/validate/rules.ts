/**
 * The codebook rules the validator enforces. Each id must appear in
 * data/codebook.yml with `enforcedBy: validator` (the codebook check makes
 * sure the two lists agree), and every error a rule raises names it, so a
 * contributor can look the rule up on the codebook page.
 */
export const RULE = {
  statusBasis: 'status-basis',
  whoNamed: 'who-named',
  silence: 'silence-takes-no-evidence',
  historyOrder: 'history-order',
  historyDistinctDates: 'history-distinct-dates',
  toAfterFrom: 'to-after-from',
  checkedDate: 'checked-date',
  statementBasis: 'statement-basis',
} as const;

export type RuleId = (typeof RULE)[keyof typeof RULE];

export const ENFORCED_RULES: readonly RuleId[] = Object.values(RULE);

/** An error message that names the codebook rule it enforces. */
export function ruleMessage(rule: RuleId, message: string): string {
  return `[rule ${rule}] ${message} (see the codebook, data/codebook.yml)`;
}
