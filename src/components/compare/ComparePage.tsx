/**
 * The compare page's island: reads the reports the address names (?r=a,b) or, without one, the reader's saved
 * list; fetches each report's open-data JSON; shows them side by side (src/across/compare.ts), every later
 * report's figure told against the first one's in words; and lets the reader add reports (found by station
 * name in the published report list) and remove them, keeping the address shareable. A bad or hostile address
 * gets a Chinese sentence, never a page error. Without JavaScript the page's <noscript> says what to read instead.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { addToList, compareReports, MAX_COMPARED, parseCompareIds, type CompareSource, type Comparison } from '../../across/compare.ts';
import type { RuleSet } from '../../scoring/core.ts';
import { urls } from '../../site/urls.ts';
import { $compareList, $compareListNotice, loadCompareList } from './compare-list.ts';

/** The id of the page's JSON copy of the rule sets (src/pages/compare/index.astro writes it). */
export const COMPARE_RULE_SETS_ID = 'compare-rule-sets';

interface Listed {
  id: string;
  title: string;
  year: string;
}

type Loaded = { kind: 'record'; record: CompareSource } | { kind: 'missing' } | { kind: 'failed' };

function pageRuleSets(): RuleSet[] {
  try {
    return JSON.parse(document.getElementById(COMPARE_RULE_SETS_ID)?.textContent ?? '[]') as RuleSet[];
  } catch {
    return [];
  }
}

async function fetchRecord(id: string): Promise<Loaded> {
  try {
    const res = await fetch(urls.reportData(id).json);
    if (res.status === 404) return { kind: 'missing' };
    if (!res.ok) return { kind: 'failed' };
    const record = (await res.json()) as CompareSource;
    return record && record.id === id ? { kind: 'record', record } : { kind: 'missing' };
  } catch {
    return { kind: 'failed' };
  }
}

/** Keep the address the reports on screen, so it can be copied and shared. */
function showInAddress(ids: readonly string[]): void {
  history.replaceState(history.state, '', urls.compare(ids));
}

export default function ComparePage() {
  const [live, setLive] = useState(false);
  const [ids, setIds] = useState<string[]>([]);
  const [notices, setNotices] = useState<string[]>([]);
  const [loaded, setLoaded] = useState<Record<string, Loaded>>({});
  const [rules, setRules] = useState<RuleSet[]>([]);

  useEffect(() => {
    loadCompareList();
    setRules(pageRuleSets());
    const fromAddress = new URLSearchParams(location.search.slice(0, 4000)).has('r');
    const parsed = parseCompareIds(location.search);
    const start = fromAddress ? parsed.ids : $compareList.get();
    const saved = $compareListNotice.get();
    setNotices([...(saved ? [saved] : []), ...parsed.notices]);
    setIds(start);
    $compareList.set(start);
    showInAddress(start);
    setLive(true);
  }, []);

  // Fetch what is not fetched yet; a report the site does not have is dropped, with a sentence.
  useEffect(() => {
    if (!live) return;
    let cancelled = false;
    const wanted = ids.filter((id) => !(id in loaded));
    if (wanted.length === 0) return;
    void Promise.all(wanted.map(async (id) => [id, await fetchRecord(id)] as const)).then((results) => {
      if (cancelled) return;
      setLoaded((prev) => ({ ...prev, ...Object.fromEntries(results) }));
      const missing = results.filter(([, r]) => r.kind === 'missing').map(([id]) => id);
      const failed = results.filter(([, r]) => r.kind === 'failed').map(([id]) => id);
      const said = [
        ...missing.map((id) => `找不到编号为“${id}”的报告：链接可能有误，或报告已不再公开。已从对比中移出。`),
        ...failed.map((id) => `报告“${id}”的数据没有读取成功，请检查网络后刷新页面。`),
      ];
      if (said.length) setNotices((prev) => [...prev, ...said]);
      if (missing.length) update(ids.filter((id) => !missing.includes(id)));
    });
    return () => {
      cancelled = true;
    };
  }, [live, ids]);

  const update = (next: string[]) => {
    setIds(next);
    $compareList.set(next);
    showInAddress(next);
  };

  const sources = ids.flatMap((id) => {
    const l = loaded[id];
    return l?.kind === 'record' ? [l.record] : [];
  });
  const comparison = useMemo(() => compareReports(sources, (id) => rules.find((r) => r.id === id)), [sources.map((s) => s.id).join(','), rules]);
  const unknownRules = sources.filter((s) => !rules.some((r) => r.id === s.rules));
  const waiting = ids.some((id) => !(id in loaded));

  // The server render: nothing to show yet (the page's <noscript> speaks when there is no JavaScript).
  if (!live) return <div class="compare" />;
  return (
    <div class="compare">
      {notices.length > 0 && (
        <div class="compare-notices" role="alert">
          {notices.map((n) => (
            <p>{n}</p>
          ))}
        </div>
      )}
      {unknownRules.map((s) => (
        <p class="compare-notices">报告“{s.title}”使用的评估办法“{s.rules}”本站没有，无法对比。</p>
      ))}
      <section aria-labelledby="compare-h-table">
        <h2 id="compare-h-table">并排对比</h2>
        {ids.length === 0 && <p>还没有选择报告。请在下面按社工站名称查找并加入，或在报告页点“加入对比”。</p>}
        {waiting && <p role="status">正在读取报告数据……</p>}
        {!waiting && comparison.reports.length === 1 && <p>已选 1 份报告：{comparison.reports[0]!.title}。再加入一份即可并排对比。</p>}
        {comparison.reports.length >= 2 && <ComparisonTable comparison={comparison} onRemove={(id) => update(ids.filter((x) => x !== id))} />}
        {comparison.reports.length === 1 && <RemoveList comparison={comparison} onRemove={(id) => update(ids.filter((x) => x !== id))} />}
      </section>
      {/* After the reports have loaded: shown before, it would be pushed down by the table (a layout shift). */}
      {!waiting && <Picker ids={ids} onAdd={(id) => update(addToList(ids, id).list)} />}
    </div>
  );
}

function RemoveList({ comparison, onRemove }: { comparison: Comparison; onRemove: (id: string) => void }) {
  return (
    <ul class="compare-chosen">
      {comparison.reports.map((r) => (
        <li>
          <a href={urls.report(r.id)}>{r.title}</a>{' '}
          <button type="button" onClick={() => onRemove(r.id)} aria-label={`移出 ${r.title}`}>
            移出
          </button>
        </li>
      ))}
    </ul>
  );
}

function ComparisonTable({ comparison, onRemove }: { comparison: Comparison; onRemove: (id: string) => void }) {
  const { reports } = comparison;
  const sets = [...new Map(reports.map((r) => [r.rules.id, r.rules])).values()];
  return (
    <>
      {comparison.mixedRules && (
        <p class="compare-rules" data-figure="mixed-rules">
          这几份报告按不同的评估办法评分（{sets.map((r) => `${r.title}，满分 ${r.totalMax} 分`).join('；')}）。
          {comparison.mixedMaxima ? '满分不同，总分和各方得分按占各自满分的百分比比较；' : ''}
          等级按各自的办法评定，不直接比较。
        </p>
      )}
      <p>以第一列（基准）为准，其余各列在数字后注明比它高或低多少。</p>
      <div class="table-scroll" role="region" tabIndex={0} aria-labelledby="compare-caption">
        <table data-table="compare">
          <caption id="compare-caption">{reports.length} 份报告并排对比</caption>
          <thead>
            <tr>
              <th scope="col">项目</th>
              {reports.map((r, i) => (
                <th scope="col" data-report={r.id}>
                  <a href={urls.report(r.id)}>
                    {r.station.name} {r.serviceYear} {r.stage}
                  </a>
                  {i === 0 && <span class="base">（基准）</span>}{' '}
                  <button type="button" onClick={() => onRemove(r.id)} aria-label={`移出 ${r.station.name} ${r.serviceYear} ${r.stage}`}>
                    移出
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          {comparison.groups.map((g) => (
            <tbody>
              <tr>
                <th scope="colgroup" colSpan={reports.length + 1} class="group">
                  {g.title}
                </th>
              </tr>
              {g.rows.map((row) => (
                <tr>
                  <th scope="row">{row.label}</th>
                  {row.cells.map((c) => (
                    <td class={c.missing ? 'missing' : undefined}>
                      {c.text}
                      {c.difference && (
                        <span class={`diff ${c.difference.direction}`} data-difference={c.difference.direction}>
                          {c.difference.direction === 'same' ? '与基准相同' : `比基准${c.difference.text}`}
                        </span>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </>
  );
}

function Picker({ ids, onAdd }: { ids: string[]; onAdd: (id: string) => void }) {
  const [list, setList] = useState<Listed[] | 'loading' | 'failed' | null>(null);
  const [query, setQuery] = useState('');
  const load = () => {
    if (list !== null && list !== 'failed') return;
    setList('loading');
    fetch(urls.calculatorReports)
      .then((r) => (r.ok ? (r.json() as Promise<Listed[]>) : Promise.reject(new Error(String(r.status)))))
      .then(setList, () => setList('failed'));
  };
  const q = query.trim();
  const found = Array.isArray(list) && q !== '' ? list.filter((r) => r.title.includes(q) || r.id.includes(q.toLowerCase())).slice(0, 8) : [];
  const full = ids.length >= MAX_COMPARED;
  return (
    <section aria-labelledby="compare-h-pick" class="compare-pick">
      <h2 id="compare-h-pick">加入报告</h2>
      <label for="compare-search">按社工站名称查找报告</label>
      <input
        id="compare-search"
        type="search"
        value={query}
        maxLength={40}
        autoComplete="off"
        onFocus={load}
        onInput={(e) => {
          load();
          setQuery((e.target as HTMLInputElement).value);
        }}
      />
      {full && <p>已选 {MAX_COMPARED} 份，最多对比 {MAX_COMPARED} 份；要换一份，请先在上面移出一份。</p>}
      {list === 'loading' && <p role="status">正在读取报告列表……</p>}
      {list === 'failed' && <p role="alert">报告列表没有读取成功，请检查网络后再试。</p>}
      {Array.isArray(list) && q !== '' && (
        <p role="status">{found.length === 0 ? `没有找到名称含“${q}”的报告。` : `找到 ${found.length} 份${found.length === 8 ? '（只列前 8 份，可输入更多字缩小范围）' : ''}。`}</p>
      )}
      {found.length > 0 && (
        <ul class="compare-found">
          {found.map((r) => (
            <li>
              <span>{r.title}</span>{' '}
              <button type="button" disabled={full || ids.includes(r.id)} onClick={() => onAdd(r.id)} aria-label={`加入对比：${r.title}`}>
                {ids.includes(r.id) ? '已加入' : '加入对比'}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
