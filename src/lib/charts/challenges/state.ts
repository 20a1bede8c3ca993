import { clampStep } from '../types';
import { revealedBranches, type ChallengeNode, type ChallengesData } from './data';

export const challengeSteps = ['challenges', 'technical', 'ecosystem', 'voices'] as const;
export type ChallengeStep = (typeof challengeSteps)[number];

/** How a node is drawn at a step: in full, faded (already read), or faintest (not reached yet). */
export type Emphasis = 'focus' | 'seen' | 'ahead';

export interface ChallengesState {
	step: number;
	key: ChallengeStep;
	/** Every node's emphasis, by id: nothing is ever hidden. */
	emphasis: Record<string, Emphasis>;
	/** The branch the step is about (its id in the data), or null where it is about the whole tree. */
	branch: string | null;
	/** Whether the speaker marks are the point of the step. */
	voices: boolean;
}

/** A node and everything under it. */
function subtree(nodes: readonly ChallengeNode[], rootId: string): Set<string> {
	const ids = new Set([rootId]);
	for (let grew = true; grew;) {
		grew = false;
		for (const node of nodes) {
			if (node.parent !== null && ids.has(node.parent) && !ids.has(node.id)) {
				ids.add(node.id);
				grew = true;
			}
		}
	}
	return ids;
}

function ancestors(nodes: readonly ChallengeNode[], id: string): string[] {
	const parentOf = new Map(nodes.map((node) => [node.id, node.parent]));
	const path: string[] = [];
	for (let at = parentOf.get(id) ?? null; at !== null; at = parentOf.get(at) ?? null) path.push(at);
	return path;
}

/**
 * The first three steps each reveal one branch (named by its id in the data):
 * that branch and its path to the root in full, branches already read faded,
 * branches still to come (and the path to them) faintest. The last step shows the whole tree with its speakers.
 */
export function challengesState(data: ChallengesData, step: number): ChallengesState {
	const index = clampStep(step, challengeSteps.length);
	const key = challengeSteps[index];
	const branchIndex = (revealedBranches as readonly string[]).indexOf(key);
	const emphasis: Record<string, Emphasis> = Object.fromEntries(data.nodes.map((node) => [node.id, 'focus' as Emphasis]));
	if (branchIndex >= 0) {
		const focused = subtree(data.nodes, key);
		for (const id of ancestors(data.nodes, key)) focused.add(id);
		const ahead = new Set(
			revealedBranches.slice(branchIndex + 1).flatMap((branch) => [...subtree(data.nodes, branch), ...ancestors(data.nodes, branch)])
		);
		for (const node of data.nodes) {
			emphasis[node.id] = focused.has(node.id) ? 'focus' : ahead.has(node.id) ? 'ahead' : 'seen';
		}
	}
	return { step: index, key, emphasis, branch: branchIndex >= 0 ? key : null, voices: key === 'voices' };
}
