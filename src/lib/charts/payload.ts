/**
 * JSON safe to write inside a <script> element: no "<" can close the element
 * or open a comment, and the two line separators JavaScript once refused are
 * escaped too. JSON.parse reads it back unchanged.
 */
export function jsonForScript(value: unknown): string {
	return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
