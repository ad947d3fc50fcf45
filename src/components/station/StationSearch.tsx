/**
 * The directory's search box (an island). The page already lists every
 * station; this hides the cards that do not match as the resident types,
 * says how many match in a live region, and offers a reset. Without
 * JavaScript the same form is there, sends ?q= to the same page, and the full
 * list shows. The query lives in nanostores and in the address bar (?q=), so a
 * search can be shared as a link.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { matchHint, queryTokens, resultMessage, searchEntry, searchStations, type SearchableStation } from '../../stations/search.ts';
import { $stationQuery } from '../../stations/store.ts';

interface Props {
  /** Each station's name, street, district, operator, addresses and communities. */
  stations: (SearchableStation & { id: string })[];
}

/** Keep ?q= in step with the box (replaceState: typing must not fill the back button's history). */
function setQuery(q: string) {
  $stationQuery.set(q);
  const url = new URL(location.href);
  if (queryTokens(q).length > 0) url.searchParams.set('q', q.trim());
  else url.searchParams.delete('q');
  history.replaceState(history.state, '', url);
}

export default function StationSearch({ stations }: Props) {
  const entries = useMemo(() => stations.map((s) => searchEntry(s.id, s)), [stations]);
  const query = useStore($stationQuery);
  const input = useRef<HTMLInputElement>(null);
  const active = queryTokens(query).length > 0;
  const matches = useMemo(() => searchStations(entries, query), [entries, query]);

  // A ?q= in the address (a shared link, or the form sent before the island woke) fills the box.
  // Pinyin input: the box is read when the characters are chosen (compositionend, which Preact
  // cannot bind by prop because Chromium has no oncompositionend property), not letter by letter.
  useEffect(() => {
    const q = new URLSearchParams(location.search).get('q');
    if (q) $stationQuery.set(q);
    const box = input.current;
    const chosen = () => setQuery(box?.value ?? '');
    box?.addEventListener('compositionend', chosen);
    return () => box?.removeEventListener('compositionend', chosen);
  }, []);

  // Show only the matching cards, say why each matched, hide emptied district groups;
  // before paint, so the list and the count never disagree on screen.
  useLayoutEffect(() => {
    const byId = new Map(matches.map((m) => [m.id, m]));
    document.querySelectorAll<HTMLElement>('[data-station-card]').forEach((card) => {
      const match = byId.get(card.dataset.stationId ?? '');
      card.hidden = !match;
      const hint = card.querySelector<HTMLElement>('[data-match-hint]');
      if (hint) {
        hint.textContent = active && match ? matchHint(match) : '';
        hint.hidden = hint.textContent === '';
      }
    });
    document.querySelectorAll<HTMLElement>('[data-station-group]').forEach((group) => {
      group.hidden = group.querySelector('[data-station-card]:not([hidden])') === null;
    });
  }, [matches, active]);

  const reset = () => {
    setQuery('');
    input.current?.focus();
  };
  const noMatch = active && matches.length === 0;

  return (
    <form
      class="station-search"
      role="search"
      action="/stations/"
      method="get"
      onSubmit={(e) => {
        // The list is already filtered: close the phone keyboard and bring the first result up.
        e.preventDefault();
        input.current?.blur();
        document.querySelector('[data-station-card]:not([hidden])')?.scrollIntoView({ block: 'start' });
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
        {resultMessage(query, matches.length, entries.length)}
      </p>
      {noMatch && <p class="no-match">请检查有没有错字，或只输入名称的一部分，例如“花果山”“人民北路”。</p>}
      {active && (
        <button type="button" class="reset" onClick={reset}>
          清除搜索，显示全部社工站
        </button>
      )}
    </form>
  );
}
