// Pages in the state a reader leaves them in, where they are widest: the page as built is not enough (the
// search page without a query has no results; the calculator's select is as wide as its longest option only
// once chosen). The sideways-scroll gate (tests/gates/used-layout.test.ts) and the other engines' smoke suite
// (tests/engines/) read this list. Add a line for a page whose widest state needs reaching.
import { resolveFile } from '../../tools/site/built-site.ts';
import { indexUrls, shellUrls, urls } from '../../src/site/urls.ts';

export interface UsedState {
  what: string;
  /** The page, with its query. */
  path: string;
  /** A selector present once the page has reached the state (an island hydrated, results drawn). */
  ready: string;
  /** Run in the page once ready (a function body, so any engine's driver can send it). */
  act?: string;
  /** Built only with enough content (the rankings need reports of one cohort): passed over when dist/ lacks it. */
  optional?: boolean;
}

/** Choose the option with the longest text, as a reader could: the select is then at its widest. */
const LONGEST_OPTION = `
  var select = document.getElementById('calc-rules');
  var longest = Array.from(select.options).sort(function (a, b) { return b.text.length - a.text.length; })[0];
  select.value = longest.value;
  select.dispatchEvent(new Event('change', { bubbles: true }));`;

export const USED_STATES: UsedState[] = [
  // 稳岗率 finds passages under a report's headings: indented sub-results, the widest part of the list.
  { what: 'search with results', path: `${shellUrls.search}?q=${encodeURIComponent('稳岗率')}`, ready: '.pagefind-ui__result-nested' },
  { what: 'calculator, its longest rule set chosen', path: urls.calculator(), ready: 'astro-island:not([ssr]) #calc-rules', act: LONGEST_OPTION },
  { what: 'rankings', path: indexUrls.rankings(), ready: 'main', optional: true },
  { what: 'compare', path: urls.compare(), ready: 'main', optional: true },
];

/** The states whose page this build has. */
export function usedStatesIn(dist: string): UsedState[] {
  return USED_STATES.filter((s) => !s.optional || resolveFile(dist, s.path) !== null);
}
