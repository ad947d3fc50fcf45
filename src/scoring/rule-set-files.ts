/**
 * Finds the rule-set files: every src/scoring/rule-sets/<id>.json, so adding a rule set is adding
 * one file and nothing else. The folder is listed in two ways because this module runs in two kinds
 * of place:
 * - under Vite (the Astro build and dev server, vitest, the browser islands) `import.meta.glob` is
 *   replaced at build time by the files' contents, so the browser gets the data without any file system;
 * - plain Node (`node scripts/…`: the benchmark, the importer) has no `import.meta.glob`; calling it throws,
 *   and the folder is read with node:fs instead, taken through process.getBuiltinModule so that no
 *   bundler sees an import of node:fs in code that also ships to the browser.
 * No zod here: this module is bundled into the calculator's islands (see rule-sets.ts for the checks).
 */
import type { RuleSet } from './rule-set.ts';

export type RuleSetFiles = Record<string, unknown>;

function readWithNode(): RuleSetFiles {
  const fs = process.getBuiltinModule('node:fs');
  const path = process.getBuiltinModule('node:path');
  const dir = path.join(import.meta.dirname, 'rule-sets');
  const out: RuleSetFiles = {};
  for (const name of fs.readdirSync(dir).sort()) {
    if (name.endsWith('.json')) out[`./rule-sets/${name}`] = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
  }
  return out;
}

/** Each rule-set file's parsed JSON, by its path (./rule-sets/gz-2023.json). */
export function ruleSetFiles(): RuleSetFiles {
  try {
    return import.meta.glob('./rule-sets/*.json', { eager: true, import: 'default' });
  } catch {
    return readWithNode();
  }
}

/** Newest first: by the day the rules took effect, then id. */
export function newestFirst(sets: readonly RuleSet[]): RuleSet[] {
  return [...sets].sort((a, b) => b.effective.from.localeCompare(a.effective.from) || a.id.localeCompare(b.id));
}

let trusted: readonly RuleSet[] | undefined;

/**
 * The rule sets as the files hold them, without the zod checks. For the browser islands only: the build
 * runs the same files through ruleSets() (every report's schema does), so a bad file fails the build
 * before any page that bundles this is published.
 */
export function bundledRuleSets(): readonly RuleSet[] {
  trusted ??= newestFirst(Object.values(ruleSetFiles()) as RuleSet[]);
  return trusted;
}
