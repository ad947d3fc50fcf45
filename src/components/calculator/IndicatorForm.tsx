/** Island: the service indicators, one row each (name, target, completed), with the live completion rate. */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { fieldKey, INDICATOR_LABELS, type IndicatorPart } from '../../calculator/fields.ts';
import { LIMITS } from '../../calculator/state.ts';
import { formatPercent } from '../../scoring/core.ts';
import { metWord } from '../../wording/verdicts.ts';
import { addIndicator, removeIndicator, setIndicator } from './store/actions.ts';
import { Field, useCalculator } from './shared-chunk.ts';

const inputId = (index: number, part: IndicatorPart) => `calc-${fieldKey.indicator(index, part)}`;
/** The two counts of a row, entered alike. */
const COUNTS = ['target', 'completed'] as const;

export default function IndicatorForm() {
  const { state, results } = useCalculator();
  const addButton = useRef<HTMLButtonElement>(null);
  // Where focus goes after the list changes: the new row, or the row that took a removed one's place.
  const focusNext = useRef<string | null>(null);
  // Layout effect: move focus as soon as the row is in the DOM, before the next keystroke can go astray.
  useLayoutEffect(() => {
    if (focusNext.current === null) return;
    const target = document.getElementById(focusNext.current) ?? addButton.current;
    focusNext.current = null;
    target?.focus();
  });

  const rows = state.indicators;
  const full = rows.length >= LIMITS.indicators;
  return (
    <div class="calc-indicators">
      {rows.length === 0 && <p class="calc-muted">还没有指标。按“添加一项指标”逐项填写服务协议中的指标量和完成量。</p>}
      <ol class="calc-indicator-list">
        {rows.map((row, index) => {
          const r = results.indicators[index];
          const legend = r?.name ?? `第 ${index + 1} 项指标`;
          return (
            <li key={index}>
              <fieldset class="calc-indicator">
                <legend>
                  第 {index + 1} 项：{legend}
                </legend>
                <Field
                  id={inputId(index, 'name')}
                  label={INDICATOR_LABELS.name}
                  mode="text"
                  value={row.name}
                  onInput={(t) => setIndicator(index, 'name', t)}
                  maxLength={LIMITS.name}
                />
                {COUNTS.map((part) => (
                  <Field
                    key={part}
                    id={inputId(index, part)}
                    label={INDICATOR_LABELS[part]}
                    value={row[part]}
                    onInput={(t) => setIndicator(index, part, t)}
                    error={results.errors[fieldKey.indicator(index, part)]}
                    maxLength={LIMITS.text}
                  />
                ))}
                <p class="calc-out" data-indicator-rate={index}>
                  {r?.completion ? (
                    <>
                      完成率 <strong>{formatPercent(r.completion.rate)}</strong>，
                      <span class={r.completion.met ? 'calc-met' : 'calc-unmet'}>
                        {r.completion.met ? metWord(true) : `${metWord(false)}（不到 ${results.rules.indicatorMetPercent}%）`}
                      </span>
                    </>
                  ) : (
                    '填好指标量和完成量后显示完成率。'
                  )}
                </p>
                <button
                  type="button"
                  class="calc-button calc-button-quiet"
                  onClick={() => {
                    removeIndicator(index);
                    focusNext.current = inputId(index < rows.length - 1 ? index : index - 1, 'name');
                  }}
                >
                  删除第 {index + 1} 项指标
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        class="calc-button"
        ref={addButton}
        disabled={full}
        onClick={() => {
          if (addIndicator()) focusNext.current = inputId(rows.length, 'name');
        }}
      >
        添加一项指标
      </button>
      {full && <p class="calc-muted">最多 {LIMITS.indicators} 项指标。</p>}
    </div>
  );
}
