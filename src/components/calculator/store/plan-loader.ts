/**
 * The planning sections (最多可升, 进度, 稳岗计划), the report picker and their print lines are one chunk loaded
 * when the calculator is first used (a tap, a key, a focus: ./startup.ts), or a section's button is pressed, or
 * printing is asked for; not in the calculator's first load. Scrolling alone loads nothing.
 */
import { atom } from 'nanostores';
import { $notice } from './atoms.ts';

export type PlanModule = typeof import('../plan/PlanParts.tsx');

/** The loaded chunk, or null until it is. */
export const $plan = atom<PlanModule | null>(null);

let loading: Promise<PlanModule | null> | undefined;

/** Load the chunk once; null (with a notice) when it cannot be fetched, and the next call tries again. */
export function loadPlan(): Promise<PlanModule | null> {
  loading ??= import('../plan/PlanParts.tsx').then(
    (m) => {
      $plan.set(m);
      return m;
    },
    () => {
      loading = undefined;
      $notice.set({ text: '第四至六部分未能载入（网络中断），请稍后重试。', tone: 'warn' });
      return null;
    },
  );
  return loading;
}

/** Print with the planning lines in the summary: at once when the chunk is in, else once it is loaded and rendered. */
export function printWithPlan(): void {
  if ($plan.get()) window.print();
  else void loadPlan().then(() => requestAnimationFrame(() => window.print()));
}
