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

/** The id of the page's JSON copy of the rule sets (src/pages/calculator/index.astro writes it). */
export const RULE_SETS_ELEMENT_ID = 'calc-rule-sets';

/**
 * The rule sets the calculator offers, newest first. In the browser they are read from the page: the
 * build writes them there from the checked registry as JSON, so the data is not in the islands'
 * JavaScript (it would be most of a kilobyte of the 15 KB budget, and JSON parses faster than code).
 * The server render, which has no page to read, takes the data files as bundled (rule-set-files.ts);
 * Vite drops that branch, and the files, from the browser build.
 */
function fromPage(): readonly RuleSet[] {
  const text = document.getElementById(RULE_SETS_ELEMENT_ID)?.textContent;
  return text ? (JSON.parse(text) as RuleSet[]) : [];
}
export const RULE_SETS: readonly RuleSet[] = import.meta.env.SSR ? bundledRuleSets() : fromPage();

export function ruleSetFor(id: string): RuleSet | undefined {
  return RULE_SETS.find((r) => r.id === id);
}

/** The newest rule set: what the calculator starts with. */
export const DEFAULT_RULES: RuleSet = RULE_SETS[0]!;

export const $state = atom<CalculatorState>(emptyState(DEFAULT_RULES));
export const $notice = atom<Notice | null>(null);
/** Set while a report's figures are being fetched. */
export const $loading = atom<boolean>(false);
