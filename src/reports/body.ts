/**
 * A report's body: the MDX after its frontmatter, parsed by Sätteri (the MDX compiler @astrojs/mdx uses,
 * with its defaults: GFM and smart punctuation) and turned into HTML here, not bundled as a module.
 *
 * Why not Astro's MDX modules: one `astro build` bundles every content module into one server build, and
 * Rolldown holds them all at once, about 0.55 MiB per report; at 3,500 reports that was most of the build's
 * 2.5 GB peak (docs/explanation/performance.md). A body is plain text plus one component, <Findings>, so each page parses
 * its own file when it is rendered and the memory no longer grows with the archive.
 *
 * The content check parses every body first (`reportBodyProblems`), so a malformed body fails the build
 * with its file, line and field before any page is made. Pure apart from Sätteri.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import GithubSlugger from 'github-slugger';
import { mdxToHast } from 'satteri';
import { FINDINGS_LABEL, type FindingsKind } from '../wording/phrases.ts';
import { splitReportFile } from './frontmatter.ts';

/** What the MDX integration's defaults are, so a body reads the same as it did as an MDX module. */
const FEATURES = { gfm: true, smartPunctuation: true } as const;

const NUMBERINGS = ['dot', 'paren'] as const;

export interface BodyHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface BodyProblem {
  /** 1-based line in the whole file (frontmatter included). */
  line: number;
  message: string;
}

type Node = Root | RootContent;
type JsxNode = Extract<RootContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

const isJsx = (n: Node): n is JsxNode => n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement';

function attribute(node: JsxNode, name: string): string | undefined | null {
  const a = node.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  if (!a) return undefined;
  return typeof a.value === 'string' ? a.value : null;
}

/** Everything in a parsed body that the page could not show as written: any MDX but <Findings>. */
function treeProblems(tree: Root): { line: number | undefined; message: string }[] {
  const out: { line: number | undefined; message: string }[] = [];
  const walk = (node: Node) => {
    const line = 'position' in node ? node.position?.start.line : undefined;
    if (node.type === 'mdxjsEsm') out.push({ line, message: '报告正文不能含有 import / export 语句' });
    else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      out.push({ line, message: '报告正文不能含有 {…} 表达式（正文的数字请直接写出）' });
    } else if (isJsx(node)) {
      if (node.name !== 'Findings') out.push({ line, message: `报告正文只能使用 <Findings> 组件，不能使用 <${node.name ?? ''}>` });
      else {
        for (const a of node.attributes) {
          if (a.type !== 'mdxJsxAttribute' || (a.name !== 'kind' && a.name !== 'numbering')) {
            out.push({ line, message: '<Findings> 只接受 kind 和 numbering 两个属性' });
          }
        }
        const kind = attribute(node, 'kind');
        if (kind !== 'positive' && kind !== 'concern') out.push({ line, message: '<Findings> 的 kind 应为 "positive"（值得肯定）或 "concern"（需要关注）' });
        const numbering = attribute(node, 'numbering');
        if (numbering !== undefined && !NUMBERINGS.includes(numbering as never)) out.push({ line, message: '<Findings> 的 numbering 应为 "dot"（1.）或 "paren"（（1））' });
      }
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return out;
}

function parse(body: string, position: boolean): Root {
  return mdxToHast(body, { features: FEATURES, position }) as Root;
}

/** Why a report body cannot be published, each with its line in the file; empty when it can. */
export function reportBodyProblems(source: string): BodyProblem[] {
  const { body, lineOffset } = splitReportFile(source);
  let tree: Root;
  try {
    tree = parse(body, true);
  } catch (e) {
    // Sätteri's message starts with the body's line:column: "3:1: Expected a closing tag for `<Findings>` …".
    const message = (e as Error).message;
    const at = /^(\d+):\d+:\s*/.exec(message);
    return [{ line: at ? Number(at[1]) + lineOffset : lineOffset + 1, message: `MDX 无法解析：${at ? message.slice(at[0].length) : message}` }];
  }
  return treeProblems(tree).map((p) => ({ line: (p.line ?? 1) + lineOffset, message: p.message }));
}

function textOf(node: Node): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/**
 * The markup of a findings block. A div, not a labelled section: sixteen such blocks would be sixteen
 * same-named landmarks. Told apart by border, marker and label text, not by colour alone.
 */
function findingsElement(node: JsxNode, children: ElementContent[]): Element {
  const kind = attribute(node, 'kind') as FindingsKind;
  const numbering = attribute(node, 'numbering') ?? 'dot';
  const h = (tagName: string, properties: Element['properties'], content: ElementContent[]): Element => ({ type: 'element', tagName, properties, children: content });
  const label = h('p', { className: ['findings-label'] }, [
    h('span', { className: ['marker'], ariaHidden: 'true' }, [{ type: 'text', value: kind === 'positive' ? '＋' : '！' }]),
    { type: 'text', value: `${FINDINGS_LABEL[kind]}：` },
  ]);
  // Not part of the page's own search text: the search index holds each block as a passage of its own, with
  // its kind as a filter (src/search/passages.ts reads data-search-passage).
  return h('div', { className: ['findings', kind, numbering], dataSearchPassage: kind, dataPagefindIgnore: '' }, [label, ...children]);
}

/**
 * A report body as HTML, with an id on every heading (github-slugger over the heading's text, as Astro's
 * MDX does) and the headings for the page's contents. Throws, naming the file, when the body has a
 * problem the content check would have reported.
 */
export function reportBodyHtml(source: string, file: string): { html: string; headings: BodyHeading[] } {
  const { body, lineOffset } = splitReportFile(source);
  const tree = parse(body, true);
  const problem = treeProblems(tree)[0];
  if (problem) throw new Error(`${file}:${(problem.line ?? 1) + lineOffset}: 正文: ${problem.message}`);
  const slugger = new GithubSlugger();
  const headings: BodyHeading[] = [];
  const convert = (nodes: RootContent[]): ElementContent[] =>
    nodes.flatMap((node): ElementContent[] => {
      if (isJsx(node)) return [findingsElement(node, convert(node.children as RootContent[]))];
      if (node.type === 'doctype') return [];
      if (node.type !== 'element') return [node as ElementContent];
      const depth = /^h([1-6])$/.exec(node.tagName)?.[1];
      if (depth) {
        const text = textOf(node);
        const slug = typeof node.properties.id === 'string' ? node.properties.id : slugger.slug(text);
        node.properties.id = slug;
        headings.push({ depth: Number(depth), slug, text });
      }
      node.children = convert(node.children);
      return [node];
    });
  return { html: toHtml({ type: 'root', children: convert(tree.children) }), headings };
}
