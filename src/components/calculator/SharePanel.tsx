/**
 * The share link made on 生成分享链接: the link (selected, to copy by hand) and whether it was copied.
 * Loaded with the encoder on the first click (Toolbar), so neither is in the calculator's first load.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { shareUrl } from '../../calculator/share-codec.ts';
import type { CalculatorState } from '../../calculator/state.ts';

export function SharePanel({ state, request }: { state: CalculatorState; request: number }) {
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const linkInput = useRef<HTMLInputElement>(null);

  // Each click makes the link afresh (request changes), for the state as it is then.
  useEffect(() => {
    const url = shareUrl(window.location.href, state);
    setLink(url);
    setCopied(null);
    let live = true;
    navigator.clipboard.writeText(url).then(
      () => live && setCopied('分享链接已复制，可以粘贴发送。'),
      // Clipboard refused (permissions, old browser): the link is shown to copy by hand.
      () => live && setCopied('链接已生成，请复制下面的链接发送。'),
    );
    requestAnimationFrame(() => linkInput.current?.select());
    return () => {
      live = false;
    };
  }, [request]);

  if (!link) return null;
  return (
    <div class="calc-share">
      <label for="calc-share-link">分享链接（包含全部输入，打开即可看到同样的结果）</label>
      <input id="calc-share-link" ref={linkInput} type="text" readOnly value={link} />
      {copied && <p class="calc-hint">{copied}</p>}
    </div>
  );
}
