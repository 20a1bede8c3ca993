import type { WrittenLocale } from './locale';

/**
 * The site's own words around the story and charts. Messages are data, not
 * code, so the Simplified edition can be generated from the Traditional one on
 * the server and sent to the browser ready to use.
 */
export interface UiMessages {
	published: string;
	/** The heading of the story's opening panel (for screen readers: the tiles speak for themselves on screen). */
	glance: string;
	editions: string;
	showTable: string;
	getData: string;
	csvHint: string;
	jsonHint: string;
	pngLabel: string;
	pngHint: string;
	svgLabel: string;
	svgHint: string;
	everything: string;
	everythingHint: string;
	sizeKb: string;
	embed: string;
	embedTitle: string;
	embedIntro: string;
	embedOpensOn: string;
	embedStepOption: string;
	embedCode: string;
	copyCode: string;
	copied: string;
	copyBlocked: string;
	preview: string;
	close: string;
	chartSteps: string;
	previousStep: string;
	nextStep: string;
	stepCount: string;
	readStory: string;
	citeParagraph: string;
	citeReference: string;
	citeReferenceShort: string;
	detailsSource: string;
	detailsConfidence: string;
	closeDetails: string;
	linkToStep: string;
	notFoundTitle: string;
	notFoundText: string;
	notFoundLink: string;
}

export const uiMessages: Record<WrittenLocale, UiMessages> = {
	en: {
		published: 'Published',
		glance: 'At a glance',
		editions: 'Read in',
		showTable: 'Show the data as a table',
		getData: 'Get the data',
		csvHint: 'spreadsheet (Excel, Numbers, LibreOffice)',
		jsonHint: 'with column descriptions and sources',
		pngLabel: 'Image (PNG)',
		pngHint: 'the chart with its title and source, 1200 × 675',
		svgLabel: 'Image (SVG)',
		svgHint: 'the same, as a vector file to edit',
		everything: 'Everything',
		everythingHint: 'all four charts, a data package and a README, zip',
		sizeKb: '{kb} KB',
		embed: 'Embed',
		embedTitle: 'Embed this chart',
		embedIntro: 'Paste this where the chart should appear. The chart sizes itself; without the script it still shows in full at a fixed height.',
		embedOpensOn: 'Opens on',
		embedStepOption: 'Step {n}: {text}…',
		embedCode: 'Embed code',
		copyCode: 'Copy code',
		copied: 'Copied to the clipboard.',
		copyBlocked: 'Copying was blocked: select the code and copy it.',
		preview: 'Preview the embed',
		close: 'Close',
		chartSteps: 'Chart steps',
		previousStep: 'Previous step',
		nextStep: 'Next step',
		stepCount: 'Step {n} of {total}',
		readStory: 'Read the full story: {headline}',
		citeParagraph: 'source article, paragraph {n}',
		citeReference: 'reference source',
		citeReferenceShort: 'ref',
		detailsSource: 'Source',
		detailsConfidence: 'Confidence',
		closeDetails: 'Close the details',
		linkToStep: 'Link to this step',
		notFoundTitle: 'Page not found',
		notFoundText: 'There is nothing at this address. The story about scientific foundation models starts on the front page.',
		notFoundLink: 'Read the story'
	},
	'zh-hant': {
		published: '發佈於',
		glance: '重點一覽',
		editions: '其他版本',
		showTable: '以表格檢視資料',
		getData: '下載資料',
		csvHint: '試算表（Excel、Numbers、LibreOffice）',
		jsonHint: '附欄位說明與來源',
		pngLabel: '圖片（PNG）',
		pngHint: '含標題與來源的圖表，1200×675',
		svgLabel: '圖片（SVG）',
		svgHint: '同一張圖的向量檔，可再編輯',
		everything: '全部資料',
		everythingHint: '四張圖表的資料、資料包與說明文件，zip壓縮檔',
		sizeKb: '{kb} KB',
		embed: '嵌入',
		embedTitle: '嵌入這張圖表',
		embedIntro: '把這段程式碼貼到要放圖表的位置。圖表會自動調整高度；沒有指令碼時，也會以固定高度完整顯示。',
		embedOpensOn: '開啟時顯示',
		embedStepOption: '第{n}步：{text}…',
		embedCode: '嵌入程式碼',
		copyCode: '複製程式碼',
		copied: '已複製到剪貼簿。',
		copyBlocked: '無法自動複製，請選取程式碼後手動複製。',
		preview: '預覽嵌入效果',
		close: '關閉',
		chartSteps: '圖表步驟',
		previousStep: '上一步',
		nextStep: '下一步',
		stepCount: '第{n}步，共{total}步',
		readStory: '閱讀全文：{headline}',
		citeParagraph: '原文第{n}段',
		citeReference: '參考來源',
		citeReferenceShort: '來源',
		detailsSource: '來源',
		detailsConfidence: '可信度',
		closeDetails: '關閉說明',
		linkToStep: '連結到這一步',
		notFoundTitle: '找不到這個頁面',
		notFoundText: '這個網址沒有內容。關於科學大模型的報導從首頁開始。',
		notFoundLink: '閱讀報導'
	}
};
