/**
 * 我的社工站 on the home page (an island): when the resident has saved a station on a station page
 * (SaveMyStation.astro), its card comes first: addresses, hotline and hours (ContactCardView, as everywhere),
 * the communities it serves and its newest report, from the directory's search index. With nothing saved it
 * renders nothing and fetches nothing, so the home page is as it was; without JavaScript too. A saved id the
 * index no longer holds, or anything else under the key, is cleared with a short note.
 */
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { contactView } from '../../stations/contact.ts';
import type { IndexedStation } from '../../stations/directory.ts';
import { MY_STATION_KEY, readSavedStation } from '../../site/my-station.ts';
import ContactCardView from './ContactCardView.tsx';
import { canCopy, enableCopy } from './copy-address.ts';

interface Props {
  /** The directory's search index (its stations carry what the card shows). */
  indexUrl: string;
  /** The directory, to choose another station. */
  directoryUrl: string;
}

type View =
  | { kind: 'none' }
  | { kind: 'ready'; station: IndexedStation }
  | { kind: 'reset'; note: string }
  | { kind: 'error' };

function forget() {
  try {
    localStorage.removeItem(MY_STATION_KEY);
  } catch {
    // Storage refused: nothing was saved either.
  }
}

export default function MyStation({ indexUrl, directoryUrl }: Props) {
  const [view, setView] = useState<View>({ kind: 'none' });
  const [copyable, setCopyable] = useState(false);

  useEffect(() => {
    let raw: string | null = null;
    try {
      raw = localStorage.getItem(MY_STATION_KEY);
    } catch {
      return;
    }
    const saved = readSavedStation(raw);
    if (saved.kind === 'none') {
      delete document.documentElement.dataset.myStationSaved;
      return;
    }
    if (saved.kind === 'corrupt') {
      forget();
      setView({ kind: 'reset', note: '保存的“我的社工站”设置已损坏，已清除。请在“找社工站”里重新选择。' });
      return;
    }
    fetch(indexUrl)
      .then((res) => (res.ok ? (res.json() as Promise<{ stations: IndexedStation[] }>) : Promise.reject(new Error(String(res.status)))))
      .then(({ stations }) => {
        const station = stations.find((s) => s.id === saved.id);
        if (station) {
          enableCopy();
          setCopyable(canCopy());
          setView({ kind: 'ready', station });
        } else {
          forget();
          setView({ kind: 'reset', note: '您保存的社工站已不在目录中，设置已清除。请在“找社工站”里重新选择。' });
        }
      })
      .catch(() => setView({ kind: 'error' }));
  }, []);

  // The room kept for the card before it came (the pre-paint script's data-my-station-saved) goes as what is
  // shown is painted: one move of the page, not two.
  useLayoutEffect(() => {
    if (view.kind !== 'none') delete document.documentElement.dataset.myStationSaved;
  }, [view.kind]);

  if (view.kind === 'none') return null;
  if (view.kind === 'reset' || view.kind === 'error') {
    return (
      <p class="my-station-note" role="status" data-my-station-note>
        {view.kind === 'reset' ? view.note : '暂时无法载入“我的社工站”，请联网后再打开首页。'} <a href={directoryUrl}>找社工站</a>
      </p>
    );
  }
  const s = view.station;
  const remove = () => {
    forget();
    setView({ kind: 'reset', note: '已不再显示“我的社工站”。' });
  };
  return (
    <section class="my-station" aria-labelledby="my-station-heading" data-my-station-card data-station-id={s.id}>
      <h2 id="my-station-heading">
        我的社工站：<a href={s.url}>{s.name}</a>
      </h2>
      <p class="meta">
        {s.district} · {s.street}
      </p>
      <ContactCardView view={contactView(s)} headingLevel={3} copyable={copyable} />
      <h3 class="served-heading">服务社区（{s.zones.reduce((n, z) => n + z.communities.length, 0)} 个）</h3>
      <ul class="zones">
        {s.zones.map((z) => (
          <li>
            <strong>{z.name}</strong>：{z.communities.join('、')}
          </li>
        ))}
      </ul>
      <p>
        {s.latestReport ? (
          <a class="more" href={s.latestReport.url}>
            最新评估报告：{s.latestReport.title}
          </a>
        ) : (
          '暂未公开这个社工站的评估报告。'
        )}
      </p>
      <div class="change">
        <a class="more" href={directoryUrl}>
          换一个社工站
        </a>
        <button type="button" onClick={remove}>
          不再显示
        </button>
      </div>
    </section>
  );
}
