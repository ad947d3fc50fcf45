/**
 * The calculator's state: exactly what the user typed, as text, so a wrong
 * entry survives a reload or a share link as it was and can be corrected.
 * Numbers are read from the text by src/scoring (parseUserNumber) when the
 * results are derived. Stored and shared state is untrusted: validateState
 * accepts only this exact shape, with a party entry for each party of the rule
 * set it names (`rules`), and only a rule set the site has.
 */
import { partyIds, type PartyId, type RuleSet, type ScoreScale } from '../scoring/core.ts';

/**
 * 2 added `rules` (the rule set's id) and renamed the scale 'hundred' to 'rating'; 3 added the service months
 * (`months`, `yearMonths`). An older state is migrated.
 */
export const STATE_VERSION = 3;

/** A service year's months until the staff or a report say otherwise. */
export const DEFAULT_YEAR_MONTHS = '12';

export const STAFFING_FIELDS = [
  'requiredPosts',
  'stableStaff',
  'expectedAll',
  'actualAll',
  'expectedCertified',
  'actualCertified',
  'experienced',
] as const;
export type StaffingField = (typeof STAFFING_FIELDS)[number];

export interface PartyEntry {
  text: string;
  scale: ScoreScale;
}

export interface IndicatorEntry {
  name: string;
  target: string;
  completed: string;
}

/** The report the figures were loaded from (prefill), shown as "已载入：…". */
export interface StateSource {
  reportId: string;
  title: string;
  /** Figures the report does not print, derived from its stated rates (see the report schema). */
  derived: DerivedFigure[];
}

export const DERIVED_FIGURES = ['indicatorTargets', 'requiredPosts'] as const;
export type DerivedFigure = (typeof DERIVED_FIGURES)[number];

export interface CalculatorState {
  v: typeof STATE_VERSION;
  /** The id of the rule set the figures are scored under, e.g. gz-2023. */
  rules: string;
  /** One entry per party of that rule set. */
  parties: Record<PartyId, PartyEntry>;
  indicators: IndicatorEntry[];
  staffing: Record<StaffingField, string>;
  /** Months of the service year gone (考核月份, e.g. 10.5), as typed; '' until entered. */
  months: string;
  /** Months of the service year (12 unless a report's agreement period says otherwise), as typed. */
  yearMonths: string;
  source: StateSource | null;
}

/** Limits that keep a stored or shared state small and the page usable. */
export const LIMITS = {
  text: 40,
  name: 80,
  title: 200,
  indicators: 40,
} as const;

const REPORT_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

function emptyParties(rules: RuleSet): Record<PartyId, PartyEntry> {
  const parties: Record<PartyId, PartyEntry> = {};
  for (const id of partyIds(rules)) parties[id] = { text: '', scale: 'points' };
  return parties;
}

export function emptyState(rules: RuleSet): CalculatorState {
  const staffing = {} as Record<StaffingField, string>;
  for (const f of STAFFING_FIELDS) staffing[f] = '';
  return { v: STATE_VERSION, rules: rules.id, parties: emptyParties(rules), indicators: [], staffing, months: '', yearMonths: DEFAULT_YEAR_MONTHS, source: null };
}

/**
 * The same entries under another rule set: a party both sets have keeps what was typed, the others
 * start empty; indicators and staffing are not rules and stay.
 */
export function withRuleSet(state: CalculatorState, rules: RuleSet): CalculatorState {
  const parties = emptyParties(rules);
  for (const id of Object.keys(parties)) {
    const kept = state.parties[id];
    if (kept) parties[id] = kept;
  }
  return { ...state, rules: rules.id, parties };
}

export function emptyIndicator(): IndicatorEntry {
  return { name: '', target: '', completed: '' };
}

/** Why a state was refused; `unknownRules` is set when the only fault is a rule set the site does not have. */
export type Check<T> = { ok: true; value: T } | { ok: false; reason: string; unknownRules?: string };
const good = <T>(value: T): Check<T> => ({ ok: true, value });
const bad = (reason: string): Check<never> => ({ ok: false, reason });

const RULES_ID = /^[a-z][a-z0-9-]{0,39}$/;

/** A version-1 state (before rule sets: always gz-2023, 'hundred' for the rating scale) as version 2. */
function migrateV1(input: Record<string, unknown>): Record<string, unknown> {
  const parties: Record<string, unknown> = {};
  if (isPlainObject(input.parties)) {
    for (const [id, p] of Object.entries(input.parties)) {
      parties[id] = isPlainObject(p) && p.scale === 'hundred' ? { ...p, scale: 'rating' } : p;
    }
  }
  const { v: _v, ...rest } = input;
  return { v: 2, rules: 'gz-2023', ...rest, parties };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
}

/** The object has exactly these keys (no more, no fewer). */
function hasExactKeys(o: Record<string, unknown>, keys: readonly string[]): boolean {
  const own = Object.keys(o);
  return own.length === keys.length && keys.every((k) => Object.prototype.hasOwnProperty.call(o, k));
}

function isText(v: unknown, max: number): v is string {
  return typeof v === 'string' && v.length <= max;
}

/**
 * Accept a value read from storage or a URL only if it is a state of this
 * version (or version 1 or 2, migrated) under a rule set `lookup` knows, with every
 * field a short string or a known choice. Anything else (another app's data, an
 * unknown version, a tampered link) is refused whole; a rule set the site does
 * not have is refused with `unknownRules`, so the notice can name it.
 */
export function validateState(raw: unknown, lookup: (id: string) => RuleSet | undefined): Check<CalculatorState> {
  if (!isPlainObject(raw)) return bad('not an object');
  let input = raw.v === 1 && !('rules' in raw) ? migrateV1(raw) : raw;
  // Version 2 (saved or shared before the service months): none entered yet.
  if (input.v === 2) input = { months: '', yearMonths: DEFAULT_YEAR_MONTHS, ...input, v: STATE_VERSION };
  if (!hasExactKeys(input, ['v', 'rules', 'parties', 'indicators', 'staffing', 'months', 'yearMonths', 'source'])) return bad('unexpected keys');
  if (input.v !== STATE_VERSION) return bad(`version ${String(input.v)}`);
  if (typeof input.rules !== 'string' || !RULES_ID.test(input.rules)) return bad('rules');
  const rules = lookup(input.rules);
  if (!rules) return { ok: false, reason: `unknown rules ${input.rules}`, unknownRules: input.rules };

  const { parties, indicators, staffing, months, yearMonths, source } = input;
  if (!isText(months, LIMITS.text) || !isText(yearMonths, LIMITS.text)) return bad('months');
  const ids = partyIds(rules);
  if (!isPlainObject(parties) || !hasExactKeys(parties, ids)) return bad('parties');
  const outParties: Record<PartyId, PartyEntry> = {};
  for (const id of ids) {
    const p = parties[id];
    if (!isPlainObject(p) || !hasExactKeys(p, ['text', 'scale'])) return bad(`party ${id}`);
    if (!isText(p.text, LIMITS.text)) return bad(`party ${id}`);
    if (p.scale !== 'points' && p.scale !== 'rating') return bad(`party ${id}`);
    outParties[id] = { text: p.text, scale: p.scale };
  }

  if (!Array.isArray(indicators) || indicators.length > LIMITS.indicators) return bad('indicators');
  const outIndicators: IndicatorEntry[] = [];
  for (const row of indicators) {
    if (!isPlainObject(row) || !hasExactKeys(row, ['name', 'target', 'completed'])) return bad('indicators');
    if (!isText(row.name, LIMITS.name) || !isText(row.target, LIMITS.text) || !isText(row.completed, LIMITS.text)) {
      return bad('indicators');
    }
    outIndicators.push({ name: row.name, target: row.target, completed: row.completed });
  }

  if (!isPlainObject(staffing) || !hasExactKeys(staffing, STAFFING_FIELDS)) return bad('staffing');
  const outStaffing = {} as Record<StaffingField, string>;
  for (const f of STAFFING_FIELDS) {
    const v = staffing[f];
    if (!isText(v, LIMITS.text)) return bad('staffing');
    outStaffing[f] = v;
  }

  let outSource: StateSource | null = null;
  if (source !== null) {
    if (!isPlainObject(source) || !hasExactKeys(source, ['reportId', 'title', 'derived'])) return bad('source');
    if (typeof source.reportId !== 'string' || !REPORT_ID.test(source.reportId)) return bad('source');
    if (!isText(source.title, LIMITS.title)) return bad('source');
    const derived = source.derived;
    if (!Array.isArray(derived) || derived.length > DERIVED_FIGURES.length) return bad('source');
    const outDerived: DerivedFigure[] = [];
    for (const d of derived) {
      const known = DERIVED_FIGURES.find((k) => k === d);
      if (!known || outDerived.includes(known)) return bad('source');
      outDerived.push(known);
    }
    outSource = { reportId: source.reportId, title: source.title, derived: outDerived };
  }

  return good({ v: STATE_VERSION, rules: rules.id, parties: outParties, indicators: outIndicators, staffing: outStaffing, months, yearMonths, source: outSource });
}

/** True when nothing has been entered (under whichever rule set): used to skip saving an empty state. */
export function isEmptyState(s: CalculatorState): boolean {
  return (
    Object.values(s.parties).every((p) => p.text === '' && p.scale === 'points') &&
    s.indicators.length === 0 &&
    STAFFING_FIELDS.every((f) => s.staffing[f] === '') &&
    s.months === '' &&
    s.yearMonths === DEFAULT_YEAR_MONTHS &&
    s.source === null
  );
}

export function isValidReportId(id: string): boolean {
  return REPORT_ID.test(id);
}
