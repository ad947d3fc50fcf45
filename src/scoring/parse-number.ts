import { fail, ok, type Result } from './result.ts';

export interface ParsedNumber {
  value: number;
  /** The text ended in % or ％ (the value is still the number before the sign). */
  percent: boolean;
}

// Chinese input methods type full-width digits and punctuation: １８．５０, ８７％,
// and in Chinese punctuation mode the full stop key gives 。 and the comma key ，.
const FULL_WIDTH: Record<string, string> = {
  '．': '.',
  '。': '.',
  '，': ',',
  '％': '%',
  '－': '-',
  '＋': '+',
  '　': ' ',
};

function toHalfWidth(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(
    /[．。，％－＋　]/g,
    (c) => FULL_WIDTH[c] ?? c,
  );
}

// An optional sign, digits with optional groups of three separated by commas, optional decimals.
const NUMBER_PATTERN = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?$/;

/**
 * Read a number typed by a Chinese user: full-width digits and punctuation,
 * thousands separators, surrounding spaces, an optional trailing % or 分.
 * Anything else is an error with a Chinese message.
 */
export function parseUserNumber(input: string, label = '此项'): Result<ParsedNumber> {
  let text = toHalfWidth(input).trim();
  if (text === '') return fail('empty', `请填写${label}。`);
  let percent = false;
  if (text.endsWith('%')) {
    percent = true;
    text = text.slice(0, -1).trim();
  } else if (text.endsWith('分')) {
    text = text.slice(0, -1).trim();
  }
  const match = NUMBER_PATTERN.exec(text);
  if (!match || (match[2] === undefined && match[3] === undefined)) {
    return fail('not-a-number', `${label}应为数字，例如 18.5；“${input.trim()}”不是数字。`);
  }
  const digits = `${match[1]}${(match[2] ?? '0').replace(/,/g, '')}.${match[3] ?? '0'}`;
  const value = Number(digits);
  if (!Number.isFinite(value)) return fail('not-a-number', `${label}应为数字，例如 18.5。`);
  return ok({ value: value === 0 ? 0 : value, percent });
}
