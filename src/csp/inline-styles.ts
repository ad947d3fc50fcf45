/**
 * The site's own inline style elements, as text, for the same reason as inline-scripts.ts: the policy
 * allows an inline <style> only by the hash of its exact text (astro.config.mjs adds these to
 * `security.csp.styleDirective`). Astro hashes the styles it bundles itself.
 */

/** Calculator, JavaScript off: hide the form that cannot work (inside <noscript>). */
export const CALCULATOR_NO_SCRIPT = '.calc-app { display: none; }';

export const INLINE_STYLES: readonly string[] = [CALCULATOR_NO_SCRIPT];
