/**
 * 加入对比 on a report page: adds the report to the reader's compare list (./compare-list.ts) and links to the
 * compare page, which shows the saved list. Before it hydrates (or without JavaScript) it is a link to the compare
 * page with this report, which says what it needs. Both links come from the page (src/site/urls.ts): this island
 * imports neither the paths nor the scoring code, so it shares no chunk with the calculator's islands.
 */
import { useEffect, useState } from 'preact/hooks';
import { addToList, MAX_COMPARED, type AddResult } from '../../across/compare-ids.ts';
import { $compareList, $compareListNotice, loadCompareList } from './compare-list.ts';

interface Props {
  reportId: string;
  /** The compare page with this report (urls.compare([reportId])). */
  withThis: string;
  /** The compare page, which shows the saved list (urls.compare()). */
  comparePage: string;
}

const SAID: Record<AddResult, (n: number) => string> = {
  added: (n) => `已加入对比列表（共 ${n} 份）。`,
  already: (n) => `这份报告已在对比列表中（共 ${n} 份）。`,
  full: () => `对比列表已有 ${MAX_COMPARED} 份报告，请先在对比页移出一份。`,
};

export default function AddToCompare({ reportId, withThis, comparePage }: Props) {
  const [live, setLive] = useState(false);
  const [list, setList] = useState<string[]>([]);
  const [said, setSaid] = useState<string | null>(null);
  useEffect(() => {
    loadCompareList();
    setList($compareList.get());
    setSaid($compareListNotice.get());
    setLive(true);
    return $compareList.listen((ids) => setList([...ids]));
  }, []);
  if (!live) {
    return (
      <p class="compare-add">
        <a href={withThis}>与其他报告并排对比</a>
      </p>
    );
  }
  const inList = list.includes(reportId);
  const add = () => {
    const { list: next, result } = addToList($compareList.get(), reportId);
    $compareList.set(next);
    setSaid(SAID[result](next.length));
  };
  return (
    <div class="compare-add">
      <button type="button" onClick={add} aria-describedby="compare-add-status" data-compare-add={reportId}>
        {inList ? '已在对比列表中' : '加入对比'}
      </button>
      <p id="compare-add-status" role="status">
        {said ?? (list.length > 0 ? `对比列表中有 ${list.length} 份报告。` : '')}
      </p>
      {list.length > 0 && (
        <p>
          <a href={comparePage} data-compare-link>
            查看对比（{list.length} 份）
          </a>
          {list.length < 2 && '：再加入一份即可并排对比。'}
        </p>
      )}
    </div>
  );
}
