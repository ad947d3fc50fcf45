/**
 * Names of the calculator's fields: the labels users read and the keys that
 * tie an error message to its input (id, aria-describedby).
 */
import type { PartyId } from '../scoring/core.ts';
import type { StaffingField } from './state.ts';

export interface StaffingFieldInfo {
  label: string;
  /** Unit shown after the input. */
  unit: string;
}

export const STAFFING_INFO: Record<StaffingField, StaffingFieldInfo> = {
  requiredPosts: { label: '应配备社工岗位数', unit: '个' },
  stableStaff: { label: '持续稳定在岗社工人数', unit: '人' },
  expectedAll: { label: '社工应到岗人次', unit: '人次' },
  actualAll: { label: '社工实到岗人次', unit: '人次' },
  expectedCertified: { label: '持证社工应到岗人次', unit: '人次' },
  actualCertified: { label: '持证社工实到岗人次', unit: '人次' },
  experienced: { label: '从业 2 年以上社工到岗人次', unit: '人次' },
};

export type IndicatorPart = 'name' | 'target' | 'completed';

/** The labels of an indicator row's inputs; the calculator page's completion-rate formula names the counts by them. */
export const INDICATOR_LABELS: Record<IndicatorPart, string> = { name: '指标名称', target: '指标量', completed: '完成量' };

export const fieldKey = {
  party: (id: PartyId) => `party-${id}`,
  indicator: (index: number, part: IndicatorPart) => `ind-${index}-${part}`,
  staffing: (f: StaffingField) => `staff-${f}`,
};

/** An indicator row's name, or "第 3 项指标" while it has none. */
export function indicatorName(name: string, index: number): string {
  const trimmed = name.trim();
  return trimmed === '' ? `第 ${index + 1} 项指标` : trimmed;
}
