/** Island: the live results — total, grade, distance to the next grade, margins, requirements missed — and the print summary. */
import type { CalculatorResults } from '../../calculator/results.ts';
import { formatHundredths, formatPercent } from '../../scoring/core.ts';
import { gradePositionSentence, retentionVerdict } from '../../wording/phrases.ts';
import { PartyTable, useCalculator } from './shared-chunk.ts';
import { PrintSummary } from './PrintSummary.tsx';


function TotalLine({ results }: { results: CalculatorResults }) {
  const { total, pending } = results;
  if (!total) {
    return (
      <p class="calc-total">
        总分：填好{pending.join('、')}的得分后显示。
      </p>
    );
  }
  const { position } = total;
  return (
    <>
      <p class="calc-total">
        总分 <strong data-result="total">{formatHundredths(total.total)}</strong> 分，等级{' '}
        <strong data-result="grade">{position.grade}</strong>
      </p>
      <p data-result="next">{gradePositionSentence(position)}</p>
    </>
  );
}

function StatusExtras({ results }: { results: CalculatorResults }) {
  const errorCount = Object.keys(results.errors).length;
  const { rated, met } = results.indicatorCounts;
  const { retention } = results.staffing;
  return (
    <>
      {rated > 0 && (
        <p>
          指标：{rated} 项中达标 {met} 项。
        </p>
      )}
      {retention && (
        <p>
          稳岗率 {formatPercent(retention.rate)}，{retentionVerdict(results.rules, retention)}。
        </p>
      )}
      {errorCount > 0 && <p class="calc-error-count">有 {errorCount} 处填写有误，请按输入框下的提示修改。</p>}
    </>
  );
}

export default function ResultsPanel() {
  const { state, results } = useCalculator();
  return (
    <div class="calc-results">
      <div class="calc-summary" role="status" aria-live="polite" aria-atomic="true" id="calc-summary">
        <TotalLine results={results} />
        <StatusExtras results={results} />
      </div>
      <PartyTable results={results} id="calc-party-table" />
      <h3>需要关注</h3>
      {results.warnings.length > 0 ? (
        <ul class="calc-warnings">
          {results.warnings.map((w) => (
            <li key={w.text}>{w.text}</li>
          ))}
        </ul>
      ) : (
        <p class="calc-muted">已填写的数字中没有未达到要求的项目。</p>
      )}
      <PrintSummary state={state} results={results} />
    </div>
  );
}
