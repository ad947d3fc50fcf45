/**
 * getStaticPaths for a page per item, named by the item's id (/reports/<id>/, /stations/<id>/ …): each path
 * gets the item as the prop `name`. One shape for every such page, so each page says only what it lists.
 */
export function pathsById<K extends string, T extends { id: string }>(items: readonly T[], name: K) {
  return items.map((item) => ({ params: { id: item.id }, props: { [name]: item } as Record<K, T> }));
}
