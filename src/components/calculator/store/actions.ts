/** What the islands do to the shared state: typing, switching scale or rule set, adding rows, clearing. */
import {
  emptyIndicator,
  emptyState,
  isEmptyState,
  LIMITS,
  withRuleSet,
  type CalculatorState,
  type IndicatorEntry,
  type StaffingField,
} from '../../../calculator/state.ts';
import { formatHundredths, pointsToRating, type PartyId, type ScoreScale } from '../../../scoring/core.ts';
import { $notice, $state, ruleSetFor } from './atoms.ts';
import { resultsOf } from './results.ts';

let cleared: CalculatorState | null = null;

export function update(change: (s: CalculatorState) => CalculatorState): void {
  $state.set(change($state.get()));
}

export function setPartyText(id: PartyId, text: string): void {
  update((s) => {
    const entry = s.parties[id];
    return entry ? { ...s, parties: { ...s.parties, [id]: { ...entry, text: text.slice(0, LIMITS.text) } } } : s;
  });
}

/** Switch a party between points and a rating on its own scale, converting a valid entry so its meaning stays. */
export function setPartyScale(id: PartyId, scale: ScoreScale): void {
  const s = $state.get();
  const entry = s.parties[id];
  if (!entry || entry.scale === scale) return;
  const results = resultsOf(s);
  const current = results.parties.find((p) => p.party.id === id);
  let text = entry.text;
  if (current && current.points !== null) {
    text = formatHundredths(scale === 'rating' ? pointsToRating(results.rules, id, current.points) : current.points);
  }
  $state.set({ ...s, parties: { ...s.parties, [id]: { text, scale } } });
}

/**
 * Score the entries under another rule set: parties both sets share keep their entries, the rest start
 * empty; indicators and staffing stay. Figures loaded from a report belong to its set, so switching
 * away from it drops the “已载入” line.
 */
export function setRuleSet(id: string): void {
  const rules = ruleSetFor(id);
  const s = $state.get();
  if (!rules || rules.id === s.rules) return;
  $state.set({ ...withRuleSet(s, rules), source: null });
  $notice.set({ text: `已改用“${rules.title}”计算。`, tone: 'info' });
}

export function setIndicator(index: number, part: keyof IndicatorEntry, text: string): void {
  const max = part === 'name' ? LIMITS.name : LIMITS.text;
  update((s) => ({
    ...s,
    indicators: s.indicators.map((row, i) => (i === index ? { ...row, [part]: text.slice(0, max) } : row)),
  }));
}

/** Add an empty indicator row; false when the list is full. */
export function addIndicator(): boolean {
  const s = $state.get();
  if (s.indicators.length >= LIMITS.indicators) return false;
  $state.set({ ...s, indicators: [...s.indicators, emptyIndicator()] });
  return true;
}

export function removeIndicator(index: number): void {
  update((s) => ({ ...s, indicators: s.indicators.filter((_, i) => i !== index) }));
}

export function setStaffing(field: StaffingField, text: string): void {
  update((s) => ({ ...s, staffing: { ...s.staffing, [field]: text.slice(0, LIMITS.text) } }));
}

/** Clear every entry (the rule set chosen stays); undoable. */
export function clearAll(): void {
  const s = $state.get();
  if (isEmptyState(s)) {
    $notice.set({ text: '没有需要清空的输入。', tone: 'info' });
    return;
  }
  cleared = s;
  $state.set(emptyState(ruleSetFor(s.rules) ?? resultsOf(s).rules));
  $notice.set({ text: '已清空全部输入。', tone: 'info', undo: true });
}

export function undoClear(): void {
  if (!cleared) return;
  $state.set(cleared);
  cleared = null;
  $notice.set({ text: '已恢复清空前的输入。', tone: 'info' });
}

/** Keep what this browser had so loading a link or report over it can be undone. */
export function offerRestore(previous: CalculatorState | null, text: string): void {
  if (previous && !isEmptyState(previous)) {
    cleared = previous;
    $notice.set({ text: `${text}本机原来的输入已被替换，可以恢复。`, tone: 'info', undo: true });
  } else {
    $notice.set(text ? { text, tone: 'info' } : null);
  }
}

export function dismissNotice(): void {
  $notice.set(null);
}
