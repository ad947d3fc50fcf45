// html-validate configuration for the built pages (tests/gates/html.test.ts validates every page in dist/).
// The recommended preset, relaxed only where it conflicts with what Astro itself writes.
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Astro's Markdown/MDX heading ids are slugs of the heading text, e.g. "1-项目执行与服务成效" for
    // "1. 项目执行与服务成效". HTML5 allows any id without whitespace; the strict mode's "must begin with a
    // letter" is an HTML 4 rule. Relaxed mode still rejects empty ids and ids with whitespace.
    'valid-id': ['error', { relaxed: true }],
    // Astro writes void elements without a slash (<meta charset="utf-8">), Preact's server renderer writes
    // them self-closed (<input/>) in every island; both are valid HTML. The rule wants one style everywhere.
    'void-style': 'off',
  },
};
