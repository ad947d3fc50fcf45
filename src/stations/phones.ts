/**
 * Telephone numbers: one normal form for comparing, the tel: link, and a
 * finder for anything on a page that looks like a Chinese phone number (the
 * browser tests use it to prove no number is shown that the data lacks). Pure.
 */

/** The digits of a number (and a leading +), for comparing: “020-8123 4567” → “02081234567”. */
export function phoneDigits(number: string): string {
  const trimmed = number.trim();
  return (trimmed.startsWith('+') ? '+' : '') + trimmed.replace(/\D/g, '');
}

/** The tap-to-call link for a number: tel: with digits only (spaces and dashes are for reading). */
export function telHref(number: string): string {
  return `tel:${phoneDigits(number)}`;
}

// Mobile 1[3-9]xxxxxxxxx; landline with area code 0xx(x)-xxxxxxx(x); 400/800 service numbers.
// Spaces and dashes may separate groups. Digit look-arounds keep longer runs of digits out.
const PATTERNS = [
  /(?<![\d+])(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?!\d)/g,
  /(?<![\d+])(?:\+?86[ -]?)?0\d{2,3}[ -]?\d{3,4}[ -]?\d{4}(?!\d)/g,
  /(?<![\d+])[48]00[ -]?\d{3}[ -]?\d{4}(?!\d)/g,
  /tel:[^"'<>\s]*/g,
];

/** Every phone-number-like string in a text (HTML included: tel: links are found too). */
export function findPhoneLike(text: string): string[] {
  const found: string[] = [];
  for (const pattern of PATTERNS) {
    for (const m of text.matchAll(pattern)) found.push(m[0]);
  }
  return found;
}

/** The comparable digits of a found string (a tel: link's target, or the number itself), without +86. */
export function foundDigits(found: string): string {
  const digits = phoneDigits(decodeURIComponent(found.replace(/^tel:/, '')));
  return digits.replace(/^\+?86(?=1[3-9]|0)/, '').replace(/^\+/, '');
}
