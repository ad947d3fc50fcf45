/**
 * The site's own inline scripts, as text. The Content-Security-Policy allows an inline script only by the
 * hash of its exact text (astro.config.mjs hashes every script here into `security.csp.scriptDirective`),
 * so each is written once here and rendered verbatim with `<script is:inline set:html={…} />`.
 * They stay inline because a text page ships no JavaScript file (tools/site/budgets.ts), and the 大字 one
 * must run in <head> before the first paint. Add a new inline script here, never in markup:
 * tests/browser/csp.test.ts fails on any inline script whose hash the page's policy does not carry.
 */
import { TEXT_SIZE_KEY } from '../site/text-size.ts';
import { urls } from '../site/urls.ts';
import { SEARCH_FILTERS } from '../search/filters.ts';

const key = JSON.stringify(TEXT_SIZE_KEY);

/** 大字 before first paint, so a large-text reader never sees the page jump. A bad saved value is dropped. */
export const TEXT_SIZE_BEFORE_PAINT = `(function () {
  try {
    var s = localStorage.getItem(${key});
    if (s === 'large') document.documentElement.dataset.textSize = 'large';
    else if (s !== null) localStorage.removeItem(${key});
  } catch (e) {}
})();`;

/** The 大字 switch in the header: toggles and remembers the choice. */
export const TEXT_SIZE_TOGGLE = `(function () {
  var b = document.querySelector('[data-text-size-toggle]');
  var root = document.documentElement;
  function show() {
    var on = root.dataset.textSize === 'large';
    b.setAttribute('aria-pressed', String(on));
    b.textContent = on ? '大字：开' : '大字';
  }
  b.addEventListener('click', function () {
    var on = root.dataset.textSize !== 'large';
    if (on) root.dataset.textSize = 'large';
    else delete root.dataset.textSize;
    try {
      if (on) localStorage.setItem(${key}, 'large');
      else localStorage.removeItem(${key});
    } catch (e) {}
    show();
  });
  show();
  b.hidden = false;
})();`;

/**
 * 朗读: reads the page with the browser's own speech synthesis in zh-CN, in sentence-sized pieces (very long
 * utterances stall in some browsers). Parts laid
 * out only near the screen (.deferred-render) have no rendered text until then, and innerText would leave
 * them out, so they are laid out first. (Comments inside the script would be shipped with every page.)
 */
export const READ_ALOUD = `(function () {
  var b = document.querySelector('[data-read-aloud]');
  var synth = window.speechSynthesis;
  if (!b || !synth || typeof SpeechSynthesisUtterance !== 'function') return;
  var reading = false;
  function done() {
    reading = false;
    b.setAttribute('aria-pressed', 'false');
    b.textContent = '朗读';
  }
  function pieces(text) {
    var out = [];
    var cur = '';
    text.split(/(?<=[。！？；\\n])/).forEach(function (s) {
      s = s.replace(/\\s+/g, ' ');
      if (cur.length + s.length > 180 && cur.trim()) {
        out.push(cur.trim());
        cur = '';
      }
      cur += s;
    });
    if (cur.trim()) out.push(cur.trim());
    return out;
  }
  b.addEventListener('click', function () {
    synth.cancel();
    if (reading) return done();
    var roots = document.querySelectorAll('[data-read-aloud-root]');
    var root = roots[roots.length - 1] || document.getElementById('main');
    root.querySelectorAll('.deferred-render').forEach(function (el) {
      el.style.contentVisibility = 'visible';
    });
    var list = pieces(root.innerText);
    if (!list.length) return;
    var voices = synth.getVoices ? synth.getVoices() : [];
    var voice = voices.filter(function (v) {
      return /^zh[-_]CN/i.test(v.lang);
    })[0];
    reading = true;
    b.setAttribute('aria-pressed', 'true');
    b.textContent = '停止朗读';
    list.forEach(function (piece, i) {
      var u = new SpeechSynthesisUtterance(piece);
      u.lang = 'zh-CN';
      if (voice) u.voice = voice;
      u.rate = 0.9;
      if (i === list.length - 1) u.onend = done;
      u.onerror = done;
      synth.speak(u);
    });
  });
  b.hidden = false;
})();`;

/** The filters' short names in a /search/ address → their names in the index (src/search/filters.ts). */
const filterParams = JSON.stringify(Object.fromEntries(SEARCH_FILTERS.map((f) => [f.param, f.name])));

/**
 * /search/: starts Pagefind's default UI, and runs ?q=… at once with the filters the address names
 * (?kind=需要关注&year=2023-2024 …); as the reader types or ticks a filter, the address follows, so the
 * search can be shared as it is.
 */
export const SEARCH_START = `(function () {
  var box = document.getElementById('search');
  if (typeof PagefindUI !== 'function') {
    box.innerHTML =
      '<p class="notice">搜索暂时无法使用。请在<a href="${urls.reports}">评估报告列表</a>或<a href="${urls.stations}">社工站目录</a>中查找。</p>';
    return;
  }
  var merge = box.getAttribute('data-merge-index').split(' ').filter(Boolean).map(function (path) {
    return { bundlePath: path };
  });
  var ui = new PagefindUI({
    element: '#search',
    bundlePath: box.getAttribute('data-bundle'),
    mergeIndex: merge,
    showSubResults: true,
    showImages: false,
    autofocus: false,
    // The kind of passage first in view: 需要关注 alone is the filter most readers want.
    openFilters: ['段落'],
  });
  // (A CSS :has() rule did this, but Chromium did not always restyle once the placeholders were gone.)
  var pending = null;
  new MutationObserver(function () {
    var loading = box.querySelector('.pagefind-ui__loading');
    var result = loading && loading.closest('.pagefind-ui__result');
    if (result === pending) return;
    if (pending) pending.removeAttribute('data-pending');
    pending = result;
    if (pending) pending.setAttribute('data-pending', '');
    box.toggleAttribute('data-loading', Boolean(pending));
  }).observe(box, { childList: true, subtree: true });
  // The filters arrive after the first results and take their place above them: until they are in, the
  // results keep their space but stay hidden, so nothing shown moves (the page marks data-filters when the
  // index has any: only report pages carry them).
  if (box.hasAttribute('data-filters')) {
    box.setAttribute('data-filters-pending', '');
    new MutationObserver(function (records, observer) {
      if (!box.querySelector('.pagefind-ui__filter-panel')) return;
      box.removeAttribute('data-filters-pending');
      observer.disconnect();
    }).observe(box, { childList: true, subtree: true });
  }
  var FILTERS = ${filterParams};
  var params = new URLSearchParams(location.search);
  var selected = {};
  var any = false;
  Object.keys(FILTERS).forEach(function (p) {
    var values = params.getAll(p);
    if (values.length) {
      selected[FILTERS[p]] = values;
      any = true;
    }
  });
  if (any) ui.triggerFilters(selected);
  var q = params.get('q');
  if (q) ui.triggerSearch(q);
  function share() {
    var out = new URLSearchParams();
    var input = box.querySelector('.pagefind-ui__search-input');
    if (input && input.value) out.set('q', input.value);
    Object.keys(FILTERS).forEach(function (p) {
      box.querySelectorAll('input.pagefind-ui__filter-checkbox:checked').forEach(function (c) {
        if (c.name === FILTERS[p]) out.append(p, c.value);
      });
    });
    var s = out.toString();
    history.replaceState(null, '', location.pathname + (s ? '?' + s : ''));
  }
  box.addEventListener('change', share);
  box.addEventListener('input', share);
})();`;

/** Every inline script of the site: the policy carries the hash of each. */
export const INLINE_SCRIPTS: readonly string[] = [TEXT_SIZE_BEFORE_PAINT, TEXT_SIZE_TOGGLE, READ_ALOUD, SEARCH_START];
