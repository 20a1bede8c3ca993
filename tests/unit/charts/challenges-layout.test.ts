import { describe, it, expect } from 'vitest';
import { realDataFiles } from '../real-data';
import { loadReferenceTables } from '$lib/data/context';
import { loadChallenges, revealedBranches, type ChallengeNode } from '$lib/charts/challenges/data';
import {
	badge,
	boxesOverlap,
	horizontalFrom,
	layoutHorizontal,
	layoutIndented,
	layoutTree,
	markerAt,
	nameFontSize,
	type Box,
	type TreeLayout,
	type TreeText
} from '$lib/charts/challenges/layout';
import { speakerMarks } from '$lib/charts/challenges/speakers';
import { challengesState, challengeSteps } from '$lib/charts/challenges/state';
import { estimateTextWidth } from '$lib/charts/layout/text';
import { chartBoxes } from './chart-boxes';

const files = realDataFiles();
const data = loadChallenges(files, loadReferenceTables(files));
const marks = speakerMarks(data.speakers, 'en');
const text: TreeText = {
	label: (node) => node.label_en,
	speaker: (node) => (node.speaker ? marks.get(node.speaker)! : null),
	speakers: data.speakers.map((person) => marks.get(person.id)!)
};
const chineseMarks = speakerMarks(data.speakers, 'zh-hant');
const chineseText: TreeText = {
	label: (node) => node.label_zh,
	speaker: (node) => (node.speaker ? chineseMarks.get(node.speaker)! : null),
	speakers: data.speakers.map((person) => chineseMarks.get(person.id)!)
};
/** Each step's branch in focus, as the chart passes it. */
const focuses = challengeSteps.map((_, step) => challengesState(data, step).branch);
const isLeaf = (node: ChallengeNode) => !data.nodes.some((other) => other.parent === node.id);
const under = (node: ChallengeNode, branch: string): boolean => {
	const parent = data.nodes.find((other) => other.id === node.parent);
	return parent !== undefined && (parent.id === branch || under(parent, branch));
};

/** Every chart's boxes, with the tree's padding of 4 px a side taken off. */
const boxes = chartBoxes.map(({ width, height }) => ({ width: width - 8, height: height - 8 }));

function textBoxes(layout: TreeLayout): { id: string; box: Box }[] {
	return [
		...layout.nodes.flatMap((node) => node.boxes.map((box) => ({ id: node.node.id, box }))),
		...layout.key.map((entry) => ({ id: `key ${entry.initials}`, box: entry.box }))
	];
}

function expectNoOverlaps(layout: TreeLayout) {
	const all = textBoxes(layout);
	for (const [index, a] of all.entries()) {
		for (const b of all.slice(index + 1)) {
			if (a.id !== b.id) expect(boxesOverlap(a.box, b.box), `${a.id} overlaps ${b.id}`).toBe(false);
		}
	}
}

function expectInside(layout: TreeLayout, size: { width: number; height: number }) {
	for (const { id, box } of textBoxes(layout)) {
		expect(box.x, id).toBeGreaterThanOrEqual(0);
		expect(box.y, id).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width, id).toBeLessThanOrEqual(size.width + 0.5);
		expect(box.y + box.height, id).toBeLessThanOrEqual(size.height + 0.5);
	}
}

/** What each node draws: its label or, folded, its badge or marker alone. */
const labelled = (layout: TreeLayout) => new Set(layout.nodes.filter((node) => node.label).map((node) => node.node.id));

describe('challenges layout at every size', () => {
	for (const size of boxes) {
		for (const [language, labels] of [
			['English', text],
			['Chinese', chineseText]
		] as const) {
			it(`${size.width} × ${size.height}, ${language}: every node once, all text at 12 px or more, inside the drawing, nothing overlapping, at every step`, () => {
				for (const focus of focuses) {
					const layout = layoutTree(data.nodes, size, labels, focus);
					expect(layout.nodes.map((node) => node.node.id).sort()).toEqual(data.nodes.map((node) => node.id).sort());
					expect(Math.min(layout.fontSize, badge.fontSize, nameFontSize)).toBeGreaterThanOrEqual(12);
					expectNoOverlaps(layout);
					expectInside(layout, size);
				}
			});
		}
	}

	it('draws the nodes in reading order: depth first, each parent before its children, siblings as in the file', () => {
		const expected: string[] = [];
		const visit = (id: string) => {
			expected.push(id);
			for (const child of data.nodes.filter((node) => node.parent === id)) visit(child.id);
		};
		visit(data.nodes.find((node) => node.parent === null)!.id);
		for (const size of boxes) {
			for (const focus of focuses) expect(layoutTree(data.nodes, size, text, focus).nodes.map((node) => node.node.id)).toEqual(expected);
		}
	});
});

describe('challenges layout: how it adapts', () => {
	const wide = { width: 892, height: 592 };
	const phone = { width: 350, height: 420 };
	const shortPhone = { width: 350, height: 310 };
	const tiny = { width: 272, height: 162 };

	it('runs left to right on a wide box and down the page on a phone, the same drawing at every step', () => {
		for (const focus of focuses) {
			expect(layoutTree(data.nodes, wide, text, focus)).toEqual(layoutHorizontal(data.nodes, wide, text));
			expect(layoutTree(data.nodes, phone, text, focus)).toEqual(layoutIndented(data.nodes, phone, text));
		}
		expect(phone.width).toBeLessThan(horizontalFrom);
		expect(labelled(layoutTree(data.nodes, phone, text)).size).toBe(data.nodes.length);
	});

	it('falls back to the indented list where the wrapped labels would not fit left to right', () => {
		const short = { width: horizontalFrom, height: 300 };
		expect(layoutHorizontal(data.nodes, short, text).contentHeight).toBeGreaterThan(short.height);
		expect(layoutTree(data.nodes, short, text, null).kind).toBe('indented');
	});

	it('on a short phone keeps the labels of the branch the step is about and folds the others into strips of badges', () => {
		for (const branch of revealedBranches) {
			const layout = layoutTree(data.nodes, shortPhone, text, branch);
			const shown = labelled(layout);
			for (const node of data.nodes) {
				const folded = revealedBranches.some((other) => other !== branch && under(node, other));
				expect(shown.has(node.id), `${branch}: ${node.id}`).toBe(!folded);
			}
		}
	});

	it('draws a folded leaf by its badge alone and a folded branch by its marker, side by side in one strip', () => {
		const layout = layoutTree(data.nodes, shortPhone, text, 'technical');
		const folded = layout.nodes.filter((node) => under(node.node, 'challenges'));
		for (const node of folded) {
			expect(node.label).toBeNull();
			expect(node.marker === null).toBe(isLeaf(node.node));
			expect(node.speaker === null).toBe(!isLeaf(node.node));
			if (node.speaker) expect([node.speaker.x, node.speaker.y]).toEqual([0, 0]);
		}
		const xs = folded.map((node) => node.x);
		expect(xs).toEqual([...xs].sort((a, b) => a - b));
		expect(new Set(folded.map((node) => node.y)).size).toBe(1);
	});

	it('on the shortest box folds every branch, and the voices step (about the whole tree) folds them all where the list does not fit', () => {
		for (const focus of focuses) {
			const layout = layoutTree(data.nodes, tiny, text, focus);
			expect(labelled(layout)).toEqual(
				new Set(data.nodes.filter((node) => !revealedBranches.some((branch) => under(node, branch))).map((node) => node.id))
			);
		}
		expect(labelled(layoutTree(data.nodes, shortPhone, text, null)).has('domain-architectures')).toBe(false);
	});

	it('keeps the key to the badges at the foot while branches fold, so it does not move from step to step', () => {
		const keys = focuses.map((focus) => layoutTree(data.nodes, shortPhone, text, focus).key);
		for (const key of keys) expect(key).toEqual(keys[0]);
		const bottom = Math.max(...keys[0].map((entry) => entry.box.y + entry.box.height));
		expect(bottom).toBeCloseTo(shortPhone.height, 0);
	});

	it('decodes the badges in a key under the list, where names have no room beside the leaves, and only there', () => {
		for (const size of [phone, { width: 350, height: 900 }]) {
			const layout = layoutIndented(data.nodes, size, text);
			expect(layout.key.map((entry) => entry.name)).toEqual(data.speakers.map((person) => person.name_pinyin));
			const treeBottom = Math.max(...layout.nodes.flatMap((node) => node.boxes.map((box) => box.y + box.height)));
			const keyTop = Math.min(...layout.key.map((entry) => entry.box.y));
			expect(keyTop).toBeGreaterThan(treeBottom);
			expect(keyTop - treeBottom).toBeLessThan(20);
		}
		expect(layoutHorizontal(data.nodes, wide, text).key).toEqual([]);
	});

	it('puts each leaf’s speaker beside it: initials in the list, initials and name left to right', () => {
		for (const node of layoutIndented(data.nodes, phone, text).nodes.filter((placed) => placed.leaf)) {
			expect(node.speaker?.initials).toBe(marks.get(node.node.speaker!)!.initials);
			expect(node.speaker?.name).toBeNull();
			expect(node.speaker?.y).toBe(0);
		}
		for (const node of layoutHorizontal(data.nodes, wide, text).nodes.filter((placed) => placed.leaf)) {
			expect(node.speaker?.name).toBe(marks.get(node.node.speaker!)!.name);
		}
	});

	it('left to right, puts a speaker under its label where the box is narrow and after it on one line where it is wide', () => {
		const below = layoutHorizontal(data.nodes, { width: 692, height: 492 }, text, 12).nodes.filter((node) => node.leaf);
		for (const node of below) expect(node.speaker!.y).toBeGreaterThan(0);
		const image = layoutHorizontal(data.nodes, { width: 1112, height: 452 }, text, 12).nodes.filter((node) => node.leaf);
		for (const node of image) {
			expect(node.speaker!.y).toBe(0);
			// Measured: DejaVu Sans sets these labels 6% wider than the estimate; a badge keeps some air even then.
			const labelEnd = node.label!.x + estimateTextWidth(node.label!.lines[0], 12) * 1.06;
			expect(node.speaker!.x - badge.width / 2 - labelEnd).toBeGreaterThanOrEqual(4);
		}
	});

	it('in the list, indents each node under its parent, in reading order', () => {
		const placed = layoutIndented(data.nodes, phone, text).nodes;
		const at = new Map(placed.map((node) => [node.node.id, node]));
		for (const node of placed) {
			const parent = node.node.parent ? at.get(node.node.parent) : undefined;
			if (!parent) continue;
			expect(markerAt(node).x).toBeGreaterThan(markerAt(parent).x);
			expect(node.y).toBeGreaterThan(parent.y);
		}
	});

	it('left to right, puts each depth in its own column and each branch level with the middle of its children', () => {
		const placed = layoutHorizontal(data.nodes, wide, text).nodes;
		for (const node of placed) {
			const children = placed.filter((child) => child.node.parent === node.node.id);
			if (children.length === 0) continue;
			for (const child of children) expect(child.x).toBeGreaterThan(node.x + node.label!.x);
			expect(Math.min(...children.map((child) => child.y))).toBeLessThan(node.y);
			expect(Math.max(...children.map((child) => child.y))).toBeGreaterThan(node.y);
		}
	});
});

describe('challenges layout: links that travel', () => {
	it('draws one link into every node but the root, and none into a folded one', () => {
		for (const layout of [
			layoutIndented(data.nodes, { width: 350, height: 420 }, text),
			layoutHorizontal(data.nodes, { width: 892, height: 592 }, text)
		]) {
			expect(layout.links.map((link) => link.id).sort()).toEqual(
				data.nodes
					.filter((node) => node.parent)
					.map((node) => node.id)
					.sort()
			);
		}
		const folded = layoutTree(data.nodes, { width: 350, height: 310 }, text, 'challenges');
		const labelledIds = labelled(folded);
		expect(folded.links.map((link) => link.id).sort()).toEqual(
			data.nodes
				.filter((node) => node.parent && labelledIds.has(node.id))
				.map((node) => node.id)
				.sort()
		);
	});

	it('draws each link from its child’s marker, its vertical run reaching the parent’s marker', () => {
		const layout = layoutTree(data.nodes, { width: 350, height: 310 }, text, 'ecosystem');
		const at = new Map(layout.nodes.map((node) => [node.node.id, node]));
		for (const link of layout.links) {
			const child = at.get(link.id)!;
			const parent = at.get(child.node.parent!)!;
			expect([link.x, link.y]).toEqual([markerAt(child).x, markerAt(child).y]);
			expect(link.rise!.x).toBeCloseTo(markerAt(parent).x - markerAt(child).x);
			expect(link.y + link.rise!.length).toBeCloseTo(markerAt(parent).y + layout.markerRadius + 1);
			expect(link.path).toMatch(/^M/);
		}
	});

	it('keeps a link’s shape from step to step where only the rows move: only the rise stretches', () => {
		const [before, after] = ['challenges', 'technical'].map((focus) => layoutTree(data.nodes, { width: 350, height: 310 }, text, focus));
		const link = (layout: TreeLayout) => layout.links.find((candidate) => candidate.id === 'remedies')!;
		expect(link(after).y).not.toBe(link(before).y);
		expect(link(after).path).toBe(link(before).path);
	});
});
