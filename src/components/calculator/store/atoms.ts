/**
 * The calculator's shared state: nanostores atoms every island reads and writes. The islands
 * hydrate with the empty state under the newest rule set (so server and client render alike);
 * ./startup.ts loads saved, shared or report figures once a first island subscribes.
 */
import { atom } from 'nanostores';
import { emptyState, type CalculatorState } from '../../../calculator/state.ts';
import { bundledRuleSets } from '../../../scoring/rule-set-files.ts';
import type { RuleSet } from '../../../scoring/core.ts';

export interface Notice {
  text: string;
  tone: 'info' | 'warn';
  /** Offer to undo the last clear. */
  undo?: boolean;
}

/**
 * The rule sets the calculator offers, newest first: the data files bundled as they are (the build
 * checks them through the registry; see src/scoring/rule-set-files.ts).
 */
export const RULE_SETS: readonly RuleSet[] = bundledRuleSets();

export function ruleSetFor(id: string): RuleSet | undefined {
  return RULE_SETS.find((r) => r.id === id);
}

/** The newest rule set: what the calculator starts with. */
export const DEFAULT_RULES: RuleSet = RULE_SETS[0]!;

export const $state = atom<CalculatorState>(emptyState(DEFAULT_RULES));
export const $notice = atom<Notice | null>(null);
/** Set while a report's figures are being fetched. */
export const $loading = atom<boolean>(false);
