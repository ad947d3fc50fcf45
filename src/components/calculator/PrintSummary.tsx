/** The one-page A4 summary that replaces the page when printing (hidden on screen); part of the results island. */
import { useEffect, useState } from 'preact/hooks';
import { STAFFING_INFO } from '../../calculator/fields.ts';
import { STAFFING_FIELDS } from '../../calculator/state.ts';
import { formatHundredths, formatPercent, formatSigned } from '../../scoring/core.ts';
import { formatLocalDate } from '../../format/date.ts';
import { gradePositionSentence } from '../../wording/phrases.ts';
import { metWord } from '../../wording/verdicts.ts';
import type { CalculatorResults } from '../../calculator/results.ts';
import type { CalculatorState } from '../../calculator/state.ts';
import { $plan } from './store/plan-loader.ts';
import { IndicatorTable, PartyTable, useAtom } from './shared-chunk.ts';


export function PrintSummary({ state, results }: { state: CalculatorState; results: CalculatorResults }) {
  // The date is the reader's own, set in the browser (never the build date) and refreshed on print.
  const [date, setDate] = useState<string | null>(null);
  useEffect(() => {
    const stamp = () => setDate(formatLocalDate(new Date()));
    stamp();
    window.addEventListener('beforeprint', stamp);
    return () => window.removeEventListener('beforeprint', stamp);
  }, []);

  // The planning lines, once the planning chunk is in (printing loads it first: ./store/plan-loader.ts).
  const plan = useAtom($plan);
  const { total, staffing } = results;
  const errorCount = Object.keys(results.errors).length;
  const unmet = results.indicatorCounts.rated - results.indicatorCounts.met;
  const half = results.indicators.length > 16 ? Math.ceil(results.indicators.length / 2) : null;
  const staffingEntered = STAFFING_FIELDS.filter((f) => state.staffing[f].trim() !== '');
  return (
    <section class="calc-print" aria-label="打印用自评小结">
      <h2>社工站评估自评结果（预估）</h2>
      <p>
        打印日期：{date ?? '—'}
        　评估办法：{results.rules.title}
        {state.source && <>　数据来源：{state.source.title}</>}
      </p>
      <PartyTable results={results} />
      <p class="calc-print-result">
        {total
          ? `总分 ${formatHundredths(total.total)} 分，等级：${total.position.grade}。${gradePositionSentence(total.position)}`
          : `总分：尚缺${results.pending.join('、')}的得分。`}
      </p>
      {half === null ? (
        results.indicators.length > 0 && <IndicatorTable results={results} />
      ) : (
        // A long list side by side in two tables, so the summary stays on one page.
        <div class="calc-print-split">
          <IndicatorTable results={results} to={half} />
          <IndicatorTable results={results} from={half} />
        </div>
      )}
      {staffingEntered.length > 0 && (
        <p>
          {staffingEntered.map((f) => `${STAFFING_INFO[f].label} ${state.staffing[f]}`).join('；')}。
          {staffing.retention && ` 稳岗率 ${formatPercent(staffing.retention.rate)}。`}
          {staffing.attendanceAll && ` 社工到岗差额 ${formatSigned(staffing.attendanceAll.surplus)}。`}
          {staffing.attendanceCertified && ` 持证社工到岗差额 ${formatSigned(staffing.attendanceCertified.surplus)}。`}
          {staffing.experiencedShare !== null && ` 从业 2 年以上占 ${formatPercent(staffing.experiencedShare)}。`}
        </p>
      )}
      {plan && <plan.PlanPrint state={state} results={results} />}
      <h3>需要关注</h3>
      {results.warnings.length > 0 || errorCount > 0 ? (
        <ul>
          {unmet > 0 && <li>{unmet} 项指标未达到协议指标量（见上表“{metWord(false)}”）。</li>}
          {results.warnings
            .filter((w) => w.kind !== 'indicator')
            .map((w) => (
              <li key={w.text}>{w.text}</li>
            ))}
          {errorCount > 0 && <li>有 {errorCount} 处填写有误，未计入结果。</li>}
        </ul>
      ) : (
        <p>已填写的数字中没有未达到要求的项目。</p>
      )}
      <p class="calc-print-note">
        本页是社工站工作人员按评估办法自行测算的预估结果，不是正式评估结论；正式得分以评估报告为准。
      </p>
    </section>
  );
}
