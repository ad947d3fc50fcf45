/**
 * The directory's search box (an island). The page itself carries no station cards, only the links of the
 * tap-through path; on the resident's first input (or a shared ?q= link) this fetches the small prebuilt
 * search index (src/pages/stations/search-index.json.ts), matches as they type, and shows each matching
 * station's contact card right there: addresses, hotline and hours without another tap. A live region says
 * how many match; a reset clears the search. Without JavaScript the same form sends ?q= to /stations/,
 * whose district links then lead to the station in two taps. The query lives in nanostores and in the
 * address bar (?q=), so a search can be shared as a link.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { contactView } from '../../stations/contact.ts';
import { MAX_SHOWN, type IndexedStation } from '../../stations/directory.ts';
import { matchHint, queryTokens, resultMessage, searchEntry, searchStations } from '../../stations/search.ts';
import { $stationQuery } from '../../stations/store.ts';
import ContactCardView from './ContactCardView.tsx';
import { canCopy, enableCopy } from './copy-address.ts';

interface Props {
  /** How many stations the index holds (said before it is fetched). */
  total: number;
  /** The search index's URL. */
  indexUrl: string;
  /** The directory page, where the form sends ?q= without JavaScript. */
  directoryUrl: string;
}

type IndexState = { kind: 'idle' } | { kind: 'loading' } | { kind: 'error' } | { kind: 'ready'; stations: IndexedStation[] };

/** Keep ?q= in step with the box (replaceState: typing must not fill the back button's history). */
function setQuery(q: string) {
  $stationQuery.set(q);
  const url = new URL(location.href);
  if (queryTokens(q).length > 0) url.searchParams.set('q', q.trim());
  else url.searchParams.delete('q');
  history.replaceState(history.state, '', url);
}

export default function StationSearch({ total, indexUrl, directoryUrl }: Props) {
  const query = useStore($stationQuery);
  const input = useRef<HTMLInputElement>(null);
  const [index, setIndex] = useState<IndexState>({ kind: 'idle' });
  const [copyable, setCopyable] = useState(false);
  const active = queryTokens(query).length > 0;

  const load = () => {
    setIndex({ kind: 'loading' });
    fetch(indexUrl)
      .then((res) => (res.ok ? (res.json() as Promise<{ stations: IndexedStation[] }>) : Promise.reject(new Error(String(res.status)))))
      .then((data) => setIndex({ kind: 'ready', stations: data.stations }))
      .catch(() => setIndex({ kind: 'error' }));
  };
  // The index is fetched once, when there is first something to look for.
  useEffect(() => {
    if (active && index.kind === 'idle') load();
  }, [active, index.kind]);

  // A ?q= in the address (a shared link, or the form sent before the island woke) fills the box.
  // Pinyin input: the box is read when the characters are chosen (compositionend, which Preact
  // cannot bind by prop because Chromium has no oncompositionend property), not letter by letter.
  useEffect(() => {
    enableCopy();
    setCopyable(canCopy());
    const q = new URLSearchParams(location.search).get('q');
    if (q) $stationQuery.set(q);
    const box = input.current;
    const chosen = () => setQuery(box?.value ?? '');
    box?.addEventListener('compositionend', chosen);
    return () => box?.removeEventListener('compositionend', chosen);
  }, []);

  const stations = index.kind === 'ready' ? index.stations : null;
  const entries = useMemo(() => (stations ?? []).map((s) => searchEntry(s.id, s)), [stations]);
  const byId = useMemo(() => new Map((stations ?? []).map((s) => [s.id, s])), [stations]);
  const matches = useMemo(() => (stations && active ? searchStations(entries, query) : []), [entries, query, active, stations]);
  const shown = matches.slice(0, MAX_SHOWN);

  const reset = () => {
    setQuery('');
    input.current?.focus();
  };

  let status = `共 ${total} 个社工站`;
  if (active && index.kind === 'loading') status = '正在查找…';
  else if (active && index.kind === 'error') status = '没能载入社工站资料';
  else if (active && stations) {
    status = resultMessage(query, matches.length, stations.length);
    if (matches.length > MAX_SHOWN) status += `，先列出前 ${MAX_SHOWN} 个`;
  }
  const noMatch = active && stations !== null && matches.length === 0;

  return (
    <div class="station-search-island">
      <form
        class="station-search"
        role="search"
        action={directoryUrl}
        method="get"
        onSubmit={(e) => {
          // The results are already there: close the phone keyboard and bring the first one up.
          e.preventDefault();
          input.current?.blur();
          document.querySelector('[data-station-card]')?.scrollIntoView({ block: 'start' });
        }}
      >
        <label for="station-q">输入社区、街道、路名或社工站名称</label>
        <p id="station-q-hint" class="hint">例如：花果山、桂花岗、环市中路、人民北路、流花、越秀</p>
        <div class="row">
          <input
            ref={input}
            id="station-q"
            name="q"
            type="search"
            value={query}
            autocomplete="off"
            enterkeyhint="search"
            aria-describedby="station-q-hint"
            onInput={(e) => {
              if (!(e as InputEvent).isComposing) setQuery(e.currentTarget.value);
            }}
          />
          <button type="submit">搜索</button>
        </div>
        <p class="status" role="status">
          {status}
        </p>
        {noMatch && <p class="no-match">请检查有没有错字，或只输入名称的一部分，例如“花果山”“人民北路”；也可以在下面按区查找。</p>}
        {matches.length > MAX_SHOWN && <p class="no-match">输入更完整的社区、街道或路名，可以缩小范围。</p>}
        {active && index.kind === 'error' && (
          <p class="no-match">
            请检查网络后<button type="button" class="reset" onClick={load}>重试</button>，或在下面按区查找。
          </p>
        )}
        {active && (
          <button type="button" class="reset" onClick={reset}>
            清除搜索
          </button>
        )}
      </form>
      {shown.length > 0 && (
        <ol class="results" aria-label="查找结果">
          {shown.map((m) => {
            const s = byId.get(m.id)!;
            const hint = matchHint(m);
            return (
              <li>
                <article class="station" data-station-card data-station-id={s.id} aria-labelledby={`station-${s.id}`}>
                  <h3 id={`station-${s.id}`} class="station-name">
                    <a href={s.url}>{s.name}</a>
                  </h3>
                  <p class="meta">
                    {s.district} · {s.street} · 承接机构：{s.operator.name}
                  </p>
                  {hint && (
                    <p class="match-hint" data-match-hint>
                      {hint}
                    </p>
                  )}
                  <ContactCardView view={contactView(s)} headingLevel={4} copyable={copyable} />
                  <p>
                    <a class="more" href={s.url}>
                      服务社区、历年评估报告和资料来源<span class="visually-hidden">：{s.name}</span>
                    </a>
                  </p>
                </article>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
