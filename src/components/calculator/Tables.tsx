/** The results as tables: shown on screen (the charts' text equivalents) and in the printed summary. */
import { fieldKey, INDICATOR_LABELS } from '../../calculator/fields.ts';
import type { CalculatorResults } from '../../calculator/results.ts';
import { formatHundredths, formatPercent, scaleName } from '../../scoring/core.ts';
import { metWord } from '../../wording/verdicts.ts';

/** “百分制” when every party rates on 100, else “各方分制”. */
function ratingHeading(results: CalculatorResults): string {
  const scales = new Set(results.parties.map((p) => p.party.scale));
  return scales.size === 1 ? scaleName([...scales][0]!) : '各方分制';
}

/** Each party's points, its 100-point score and how far it can fall before the grade drops; the total below. */
export function PartyTable({ results, id }: { results: CalculatorResults; id?: string }) {
  const { total } = results;
  const margins = total?.margins.parties ?? null;
  return (
    <div class="table-scroll">
      <table id={id} class="calc-party-table">
        <caption>
          各方得分
          {total && margins && `，以及每一方最多可降多少分而等级仍为“${total.position.grade}”`}
          {total && !margins && `（${total.position.grade}已是最低等级）`}
        </caption>
        <thead>
          <tr>
            <th scope="col">评估方（满分）</th>
            <th scope="col">得分</th>
            <th scope="col">{ratingHeading(results)}</th>
            <th scope="col">最多可降</th>
          </tr>
        </thead>
        <tbody>
          {results.parties.map((p) => {
            const m = margins?.[p.party.id];
            return (
              <tr key={p.party.id}>
                <th scope="row">
                  {p.party.name}（{p.party.maxPoints}）
                </th>
                <td>{p.points === null ? (results.errors[fieldKey.party(p.party.id)] ? '填写有误' : '未填写') : formatHundredths(p.points)}</td>
                <td>{p.rating === null ? '—' : formatHundredths(p.rating)}</td>
                <td data-margin={p.party.id}>
                  {m ? `${formatHundredths(m.margin)}${m.wholeScore ? '（降到 0 也不影响等级）' : ''}` : '—'}
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">总分（{results.rules.totalMax}）</th>
            <td>{total ? formatHundredths(total.total) : '待填写'}</td>
            <td colSpan={2}>{total ? `等级：${total.position.grade}` : '—'}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** The indicators, or the rows from `from` up to `to` (the printed summary splits a long list in two). */
export function IndicatorTable({ results, from, to }: { results: CalculatorResults; from?: number; to?: number }) {
  if (results.indicators.length === 0) return <p class="calc-muted">还没有填写指标。</p>;
  return (
    <div class="table-scroll">
      <table class="calc-indicator-table">
        <caption>指标完成情况</caption>
        <thead>
          <tr>
            <th scope="col">指标</th>
            <th scope="col">{INDICATOR_LABELS.target}</th>
            <th scope="col">{INDICATOR_LABELS.completed}</th>
            <th scope="col">完成率</th>
          </tr>
        </thead>
        <tbody>
          {results.indicators.slice(from, to).map((i) => (
            <tr key={i.index}>
              <th scope="row">{i.name}</th>
              <td>{i.target ?? '—'}</td>
              <td>{i.completed ?? '—'}</td>
              <td>{i.completion ? `${formatPercent(i.completion.rate)} ${metWord(i.completion.met)}` : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
