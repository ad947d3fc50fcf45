/**
 * Everything the calculator shows, derived from the typed state. Every rule
 * (parsing, conversion, total, grade, margins, rates) is a call into
 * src/scoring; this module only decides which results can be computed from
 * what has been entered, and which field an error belongs to. The rule set is
 * the state's own (`state.rules`), passed in by the caller.
 */
import {
  attendance,
  checkCount,
  completionRate,
  experiencedShare,
  formatHundredths,
  formatPercent,
  formatSigned,
  gradeDropMargins,
  gradePosition,
  isLowestGrade,
  parseUserNumber,
  scaleName,
  partyPoints,
  pointsToRating,
  retentionRate,
  totalScore,
  type Attendance,
  type Completion,
  type DropMargins,
  type GradePosition,
  type Hundredths,
  type PartyId,
  type PartyRule,
  type PartyScoreInput,
  type Retention,
  type RuleSet,
  type ScoreScale,
  type ScoringError,
} from '../scoring/core.ts';
import { retentionVerdict } from '../wording/phrases.ts';
import { fieldKey, indicatorName, STAFFING_INFO } from './fields.ts';
import { STAFFING_FIELDS, type CalculatorState, type StaffingField } from './state.ts';

/** Field key → Chinese message. */
export type FieldErrors = Record<string, string>;

export interface PartyResult {
  party: PartyRule;
  scale: ScoreScale;
  /** The number entered, on the chosen scale, when valid. */
  value: number | null;
  /** Points on the party's share of the total (hundredths), when the entry is valid. */
  points: Hundredths | null;
  /** The same score as a rating on the party's own scale (hundredths), when valid. */
  rating: Hundredths | null;
}

export interface TotalResult {
  total: Hundredths;
  position: GradePosition;
  margins: DropMargins;
}

export interface IndicatorResult {
  index: number;
  /** The typed name, or "第 n 项指标". */
  name: string;
  target: number | null;
  completed: number | null;
  completion: Completion | null;
}

export interface StaffingResult {
  retention: Retention | null;
  attendanceAll: Attendance | null;
  attendanceCertified: Attendance | null;
  experiencedShare: Hundredths | null;
}

export interface Warning {
  /** What it is about: the printed summary lists indicators in its table and only counts them here. */
  kind: 'grade' | 'indicator' | 'staffing';
  text: string;
}

export interface CalculatorResults {
  /** The rule set the results are computed under. */
  rules: RuleSet;
  parties: PartyResult[];
  /** Names of the parties still missing or wrong; the total needs every party. */
  pending: string[];
  total: TotalResult | null;
  indicators: IndicatorResult[];
  indicatorCounts: { rated: number; met: number };
  staffing: StaffingResult;
  errors: FieldErrors;
  /** Requirements the entered figures miss, as Chinese sentences. */
  warnings: Warning[];
}

/** Read one typed number; empty means "not entered yet" (no error). */
function readNumber(
  text: string,
  label: string,
  key: string,
  errors: FieldErrors,
): { value: number; percent: boolean } | null {
  if (text.trim() === '') return null;
  const parsed = parseUserNumber(text, label);
  if (!parsed.ok) {
    errors[key] = parsed.error.message;
    return null;
  }
  return parsed.value;
}

/** Read a count (indicator amounts, staff, person-months): a number, not a percentage, not negative. */
function readCount(text: string, label: string, key: string, errors: FieldErrors): number | null {
  const n = readNumber(text, label, key, errors);
  if (n === null) return null;
  if (n.percent) {
    errors[key] = `${label}请填写数量，不要带 %。`;
    return null;
  }
  const checked = checkCount(n.value, key, label);
  if (!checked.ok) {
    errors[key] = checked.error.message;
    return null;
  }
  return checked.value;
}

function attach(errors: FieldErrors, error: ScoringError, byField: Record<string, string>): void {
  const key = (error.field !== undefined && byField[error.field]) || Object.values(byField)[0];
  if (key !== undefined && errors[key] === undefined) errors[key] = error.message;
}

function computeParties(state: CalculatorState, rules: RuleSet, errors: FieldErrors): PartyResult[] {
  return rules.parties.map((party) => {
    const { text, scale } = state.parties[party.id] ?? { text: '', scale: 'points' };
    const key = fieldKey.party(party.id);
    const empty: PartyResult = { party, scale, value: null, points: null, rating: null };
    const n = readNumber(text, `${party.name}评估得分`, key, errors);
    if (n === null) return empty;
    if (n.percent && scale === 'points') {
      errors[key] = `${party.name}评估得分请直接填写分数，不要带 %；按${scaleName(party.scale)}填写请选“按${scaleName(party.scale)}”。`;
      return empty;
    }
    const points = partyPoints(rules, party.id, { value: n.value, scale });
    if (!points.ok) {
      errors[key] = points.error.message;
      return empty;
    }
    return { party, scale, value: n.value, points: points.value, rating: pointsToRating(rules, party.id, points.value) };
  });
}

function computeIndicators(state: CalculatorState, rules: RuleSet, errors: FieldErrors): IndicatorResult[] {
  return state.indicators.map((row, index) => {
    const name = indicatorName(row.name, index);
    const targetKey = fieldKey.indicator(index, 'target');
    const completedKey = fieldKey.indicator(index, 'completed');
    const target = readCount(row.target, `“${name}”的指标量`, targetKey, errors);
    const completed = readCount(row.completed, `“${name}”的完成量`, completedKey, errors);
    let completion: Completion | null = null;
    if (target !== null && completed !== null) {
      const r = completionRate(rules, completed, target, `“${name}”`);
      if (r.ok) completion = r.value;
      else attach(errors, r.error, { [`“${name}”`]: targetKey });
    }
    return { index, name, target, completed, completion };
  });
}

function computeStaffing(state: CalculatorState, rules: RuleSet, errors: FieldErrors): StaffingResult {
  const v = {} as Record<StaffingField, number | null>;
  for (const f of STAFFING_FIELDS) {
    v[f] = readCount(state.staffing[f], STAFFING_INFO[f].label, fieldKey.staffing(f), errors);
  }
  const key = fieldKey.staffing;
  const result: StaffingResult = { retention: null, attendanceAll: null, attendanceCertified: null, experiencedShare: null };

  if (v.stableStaff !== null && v.requiredPosts !== null) {
    const r = retentionRate(rules, v.stableStaff, v.requiredPosts);
    if (r.ok) result.retention = r.value;
    else attach(errors, r.error, { requiredPosts: key('requiredPosts'), stableStaff: key('stableStaff') });
  }
  if (v.expectedAll !== null && v.actualAll !== null) {
    const r = attendance(v.expectedAll, v.actualAll, 'all');
    if (r.ok) result.attendanceAll = r.value;
  }
  if (v.expectedCertified !== null && v.actualCertified !== null) {
    const r = attendance(v.expectedCertified, v.actualCertified, 'certified');
    if (r.ok) result.attendanceCertified = r.value;
  }
  if (v.experienced !== null && v.actualAll !== null) {
    const r = experiencedShare(v.experienced, v.actualAll);
    if (r.ok) result.experiencedShare = r.value;
    else attach(errors, r.error, { experienced: key('experienced'), all: key('actualAll') });
  }
  return result;
}

function collectWarnings(r: Omit<CalculatorResults, 'warnings'>): Warning[] {
  const out: Warning[] = [];
  const warn = (kind: Warning['kind'], text: string) => out.push({ kind, text });
  if (r.total && isLowestGrade(r.rules, r.total.position.grade)) {
    warn('grade', `总分 ${formatHundredths(r.total.total)} 分，等级为${r.total.position.grade}。`);
  }
  for (const ind of r.indicators) {
    if (ind.completion && !ind.completion.met) {
      warn('indicator', `指标“${ind.name}”完成率 ${formatPercent(ind.completion.rate)}，未达到协议指标量。`);
    }
  }
  const { retention, attendanceAll, attendanceCertified } = r.staffing;
  if (retention && retention.met === false) {
    warn('staffing', `稳岗率 ${formatPercent(retention.rate)}，${retentionVerdict(r.rules, retention)}。`);
  }
  if (attendanceAll && !attendanceAll.met) {
    warn('staffing', `社工实到岗比应到岗少 ${formatSigned(-attendanceAll.surplus).slice(1)} 人次。`);
  }
  if (attendanceCertified && !attendanceCertified.met) {
    warn('staffing', `持证社工实到岗比应到岗少 ${formatSigned(-attendanceCertified.surplus).slice(1)} 人次。`);
  }
  return out;
}

function computeTotal(rules: RuleSet, parties: PartyResult[]): TotalResult | null {
  const inputs: Record<PartyId, PartyScoreInput> = {};
  for (const p of parties) {
    if (p.value === null) return null;
    inputs[p.party.id] = { value: p.value, scale: p.scale };
  }
  const breakdown = totalScore(rules, inputs);
  if (!breakdown.ok) return null;
  const { total, parties: points } = breakdown.value;
  return { total, position: gradePosition(rules, total), margins: gradeDropMargins(rules, points) };
}

/** Everything the calculator shows for a state, under `rules` (the set the state names). */
export function computeResults(state: CalculatorState, rules: RuleSet): CalculatorResults {
  const errors: FieldErrors = {};
  const parties = computeParties(state, rules, errors);
  const indicators = computeIndicators(state, rules, errors);
  const rated = indicators.filter((i) => i.completion !== null);
  const base = {
    rules,
    parties,
    pending: parties.filter((p) => p.points === null).map((p) => p.party.name),
    total: computeTotal(rules, parties),
    indicators,
    indicatorCounts: { rated: rated.length, met: rated.filter((i) => i.completion?.met).length },
    staffing: computeStaffing(state, rules, errors),
    errors,
  };
  return { ...base, warnings: collectWarnings(base) };
}
