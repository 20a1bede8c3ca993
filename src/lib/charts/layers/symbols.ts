import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, type SymbolType } from 'd3-shape';

/** Shapes that carry a category alongside colour, so colour is never the only cue. */
export const shapes = { circle: symbolCircle, square: symbolSquare, diamond: symbolDiamond, triangle: symbolTriangle } satisfies Record<
	string,
	SymbolType
>;
export type ShapeName = keyof typeof shapes;

/** An SVG path centred on 0,0 whose area matches a circle of the given radius. */
export function shapePath(shape: ShapeName, radius: number): string {
	return symbol(shapes[shape], Math.PI * radius * radius)() ?? '';
}
