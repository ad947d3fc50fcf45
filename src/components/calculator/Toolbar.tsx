/** Island: the rule set (评估办法) chosen, where the figures came from, notices, and the share / print / clear actions. */
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { CalculatorState, DerivedFigure } from '../../calculator/state.ts';
import { urls } from '../../site/urls.ts';
import { ruleSetName } from '../../wording/phrases.ts';
import { $loading, $notice, RULE_SETS } from './store/atoms.ts';
import { clearAll, dismissNotice, setRuleSet, undoClear } from './store/actions.ts';
import { $plan, loadPlan, printWithPlan } from './store/plan-loader.ts';
import { useAtom, useCalculator } from './shared-chunk.ts';

const DERIVED_LABEL: Record<DerivedFigure, string> = {
  indicatorTargets: '指标量',
  requiredPosts: '应配备社工岗位数',
};

export default function Toolbar() {
  const { state } = useCalculator();
  const notice = useAtom($notice);
  const loading = useAtom($loading);
  // The report picker is in the planning chunk, loaded on first use (./store/plan-loader.ts).
  const plan = useAtom($plan);
  const [picking, setPicking] = useState(false);
  // The share panel and its encoder load on the first click (./SharePanel.tsx).
  const [Panel, setPanel] = useState<{ C: FunctionComponent<{ state: CalculatorState; request: number }> } | null>(null);
  const [request, setRequest] = useState(0);

  // A link made earlier no longer matches once anything changes.
  useEffect(() => setRequest(0), [state]);

  async function share() {
    if (!Panel) {
      const { SharePanel } = await import('./SharePanel.tsx');
      setPanel({ C: SharePanel });
    }
    setRequest((n) => n + 1);
  }

  return (
    <div class="calc-toolbar">
      <div class="calc-field calc-ruleset">
        <label for="calc-rules">评估办法</label>
        <select id="calc-rules" name="calc-rules" value={state.rules} onChange={(e) => setRuleSet(e.currentTarget.value)}>
          {RULE_SETS.map((r) => (
            <option key={r.id} value={r.id}>
              {ruleSetName(r)}
            </option>
          ))}
        </select>
        <p class="calc-hint">
          各方满分、等级和要求按所选办法计算（<a href={urls.methodology(state.rules)}>查看这套办法</a>）。
        </p>
      </div>
      {state.source && (
        <p class="calc-source" data-source>
          已载入：<a href={urls.report(state.source.reportId)}>{state.source.title}</a>
          的评估得分、指标和人员数据。可以修改任何一项，看结果如何变化。
          {state.source.derived.length > 0 &&
            `报告没有直接列出${state.source.derived.map((d) => DERIVED_LABEL[d]).join('和')}，这里填的是按报告所列比率反推的数。`}
        </p>
      )}
      <div role="status" class="calc-notice-region">
        {loading && <p class="calc-notice">正在载入报告数据……</p>}
        {notice && (
          <p class={`calc-notice calc-notice-${notice.tone}`}>
            {notice.text}{' '}
            {notice.undo && (
              <button type="button" class="calc-button calc-button-quiet" onClick={undoClear}>
                恢复
              </button>
            )}{' '}
            <button type="button" class="calc-button calc-button-quiet" onClick={dismissNotice}>
              知道了
            </button>
          </p>
        )}
      </div>
      <button
        type="button"
        class="calc-button calc-button-quiet"
        aria-expanded={picking}
        onClick={() => {
          setPicking(!picking);
          void loadPlan();
        }}
      >
        以某份报告为起点
      </button>
      {picking && plan && <plan.ReportPicker />}
      <div class="calc-actions">
        {/* Never disabled: a button that disables itself under the keyboard's focus drops the focus. */}
        <button type="button" class="calc-button" onClick={share}>
          生成分享链接
        </button>
        <button type="button" class="calc-button" onClick={printWithPlan}>
          打印自评结果
        </button>
        <button type="button" class="calc-button calc-button-quiet" onClick={clearAll}>
          清空全部
        </button>
      </div>
      {Panel && request > 0 && <Panel.C state={state} request={request} />}
    </div>
  );
}
