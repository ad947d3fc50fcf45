/**
 * The planning chunk, loaded when the calculator is first used (../store/plan-loader.ts): the bodies of the
 * sections 最多可升, 进度 and 稳岗计划, their lines in the printed summary, and the report picker
 * (以某份报告为起点). Every figure is src/calculator/plan.ts's, every sentence src/wording/plan.ts's.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { MONTHS_KEY, MONTHS_LABEL, YEAR_KEY, YEAR_LABEL } from '../../../calculator/pace.ts';
import { computePlan, type PlanResults } from '../../../calculator/plan.ts';
import type { CalculatorResults } from '../../../calculator/results.ts';
import { isValidReportId, LIMITS, type CalculatorState } from '../../../calculator/state.ts';
import { formatCount, formatHundredths, formatPercent } from '../../../scoring/core.ts';
import type { Boundary } from '../../../scoring/room.ts';
import { urls } from '../../../site/urls.ts';
import { gradePositionSentence } from '../../../wording/phrases.ts';
import {
  fallSentence,
  monthsPhrase,
  paceSummary,
  PROJECTION_HEADING,
  reachCell,
  riseSentence,
  ROOM_HEADING,
  staffingPlanSentences,
  willMissLine,
  willMissShort,
} from '../../../wording/plan.ts';
// Not through ../shared-chunk.ts or ../hooks.ts: those reach the start-up code, which loads this chunk.
import { Field } from '../Field.tsx';
import { offerRestore, update } from '../store/actions.ts';
import { $state } from '../store/atoms.ts';
import { applyReport } from '../store/report-load.ts';
import { resultsOf } from '../store/results.ts';
import { useAtom } from '../use-atom.ts';

let memo: { state: CalculatorState; plan: PlanResults } | null = null;

/** The plan of a state, once per state (states are replaced, never changed). */
function planOf(state: CalculatorState, results: CalculatorResults): PlanResults {
  if (memo?.state !== state) memo = { state, plan: computePlan(state, results) };
  return memo.plan;
}

/** The state, its results and its plan; the calculator has started (its islands have mounted) before this chunk loads. */
function usePlan() {
  const state = useAtom($state);
  const results = resultsOf(state);
  return { state, results, plan: planOf(state, results) };
}

interface PartProps {
  /** Take the focus when shown: the section's button that loaded it has gone. */
  focus: boolean;
}

function useFocus(focus: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, []);
  return ref;
}

/** A table that may be wider than a phone: it scrolls inside its own captioned, focusable region. */
function Scroll({ id, caption, children }: { id: string; caption: string; children: ComponentChildren }) {
  return (
    <section class="table-scroll" tabIndex={0} aria-labelledby={id}>
      <table class="calc-plan-table">
        <caption id={id}>{caption}</caption>
        {children}
      </table>
    </section>
  );
}

function RoomPart({ focus }: PartProps) {
  const { results, plan } = usePlan();
  const ref = useFocus(focus);
  const { room } = plan;
  const { total, rules } = results;
  let body;
  if (!room || !total) {
    body = <p class="calc-muted">填好{results.pending.join('、')}的得分后显示。</p>;
  } else {
    const next = room.up[0];
    const margins = total.margins.parties;
    body = (
      <>
        <Scroll id="calc-room-caption" caption={next ? `各方最多可升多少分，能否单靠这一方达到“${next.grade}”` : '各方最多可升多少分'}>
          <thead>
            <tr>
              <th scope="col">评估方（满分）</th>
              <th scope="col">得分</th>
              <th scope="col">{ROOM_HEADING}</th>
              <th scope="col">最多可降</th>
              {next && <th scope="col">单靠这一方达到“{next.grade}”</th>}
            </tr>
          </thead>
          <tbody>
            {rules.parties.map((party, i) => (
              <tr key={party.id}>
                <th scope="row">
                  {party.name}（{party.maxPoints}）
                </th>
                <td>{formatHundredths(results.parties[i]?.points ?? 0)}</td>
                <td data-room={party.id}>{formatHundredths(room.room[party.id] ?? 0)}</td>
                <td>{margins?.[party.id] ? formatHundredths(margins[party.id]!.margin) : '—'}</td>
                {next && <td data-reach={party.id}>{reachCell(next.parties[i]?.move ?? null)}</td>}
              </tr>
            ))}
          </tbody>
        </Scroll>
        <h3>要达到更高等级</h3>
        {room.up.length > 0 ? (
          <BoundaryList bounds={room.up} mark="data-rise" sentence={(b) => riseSentence(rules, b)} />
        ) : (
          <p>{gradePositionSentence(total.position)}</p>
        )}
        {room.down.length > 0 && (
          <>
            <h3>会降到哪一级</h3>
            <BoundaryList bounds={room.down} mark="data-fall" sentence={(b) => fallSentence(rules, b)} />
          </>
        )}
      </>
    );
  }
  return (
    <div class="calc-plan" ref={ref} tabIndex={-1} data-plan="room">
      {body}
    </div>
  );
}

/** The two month fields of the pace part: months passed (考核月份) and the service year's length. */
const MONTH_FIELDS = [
  { key: 'months', id: 'calc-pace-months', label: MONTHS_LABEL, error: MONTHS_KEY, hint: '即报告中的“考核月份”，可带小数，如 10.5。' },
  { key: 'yearMonths', id: 'calc-pace-year', label: YEAR_LABEL, error: YEAR_KEY, hint: undefined },
] as const;

function PacePart({ focus }: PartProps) {
  const { state, plan } = usePlan();
  const ref = useFocus(focus);
  const { pace } = plan;
  const months = (key: 'months' | 'yearMonths') => (text: string) => update((s) => ({ ...s, [key]: text.slice(0, LIMITS.text) }));
  const left = pace ? pace.months.year - pace.months.elapsed : 0;
  return (
    <div class="calc-plan" ref={ref} tabIndex={-1} data-plan="pace">
      <div class="calc-plan-months">
        {MONTH_FIELDS.map((f) => (
          <Field
            key={f.key}
            id={f.id}
            label={f.label}
            unit="个月"
            value={state[f.key]}
            onInput={months(f.key)}
            error={plan.errors[f.error]}
            hint={f.hint}
            maxLength={LIMITS.text}
          />
        ))}
      </div>
      {!pace ? (
        <p class="calc-muted">填好考核月份后，按目前的进度推算每项指标到服务年度结束时能否达标。</p>
      ) : (
        <>
          <p data-pace-summary>{paceSummary(pace.months.elapsed, pace.months.year, pace.rows.length, pace.willMiss.length)}</p>
          {pace.willMiss.length > 0 && (
            <ol class="calc-plan-list calc-will-miss">
              {pace.willMiss.map((p) => (
                <li key={p.index} data-will-miss={p.index}>
                  {willMissLine({ ...p, monthsLeft: left })}
                </li>
              ))}
            </ol>
          )}
          {pace.rows.length > 0 && (
            <Scroll id="calc-pace-caption" caption={`各项指标的进度（${monthsPhrase(pace.months.elapsed, pace.months.year)}；“年底预计”是按目前每月的平均进度推算的估计）`}>
              <thead>
                <tr>
                  <th scope="col">指标</th>
                  <th scope="col">指标量</th>
                  <th scope="col">完成量</th>
                  <th scope="col">还差</th>
                  <th scope="col">目前每月</th>
                  <th scope="col">今后每月需</th>
                  <th scope="col">{PROJECTION_HEADING}</th>
                  <th scope="col">预计完成率</th>
                </tr>
              </thead>
              <tbody>
                {pace.rows.map((p) => (
                  <tr key={p.index} data-pace-row={p.index}>
                    <th scope="row">{p.name}</th>
                    <td>{formatCount(p.target)}</td>
                    <td>{formatCount(p.completed)}</td>
                    <td>{formatCount(p.remaining)}</td>
                    <td>{formatCount(p.pacePerMonth)}</td>
                    <td>{p.neededPerMonth === null ? '—' : formatCount(p.neededPerMonth)}</td>
                    <td>{formatCount(p.projected)}</td>
                    <td class={p.willMeet ? 'calc-met' : 'calc-unmet'}>
                      {formatPercent(p.projectedRate)} {p.willMeet ? '预计达标' : '预计未达标'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </Scroll>
          )}
        </>
      )}
    </div>
  );
}

function StaffingPart({ focus }: PartProps) {
  const { results, plan } = usePlan();
  const ref = useFocus(focus);
  return (
    <div class="calc-plan" ref={ref} tabIndex={-1} data-plan="staffing">
      {plan.staffing ? (
        <ul class="calc-plan-list">
          {staffingPlanSentences(results.rules, plan.staffing).map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      ) : (
        <p class="calc-muted">在“三、人员配备”填好应配备社工岗位数和持续稳定在岗社工人数后显示。</p>
      )}
    </div>
  );
}

export const PARTS = { room: RoomPart, pace: PacePart, staffing: StaffingPart };

/** The planning lines of the printed summary: the next grade, the indicators' pace, the staffing plan. Short, to keep one page. */
export function PlanPrint({ state, results }: { state: CalculatorState; results: CalculatorResults }) {
  const { room, pace, staffing } = planOf(state, results);
  const next = room?.up[0];
  const miss = pace?.willMiss ?? [];
  if (!next && !pace && !staffing) return null;
  return (
    <div class="calc-print-plan">
      <h3>提高等级、指标进度与稳岗</h3>
      {next && <p>{riseSentence(results.rules, next)}</p>}
      {pace && (
        <p>
          {paceSummary(pace.months.elapsed, pace.months.year, pace.rows.length, miss.length)}
          {miss.length > 0 && `${miss.slice(0, 6).map(willMissShort).join('；')}${miss.length > 6 ? ` 等 ${miss.length} 项` : ''}。`}
        </p>
      )}
      {staffing && <p>{staffingPlanSentences(results.rules, staffing).join('')}</p>}
    </div>
  );
}

interface ReportChoice {
  id: string;
  title: string;
  year: string;
}

/** The published reports, from the site's own list; anything unexpected in it is left out. */
async function fetchReports(): Promise<ReportChoice[]> {
  const response = await fetch(urls.calculatorReports, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(String(response.status));
  const list: unknown = await response.json();
  if (!Array.isArray(list)) throw new Error('not a list');
  return list.filter((item): item is ReportChoice => {
    const r = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    return typeof r.id === 'string' && isValidReportId(r.id) && typeof r.title === 'string' && typeof r.year === 'string';
  });
}

/** 以某份报告为起点: choose a published report and load its figures (scores, indicators, staffing, months) over the state. */
export function ReportPicker() {
  const [reports, setReports] = useState<ReportChoice[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [filter, setFilter] = useState('');
  const [chosen, setChosen] = useState('');
  const select = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    fetchReports().then(
      (list) => {
        setReports(list);
        setChosen(list[0]?.id ?? '');
        requestAnimationFrame(() => select.current?.focus());
      },
      () => setFailed(true),
    );
  }, []);
  if (failed) return <p class="calc-notice calc-notice-warn">未能取得报告列表（网络中断），请稍后再试。</p>;
  if (!reports) return <p class="calc-notice">正在取得报告列表……</p>;
  const words = filter.trim();
  const shown = words ? reports.filter((r) => r.title.includes(words) || r.year.includes(words)) : reports;
  const years = [...new Set(shown.map((r) => r.year))];
  const value = shown.some((r) => r.id === chosen) ? chosen : (shown[0]?.id ?? '');
  async function load() {
    const previous = $state.get();
    if (value && (await applyReport(value))) offerRestore(previous, '');
  }
  return (
    <div class="calc-picker">
      {reports.length > 12 && (
        <Field id="calc-start-filter" label="按站名或服务年度筛选" mode="text" value={filter} onInput={setFilter} maxLength={LIMITS.text} />
      )}
      <div class="calc-field">
        <label for="calc-start-report">选择一份已发布的评估报告</label>
        <select id="calc-start-report" ref={select} value={value} onChange={(e) => setChosen(e.currentTarget.value)}>
          {years.map((year) => (
            <optgroup key={year} label={`${year} 服务年度`}>
              {shown
                .filter((r) => r.year === year)
                .map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.title}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
        {shown.length === 0 && <p class="calc-hint">没有名称含“{words}”的报告。</p>}
      </div>
      <button type="button" class="calc-button" disabled={!value} onClick={load}>
        载入这份报告
      </button>
      <p class="calc-hint">载入这份报告的各方得分、指标、人员和考核月份，替换现在的输入（可以恢复）；之后可以按预计修改任何一项。</p>
    </div>
  );
}

/** One sentence per grade boundary, each item marked with its grade (data-rise / data-fall) for print and the tests. */
function BoundaryList(props: { bounds: readonly Boundary[]; mark: 'data-rise' | 'data-fall'; sentence: (b: Boundary) => string }) {
  return (
    <ul class="calc-plan-list">
      {props.bounds.map((b) => (
        <li key={b.grade} {...{ [props.mark]: b.grade }}>
          {props.sentence(b)}
        </li>
      ))}
    </ul>
  );
}
