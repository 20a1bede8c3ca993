/** How big each of a chart's downloads is, so the menu can say so before the click. */
export interface DownloadSizes {
	csv: number;
	json: number;
	png: number;
	svg: number;
	bundle: number;
	bundleName: string;
}
