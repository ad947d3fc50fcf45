/** A computation either gives a value or a typed error whose message is Chinese and shown to users. */
export type Result<T, E = ScoringError> = { ok: true; value: T } | { ok: false; error: E };

export type ScoringErrorCode =
  | 'empty'
  | 'not-a-number'
  | 'negative'
  | 'out-of-range'
  | 'zero-target'
  | 'missing-party';

export interface ScoringError {
  code: ScoringErrorCode;
  /** What the error is about (a party id, or a field name), so a form can attach it to the right input. */
  field?: string;
  /** A sentence in Chinese, ready to show to the user. */
  message: string;
}

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = (code: ScoringErrorCode, message: string, field?: string): Result<never> => ({
  ok: false,
  error: field === undefined ? { code, message } : { code, message, field },
});
