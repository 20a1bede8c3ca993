import type { ShapeName } from '../layers/symbols';
import type { ChallengeNode } from './data';

export type Tone = 'root' | 'challenge' | 'remedy';

/** Challenges and remedies differ by marker shape as well as colour. */
export const toneShape: Record<Tone, ShapeName> = { root: 'square', challenge: 'triangle', remedy: 'circle' };

/** Each node's tone, from the main branch it sits under: `challenges` (an id the loader requires) or any other. */
export function tones(nodes: readonly ChallengeNode[]): Map<string, Tone> {
	const parentOf = new Map(nodes.map((node) => [node.id, node.parent]));
	const mainBranch = (id: string): string => {
		const parent = parentOf.get(id) ?? null;
		return parent === null || parentOf.get(parent) === null ? id : mainBranch(parent);
	};
	return new Map(nodes.map((node) => [node.id, node.parent === null ? 'root' : mainBranch(node.id) === 'challenges' ? 'challenge' : 'remedy']));
}
