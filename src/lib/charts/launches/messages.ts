import type { WrittenLocale } from '$lib/i18n/locale';

export interface LaunchesMessages {
	lanes: Record<'platform' | 'life' | 'matter' | 'earth', string>;
	kinds: Record<'launch' | 'founding' | 'milestone' | 'statistic', string>;
	confidence: Record<'confirmed' | 'likely' | 'unconfirmed', string>;
	article: string;
	context: string;
	monthSpan: string;
	/** Template: {date}. */
	articleDate: string;
	/** Template for the details card: {date}. */
	articleDateFact: string;
	/** Template for a direct label: {name}, {date}, {caveat}. */
	label: string;
	caveat: string;
	columns: Record<'date' | 'event' | 'organisation' | 'field' | 'kind' | 'provenance' | 'confidence' | 'source', string>;
}

export const launchesMessages: Record<WrittenLocale, LaunchesMessages> = {
	en: {
		lanes: { platform: 'Institutes', life: 'Life sciences', matter: 'Matter', earth: 'Earth & weather' },
		kinds: { launch: 'Model launch', founding: 'Founding', milestone: 'Milestone', statistic: 'Statistic' },
		confidence: { confirmed: 'confirmed', likely: 'likely', unconfirmed: 'unconfirmed' },
		article: 'In the article',
		context: 'Outside context',
		monthSpan: 'Bar: known only to the month',
		articleDate: 'the article says {date}',
		articleDateFact: 'The article says {date}',
		label: '{name}, {date}{caveat}',
		caveat: ' ({text})',
		columns: {
			date: 'Date',
			event: 'Event',
			organisation: 'Organisation',
			field: 'Field',
			kind: 'Kind',
			provenance: 'In the article?',
			confidence: 'Confidence',
			source: 'Source'
		}
	},
	'zh-hant': {
		lanes: { platform: '研究機構', life: '生命科學', matter: '物質', earth: '地球與天氣' },
		kinds: { launch: '模型發佈', founding: '成立', milestone: '里程碑', statistic: '統計' },
		confidence: { confirmed: '已證實', likely: '可能', unconfirmed: '未經證實' },
		article: '原文提及',
		context: '外部背景',
		monthSpan: '橫條：僅知月份',
		articleDate: '原文稱{date}',
		articleDateFact: '原文稱{date}',
		label: '{name}，{date}{caveat}',
		caveat: '（{text}）',
		columns: {
			date: '日期',
			event: '事件',
			organisation: '機構',
			field: '領域',
			kind: '類型',
			provenance: '原文提及？',
			confidence: '可信度',
			source: '來源'
		}
	}
};
