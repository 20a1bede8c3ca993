import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { loadReferenceTables } from '$lib/data/context';
import { DataError } from '$lib/data/errors';
import { paragraphIds } from '$lib/data/sources';
import { loadChallenges, type ChallengeNode, type ChallengesData } from '$lib/charts/challenges/data';
import { challengesState, challengeSteps } from '$lib/charts/challenges/state';
import { speakerMarks } from '$lib/charts/challenges/speakers';
import { tones } from '$lib/charts/challenges/style';
import { challengesTable } from '$lib/charts/challenges/table';
import { challengesMessages } from '$lib/charts/challenges/messages';
import { challenges } from '$lib/charts/challenges';
import { sharedFile } from '../real-data';

const read = (name: string) => readFileSync(`data/${name}`, 'utf8');
const tables = loadReferenceTables({ 'paragraphs.csv': read('paragraphs.csv'), 'fields.csv': read('fields.csv'), 'people.csv': read('people.csv') });
const csv = read('challenges.csv');
const data = loadChallenges({ 'challenges.csv': csv }, tables);

const header = 'id,parent,label_en,label_zh,speaker,source,quote_kind,quote_zh,quote_en';
/** The smallest tree the loader accepts: the branches the steps reveal, each with a leaf. */
const validRows = [
	'root,,Root,根,,p1,,,',
	'challenges,root,Challenges,挑戰,,p21,,,',
	'talent,challenges,Scarce talent,人才匱乏,xu-jinbo,p30,direct,複合型人才非常稀缺,very scarce',
	'remedies,root,Remedies,對策,,p33,,,',
	'technical,remedies,Technical,技術,,p35,,,',
	'architectures,technical,Architectures,架構,qian-weiqi,p35,reported,模型架構,architectures',
	'ecosystem,remedies,Ecosystem,生態,,p42,,,',
	'open,ecosystem,Open platforms,開放,hu-xiaoguang,p42,reported,開放的科研生態,an open ecosystem'
];
const fixture = (rows: string[]) => ({ 'challenges.csv': [header, ...rows].join('\n') });
/** The rows with one row replaced (index counts data rows from 0; spreadsheet row = index + 2). */
const withRow = (index: number, row: string) => fixture(validRows.map((original, at) => (at === index ? row : original)));

function loadError(files: Record<string, string>): DataError {
	try {
		loadChallenges(files, tables);
	} catch (error) {
		if (error instanceof DataError) return error;
		throw error;
	}
	throw new Error('expected a DataError');
}

const byId = (id: string) => data.nodes.find((node) => node.id === id)!;
const leaves = (nodes: readonly ChallengeNode[]) => nodes.filter((node) => !nodes.some((other) => other.parent === node.id));
const childrenOf = (id: string) => data.nodes.filter((node) => node.parent === id);
const isUnder = (node: ChallengeNode, ancestor: string): boolean =>
	node.parent === ancestor || (node.parent !== null && isUnder(byId(node.parent), ancestor));
const citing = (paragraph: string) => leaves(data.nodes).filter((node) => paragraphIds(node.source).includes(paragraph));

describe('challenges data: the real file', () => {
	it('loads every row of data/challenges.csv, in file order', () => {
		expect(data.nodes.length).toBe(csv.trim().split('\n').length - 1);
		expect(data.nodes[0].parent).toBeNull();
	});

	it('has one root with two main branches: challenges, then remedies', () => {
		const root = data.nodes.filter((node) => node.parent === null);
		expect(root).toHaveLength(1);
		expect(childrenOf(root[0].id).map((node) => node.id)).toEqual(['challenges', 'remedies']);
		expect(childrenOf('remedies').map((node) => node.id)).toEqual(['technical', 'ecosystem']);
	});

	it('has the five challenges the story card counts', () => {
		expect(childrenOf('challenges')).toHaveLength(5);
	});

	it('gives every leaf a speaker, a quote and a label of at most 40 characters', () => {
		for (const leaf of leaves(data.nodes)) {
			expect(leaf.speaker, leaf.id).not.toBeNull();
			expect(leaf.quote_zh && leaf.quote_en && leaf.quote_kind, leaf.id).toBeTruthy();
		}
		for (const node of data.nodes) expect(node.label_en.length, node.id).toBeLessThanOrEqual(40);
	});

	it('lists the six people the "voices" card names, each once', () => {
		expect(new Set(data.speakers.map((person) => person.id))).toEqual(
			new Set(['wang-zhongyuan', 'qian-weiqi', 'xu-jinbo', 'wu-jiaji', 'hu-xiaoguang', 'wang-peng'])
		);
	});

	it('attributes the points to the people the story cards name', () => {
		expect(citing('p24').map((leaf) => leaf.speaker)).toEqual(['wang-zhongyuan']);
		expect(citing('p26').map((leaf) => leaf.speaker)).toEqual(['wu-jiaji']);
		expect(citing('p30').map((leaf) => leaf.speaker)).toEqual(['xu-jinbo']);
		expect(citing('p31').map((leaf) => leaf.speaker)).toEqual(['wang-peng']);
		expect(citing('p42').map((leaf) => leaf.speaker)).toEqual(['hu-xiaoguang']);
		expect(citing('p51').map((leaf) => leaf.speaker)).toEqual(['wang-zhongyuan']);
		expect(citing('p41').map((leaf) => leaf.speaker)).toEqual(['xu-jinbo']);
		expect(new Set(childrenOf('technical').map((leaf) => leaf.speaker))).toEqual(new Set(['qian-weiqi']));
	});
});

// The article is copyrighted, so it is not in the repository; where the shared copy is present, every quote is checked against it.
const articlePath = sharedFile('source/article.paragraphs.tsv');
describe.runIf(existsSync(articlePath))('challenges data: quotes against the article', () => {
	// Read inside the test: a skipped suite's body still runs to collect its tests.
	const readParagraphs = () =>
		new Map(
			readFileSync(articlePath, 'utf8')
				.split('\n')
				.filter(Boolean)
				.map((line) => line.split('\t') as [string, string])
		);
	/** The source text carries Simplified-to-Traditional conversion variants and ASCII punctuation; the data file corrects both. */
	const variants: Record<string, string> = {
		爲: '為',
		衆: '眾',
		着: '著',
		啓: '啟',
		羣: '群',
		揹: '背',
		覈: '核',
		鬍: '胡',
		'，': ',',
		'：': ':',
		'「': '“',
		'」': '”'
	};
	const normalise = (text: string) => [...text].map((char) => variants[char] ?? char).join('');

	it('finds every leaf quote verbatim in one of its source paragraphs', () => {
		const paragraphs = readParagraphs();
		for (const leaf of leaves(data.nodes)) {
			const texts = paragraphIds(leaf.source).map((id) => normalise(paragraphs.get(id) ?? ''));
			expect(
				texts.some((text) => text.includes(normalise(leaf.quote_zh))),
				leaf.id
			).toBe(true);
		}
	});
});

describe('challenges data: validation', () => {
	it('accepts the minimal fixture', () => {
		expect(loadChallenges(fixture(validRows), tables).nodes).toHaveLength(validRows.length);
	});

	it('rejects a duplicate id', () => {
		const error = loadError(withRow(7, 'technical,ecosystem,Open platforms,開放,hu-xiaoguang,p42,reported,開放,open'));
		expect([error.row, error.column]).toEqual([9, 'id']);
		expect(error.reason).toMatch(/duplicate/);
	});

	it('rejects a parent that is not an id in the file', () => {
		const error = loadError(withRow(7, 'open,ecosystems,Open platforms,開放,hu-xiaoguang,p42,reported,開放,open'));
		expect([error.file, error.row, error.column]).toEqual(['challenges.csv', 9, 'parent']);
		expect(error.reason).toMatch(/unknown parent id "ecosystems"/);
	});

	it('rejects a second root', () => {
		const error = loadError(withRow(3, 'remedies,,Remedies,對策,,p33,,,'));
		expect([error.row, error.column]).toEqual([5, 'parent']);
		expect(error.reason).toMatch(/second root/);
	});

	it('rejects a file without a root', () => {
		const error = loadError(withRow(0, 'root,open,Root,根,,p1,,,'));
		expect(error.column).toBe('parent');
	});

	it('rejects a cycle, naming the loop', () => {
		const rows = [...validRows, 'loop-a,loop-b,A,甲,,p1,,,', 'loop-b,loop-a,B,乙,,p1,,,'];
		const error = loadError(fixture(rows));
		expect([error.row, error.column]).toEqual([10, 'parent']);
		expect(error.reason).toBe('cycle: loop-a → loop-b → loop-a');
	});

	it('rejects a speaker who is not in people.csv', () => {
		const error = loadError(withRow(7, 'open,ecosystem,Open platforms,開放,hu-xiao-guang,p42,reported,開放,open'));
		expect([error.row, error.column]).toEqual([9, 'speaker']);
		expect(error.reason).toMatch(/unknown speaker id .*"hu-xiao-guang"/);
	});

	it('rejects a row without a source', () => {
		const error = loadError(withRow(4, 'technical,remedies,Technical,技術,,,,,'));
		expect([error.row, error.column]).toEqual([6, 'source']);
		expect(error.reason).toMatch(/missing source/);
	});

	it('rejects a paragraph id the article does not have', () => {
		const error = loadError(withRow(5, 'architectures,technical,Architectures,架構,qian-weiqi,p35 p99,reported,模型架構,architectures'));
		expect([error.row, error.column]).toEqual([7, 'source']);
		expect(error.reason).toMatch(/unknown paragraph id "p99"/);
	});

	it('rejects a leaf without a speaker, and a branch with one', () => {
		expect(loadError(withRow(7, 'open,ecosystem,Open platforms,開放,,p42,reported,開放,open')).column).toBe('speaker');
		expect(loadError(withRow(4, 'technical,remedies,Technical,技術,qian-weiqi,p35,,,')).column).toBe('speaker');
	});

	it('rejects a leaf without a quote, and a branch with one', () => {
		expect(loadError(withRow(7, 'open,ecosystem,Open platforms,開放,hu-xiaoguang,p42,reported,,open')).column).toBe('quote_zh');
		expect(loadError(withRow(7, 'open,ecosystem,Open platforms,開放,hu-xiaoguang,p42,,開放,open')).column).toBe('quote_kind');
		expect(loadError(withRow(4, 'technical,remedies,Technical,技術,,p35,,,a quote')).column).toBe('quote_en');
	});

	it('rejects a quote kind other than direct or reported', () => {
		expect(loadError(withRow(7, 'open,ecosystem,Open platforms,開放,hu-xiaoguang,p42,paraphrase,開放,open')).column).toBe('quote_kind');
	});

	it('rejects an English label longer than 40 characters', () => {
		const error = loadError(withRow(7, `open,ecosystem,${'x'.repeat(41)},開放,hu-xiaoguang,p42,reported,開放,open`));
		expect([error.row, error.column]).toEqual([9, 'label_en']);
	});

	it('rejects a file that lacks a branch the steps reveal', () => {
		const rows = validRows.map((row) => row.replaceAll('ecosystem', 'community'));
		expect(loadError(fixture(rows)).reason).toMatch(/"ecosystem"/);
	});
});

describe('challenges state', () => {
	const stateAt = (key: (typeof challengeSteps)[number]) => challengesState(data, challengeSteps.indexOf(key));
	const withEmphasis = (state: ReturnType<typeof challengesState>, emphasis: string) =>
		new Set(Object.entries(state.emphasis).flatMap(([id, value]) => (value === emphasis ? [id] : [])));
	const leafIds = (predicate: (node: ChallengeNode) => boolean) =>
		new Set(
			leaves(data.nodes)
				.filter(predicate)
				.map((node) => node.id)
		);

	it('has the story’s step keys, in order', () => {
		expect(challenges.steps).toEqual(['challenges', 'technical', 'ecosystem', 'voices']);
		expect(challenges.summaryStep).toBe(3);
	});

	it('gives every node an emphasis at every step: nothing is hidden', () => {
		for (let step = 0; step < challengeSteps.length; step += 1) {
			expect(Object.keys(challengesState(data, step).emphasis).sort()).toEqual(data.nodes.map((node) => node.id).sort());
		}
	});

	it('"challenges": the challenge points (¶22–36 before the remedies) in full, the remedies not reached yet', () => {
		const state = stateAt('challenges');
		const focus = withEmphasis(state, 'focus');
		for (const paragraph of ['p24', 'p26', 'p30', 'p31']) for (const leaf of citing(paragraph)) expect(focus.has(leaf.id), leaf.id).toBe(true);
		expect(withEmphasis(state, 'seen').size).toBe(0);
		expect(withEmphasis(state, 'ahead')).toEqual(new Set(data.nodes.filter((node) => !focus.has(node.id)).map((node) => node.id)));
		expect(withEmphasis(state, 'ahead').has('remedies')).toBe(true);
	});

	it('"technical": Qian Weiqi’s remedies (¶35–37) in full, the challenges read, the ecosystem still ahead', () => {
		const state = stateAt('technical');
		const focusLeaves = [...withEmphasis(state, 'focus')].filter((id) => leafIds(() => true).has(id));
		const qianRemedies = ['p35', 'p36', 'p37'].flatMap((paragraph) => citing(paragraph)).filter((leaf) => isUnder(leaf, 'remedies'));
		expect(new Set(focusLeaves)).toEqual(new Set(qianRemedies.map((leaf) => leaf.id)));
		expect(new Set(qianRemedies.map((leaf) => leaf.speaker))).toEqual(new Set(['qian-weiqi']));
		expect(withEmphasis(state, 'focus').has('remedies')).toBe(true);
		for (const leaf of citing('p24')) expect(state.emphasis[leaf.id]).toBe('seen');
		for (const leaf of citing('p42')) expect(state.emphasis[leaf.id]).toBe('ahead');
	});

	it('"ecosystem": the points of Hu Xiaoguang, BAAI and Xu Jinbo’s training (¶40–52) in full, the rest read', () => {
		const state = stateAt('ecosystem');
		const expected = new Set(['p42', 'p48', 'p51', 'p40'].flatMap((paragraph) => citing(paragraph).map((leaf) => leaf.id)));
		const focusLeaves = new Set([...withEmphasis(state, 'focus')].filter((id) => leafIds(() => true).has(id)));
		expect(focusLeaves).toEqual(expected);
		expect(withEmphasis(state, 'ahead').size).toBe(0);
	});

	it('"voices": the whole tree in full, with the speakers as the point', () => {
		const state = stateAt('voices');
		expect(withEmphasis(state, 'focus').size).toBe(data.nodes.length);
		expect(state.voices).toBe(true);
		expect([0, 1, 2].map((step) => challengesState(data, step).voices)).toEqual([false, false, false]);
	});

	it('clamps any step to one the chart has', () => {
		expect(challengesState(data, -3)).toEqual(challengesState(data, 0));
		expect(challengesState(data, 99)).toEqual(challengesState(data, 3));
		expect(challengesState(data, 1.7)).toEqual(challengesState(data, 1));
		expect(challengesState(data, Number.NaN)).toEqual(challengesState(data, 0));
	});

	it('is pure: jumping to a step equals walking to it, and the data is untouched', () => {
		const before = JSON.stringify(data);
		const walked = challengeSteps.map((_, step) => challengesState(data, step));
		expect(challengesState(data, 2)).toEqual(walked[2]);
		expect(challengesState(structuredClone(data) as ChallengesData, 2)).toEqual(walked[2]);
		expect(JSON.stringify(data)).toBe(before);
	});
});

describe('challenges speakers and tones', () => {
	it('marks each speaker with distinct initials', () => {
		const marks = speakerMarks(data.speakers, 'en');
		expect(marks.get('wang-zhongyuan')?.initials).toBe('WZ');
		expect(new Set([...marks.values()].map((mark) => mark.initials)).size).toBe(data.speakers.length);
	});

	it('lengthens initials that two speakers would share', () => {
		const wang = tables.people.get('wang-zhongyuan')!;
		const namesake = { ...wang, id: 'wang-zhao', name_pinyin: 'Wang Zhao' };
		const marks = speakerMarks([wang, namesake], 'en');
		expect([marks.get('wang-zhongyuan')?.initials, marks.get('wang-zhao')?.initials]).toEqual(['WZh', 'WZh']);
	});

	it('tones each node by its main branch', () => {
		const toneOf = tones(data.nodes);
		expect(toneOf.get('going-live')).toBe('root');
		expect(toneOf.get('combined-skills')).toBe('challenge');
		expect(toneOf.get('no-chimneys')).toBe('remedy');
	});
});

describe('challenges table', () => {
	const table = challengesTable(data, challengesMessages.en, 'en');

	it('has a row for every node, with its source', () => {
		expect(table.rows).toHaveLength(data.nodes.length);
		for (const row of table.rows) expect(row.source).toMatch(/¶\d+/);
	});

	it('names the speaker with role and affiliation, and tells direct quotes from reported speech', () => {
		const row = table.rows[data.nodes.indexOf(byId('adoption-risk'))];
		expect(row.speaker).toContain('Wang Zhongyuan (王仲遠)');
		expect(row.speaker).toContain('Beijing Academy of Artificial Intelligence');
		expect(row.quote).toMatch(/^“/);
		expect(table.rows[data.nodes.indexOf(byId('skills-renewal'))].quote).toMatch(/^Reported/);
		expect(table.rows[data.nodes.indexOf(byId('combined-skills'))].branch).toBe('Scientific models in use › Challenges › Scarce talent');
	});
});
