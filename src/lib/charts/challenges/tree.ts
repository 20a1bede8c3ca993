import { stratify, type HierarchyNode } from 'd3-hierarchy';
import type { ChallengeNode } from './data';

export type Tree = HierarchyNode<ChallengeNode>;

/** The rows as a tree: children keep their order in the file. */
export function hierarchyOf(nodes: readonly ChallengeNode[]): Tree {
	return stratify<ChallengeNode>()
		.id((node) => node.id)
		.parentId((node) => node.parent)([...nodes]);
}

/** A subtree in reading order: depth first, each parent before its children, siblings in file order. */
export function preorder(tree: Tree): Tree[] {
	const order: Tree[] = [];
	tree.eachBefore((d) => order.push(d));
	return order;
}

/** The rows in reading order, as the tree draws and the arrow keys visit them. */
export function treeOrder(nodes: readonly ChallengeNode[]): ChallengeNode[] {
	return preorder(hierarchyOf(nodes)).map((d) => d.data);
}
