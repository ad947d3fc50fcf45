/**
 * Copy an address with one tap, for every contact card on the page: those in the static HTML and those the
 * directory's search island renders later (one click listener on the document). Where copying cannot work
 * the button stays hidden and the address is plain selectable text.
 */

/** Whether this browser can copy text for us (the Clipboard API, or the older execCommand in in-app browsers). */
export function canCopy(): boolean {
  return Boolean(navigator.clipboard?.writeText) || Boolean(document.queryCommandSupported?.('copy'));
}

/** Older in-app browsers (no Clipboard API, or not on https): copy from a hidden text area. */
function legacyCopy(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return legacyCopy(text);
  }
}

async function onCopy(button: HTMLButtonElement) {
  const site = button.closest('.site');
  const status = site?.querySelector<HTMLElement>('[data-copied]');
  const text = button.dataset.copy ?? '';
  if (await copy(text)) {
    if (status) status.textContent = `已复制：${text}`;
    return;
  }
  // Could not copy: select the printed address so a long press copies it.
  const address = site?.querySelector<HTMLElement>('[data-address]');
  if (address) getSelection()?.selectAllChildren(address);
  if (status) status.textContent = '没能自动复制，请长按地址文字复制';
}

let installed = false;

/** Show the copy buttons already on the page and handle taps on any copy button, now or later. Idempotent. */
export function enableCopy(): void {
  if (installed || !canCopy()) return;
  installed = true;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) button.hidden = false;
  document.addEventListener('click', (e) => {
    const button = (e.target as Element | null)?.closest?.<HTMLButtonElement>('button[data-copy]');
    if (button) void onCopy(button);
  });
}
