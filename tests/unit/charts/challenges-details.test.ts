import { describe, it, expect } from 'vitest';
import { realDataFiles } from '../real-data';
import { loadReferenceTables } from '$lib/data/context';
import { loadChallenges, type ChallengeNode } from '$lib/charts/challenges/data';
import { challengesDetails } from '$lib/charts/challenges/details';
import { challengesDownload } from '$lib/charts/challenges/download';
import { challengesMessages } from '$lib/charts/challenges/messages';
import { challenges } from '$lib/charts/challenges';

const files = realDataFiles();
const data = loadChallenges(files, loadReferenceTables(files));
const english = challengesDetails(data, challengesMessages.en, 'en');
const chinese = challengesDetails(data, challengesMessages['zh-hant'], 'zh-hant');
const byId = new Map(data.nodes.map((node) => [node.id, node]));
const isLeaf = (node: ChallengeNode) => !data.nodes.some((other) => other.parent === node.id);

describe('challenges details', () => {
	it('describes every row of /data/challenges.json once, by its id', () => {
		const rowKeys = challengesDownload.rows(data).map((row) => row.id);
		expect(english.map((mark) => mark.key).sort()).toEqual([...rowKeys].sort());
		expect(new Set(english.map((mark) => mark.key)).size).toBe(english.length);
	});

	it('is the view the browser uses', () => {
		expect(challenges.details(data, challengesMessages.en, 'en')).toEqual(english);
	});

	it('lists the marks in the tree’s reading order: each parent just before its first child, each subtree unbroken', () => {
		const order = english.map((mark) => mark.key);
		for (const node of data.nodes) {
			const children = data.nodes.filter((other) => other.parent === node.id).map((child) => child.id);
			if (children.length === 0) continue;
			expect(order[order.indexOf(node.id) + 1], node.id).toBe(children[0]);
			const positions = children.map((child) => order.indexOf(child));
			expect(positions, `${node.id}: siblings in file order`).toEqual([...positions].sort((a, b) => a - b));
		}
		expect(order[0]).toBe(data.nodes.find((node) => node.parent === null)!.id);
	});

	it('reads depth first even where the file lists a branch’s children after a later branch', () => {
		const [root, first, second, early, late] = ['root', 'first', 'second', 'early', 'late'];
		const node = (id: string, parent: string | null) => ({ ...data.nodes[0], id, parent, speaker: null, quote_kind: null });
		const shuffled = { nodes: [node(root, null), node(first, root), node(second, root), node(late, first), node(early, second)], speakers: [] };
		expect(challengesDetails(shuffled, challengesMessages.en, 'en').map((mark) => mark.key)).toEqual([root, first, late, second, early]);
	});

	it('titles each mark with its label in the reader’s language', () => {
		for (const mark of english) expect(mark.title).toBe(byId.get(mark.key)!.label_en);
		for (const mark of chinese) expect(mark.title).toBe(byId.get(mark.key)!.label_zh);
	});

	it('gives a leaf its speaker with role and affiliation, and its quote, told direct from reported', () => {
		const adoption = english.find((mark) => mark.key === 'adoption-risk')!;
		expect(adoption.facts[0]).toBe('Wang Zhongyuan (王仲遠), President, Beijing Academy of Artificial Intelligence (BAAI)');
		expect(adoption.facts[1]).toBe(`“${byId.get('adoption-risk')!.quote_en}”`);
		const renewal = english.find((mark) => mark.key === 'skills-renewal')!;
		expect(renewal.facts[1]).toMatch(/^In the article’s words: /);
		const chineseAdoption = chinese.find((mark) => mark.key === 'adoption-risk')!;
		expect(chineseAdoption.facts).toEqual([`北京智源人工智能研究院院長王仲遠`, `「${byId.get('adoption-risk')!.quote_zh}」`]);
	});

	it('says of every branch that the grouping is the desk’s, and of no leaf', () => {
		for (const mark of english) {
			const branch = !isLeaf(byId.get(mark.key)!);
			expect(mark.facts.includes(challengesMessages.en.details.branch), mark.key).toBe(branch);
		}
	});

	it('cites each row’s own sources and rates no confidence: the article gives none for these points, and they carry no dates', () => {
		for (const mark of english) {
			expect(mark.sources).toEqual(byId.get(mark.key)!.source);
			expect(mark.confidence).toBeNull();
			for (const fact of mark.facts) expect(fact).not.toMatch(/\b(19|20)\d\d\b/);
		}
	});
});
