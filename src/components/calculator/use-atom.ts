import type { ReadableAtom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';

/**
 * Read a nanostores atom and re-render when it changes.
 * - The first render returns the atom's initial value, the one the server
 *   rendered: Preact's hydration keeps the server's input values and
 *   attributes, so an island that hydrates after another has loaded the saved
 *   state must first match the HTML, then render the live value.
 * - @nanostores/preact's useStore defers re-renders with setTimeout, which can
 *   land after the next frame; this uses Preact's own (microtask) render
 *   queue, so a keystroke's results are on screen in the frame that follows it.
 */
export function useAtom<T>(store: ReadableAtom<T>): T {
  const [live, setLive] = useState(false);
  const [, rerender] = useState(0);
  useEffect(() => {
    setLive(true);
    return store.listen(() => rerender((n) => n + 1));
  }, [store]);
  return live ? store.get() : (store.init as T);
}
