// A decade of history reaches back before gz-2023 took effect (2023-04-23). Those years are scored under a
// fictional rule set of the same shape (rule-sets/xugou-city-early.json): writeCity puts it beside gz-2023 in
// the scratch copy, so the archive also exercises reports under more than one rule set.
import { copyFileSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseRuleSet, ruleSetById, type RuleSet } from '../../src/scoring/index.ts';

export const CITY_EARLY_RULES_FILE = join(import.meta.dirname, 'rule-sets', 'xugou-city-early.json');
const EARLY_RULES: RuleSet = parseRuleSet(JSON.parse(readFileSync(CITY_EARLY_RULES_FILE, 'utf8')), CITY_EARLY_RULES_FILE);
export const GZ_2023: RuleSet = ruleSetById('gz-2023')!;

/** Where a site keeps its rule sets, relative to its root. */
export const RULE_SET_DIR = join('src', 'scoring', 'rule-sets');

/** Put the early years' rule set beside gz-2023 in a scratch copy's registry (its src/ is a copy too). */
export function installCityRuleSets(siteRoot: string): void {
  copyFileSync(CITY_EARLY_RULES_FILE, join(siteRoot, RULE_SET_DIR, basename(CITY_EARLY_RULES_FILE)));
}

/** The registry a city build has: gz-2023 and the early fictional set. */
export const cityRuleSetById = (id: string): RuleSet | undefined => (id === EARLY_RULES.id ? EARLY_RULES : ruleSetById(id));

/** The rule set in force on an agreement's first day. */
export function rulesFor(agreementStart: string): RuleSet {
  const set = [GZ_2023, EARLY_RULES].find((r) => r.effective.from <= agreementStart && (r.effective.to === null || agreementStart <= r.effective.to));
  if (!set) throw new Error(`no rule set covers an agreement starting ${agreementStart}`);
  return set;
}
