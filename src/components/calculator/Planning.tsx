/**
 * Island: one planning section's body (最多可升, 进度 or 稳岗计划). Until the planning chunk is loaded
 * (./store/plan-loader.ts) it shows what the section will tell and a button that loads it; then the part.
 */
import { useState } from 'preact/hooks';
import { $plan, loadPlan } from './store/plan-loader.ts';
import { useAtom } from './shared-chunk.ts';

export type PlanPart = 'room' | 'pace' | 'staffing';

export default function Planning({ part, action }: { part: PlanPart; action: string }) {
  const plan = useAtom($plan);
  // Pressed here: the part takes the focus the button leaves.
  const [asked, setAsked] = useState(false);
  if (plan) {
    const Part = plan.PARTS[part];
    return <Part focus={asked} />;
  }
  return (
    <button
      type="button"
      class="calc-button calc-button-quiet"
      onClick={() => {
        setAsked(true);
        void loadPlan();
      }}
    >
      {action}
    </button>
  );
}
