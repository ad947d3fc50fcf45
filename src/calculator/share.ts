/**
 * Share links: the whole state in the URL fragment (#s=…), so the link
 * reproduces the calculation in any browser and the figures never reach a
 * server log. The fragment is base64url of the state's JSON (UTF-8, see
 * ./share-codec.ts), and is read back through validateState under the site's
 * rule sets: a tampered link is refused, never rendered; a link naming a rule
 * set the site does not have is refused with `unknownRules`.
 */
import type { RuleSet } from '../scoring/core.ts';
import { decodeJson, encodeJson } from './share-codec.ts';
import { validateState, type CalculatorState } from './state.ts';

export { MAX_SHARE_LENGTH, SHARE_PARAM, shareUrl, sharedStateIn } from './share-codec.ts';

export function encodeState(state: CalculatorState): string {
  return encodeJson(state);
}

export type Decoded = { ok: true; state: CalculatorState } | { ok: false; reason: string; unknownRules?: string };

/** A validated state from a decoded fragment value (./share-codec.ts decodeJson). */
export function checkShared(decoded: ReturnType<typeof decodeJson>, lookup: (id: string) => RuleSet | undefined): Decoded {
  if (!decoded.ok) return decoded;
  const checked = validateState(decoded.value, lookup);
  if (checked.ok) return { ok: true, state: checked.value };
  return checked.unknownRules ? { ok: false, reason: checked.reason, unknownRules: checked.unknownRules } : { ok: false, reason: checked.reason };
}

export function decodeState(encoded: string, lookup: (id: string) => RuleSet | undefined): Decoded {
  return checkShared(decodeJson(encoded), lookup);
}
