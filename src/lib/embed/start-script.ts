/**
 * The embed's first script as written into its head: the build's bundled
 * start script, which the page's policy allows by its hash, told how many
 * steps the chart has, which one shows the whole picture and where the
 * chart's own script is.
 */
export function embedStartTag({ stepCount, summaryStep, chartScript }: { stepCount: number; summaryStep: number; chartScript: string }): string {
	return `<script data-step-count="${stepCount}" data-summary-step="${summaryStep}" data-page-client="${chartScript}">${__EMBED_START_SCRIPT__}</script>`;
}
