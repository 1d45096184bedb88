/**
 * The categories a draft suggests, and the words that suggest each. A table, so that it can be read and
 * extended on its own; `categorise` counts each category's words in a clause and then its sentence.
 */

export interface CategoryRule {
	id: string;
	label: string;
	/** Word stems: a word of the text matches a stem it begins with; a stem ending in "=" only the word itself or its plural ("war=" is not "Warren"). */
	stems: readonly string[];
}

export const CATEGORY_RULES: readonly CategoryRule[] = [
	{
		id: 'conflict',
		label: 'Conflict',
		stems: [
			'attack',
			'war=',
			'invasion',
			'invade',
			'fighter',
			'troop',
			'soldier',
			'militar',
			'bomb',
			'missile',
			'strike',
			'killed',
			'killing',
			'shot',
			'shell',
			'insurg',
			'militant',
			'terror',
			'battle',
			'offensive',
			'ceasefire',
			'seiz',
			'assault',
			'army'
		]
	},
	{
		id: 'law',
		label: 'Law',
		stems: [
			'court',
			'ban=',
			'banned',
			'law',
			'legal',
			'ruling',
			'ruled',
			'judge',
			'trial',
			'sentenc',
			'convict',
			'charged',
			'arrest',
			'police',
			'prosecut',
			'lawsuit',
			'illegal',
			'unlawful',
			'designat'
		]
	},
	{
		id: 'politics',
		label: 'Politics',
		stems: [
			'elect',
			'vote',
			'parliament',
			'congress',
			'government',
			'minister',
			'president',
			'prime',
			'party',
			'campaign',
			'power',
			'resign',
			'prorog',
			'senate',
			'referendum',
			'legislat',
			'representative',
			'cabinet',
			'brexit',
			'candida',
			'primar',
			'caucus',
			'race='
		]
	},
	{
		id: 'diplomacy',
		label: 'Diplomacy',
		stems: [
			'talks',
			'meeting',
			'summit',
			'visit',
			'treaty',
			'agreement',
			'accord',
			'relations',
			'ally',
			'allies',
			'remark',
			'embassy',
			'diplomat',
			'sanction',
			'recogni',
			'negotiat'
		]
	},
	{
		id: 'disaster',
		label: 'Disaster',
		stems: ['earthquake', 'quake', 'hurricane', 'storm', 'flood', 'fire', 'tsunami', 'landfall', 'eruption', 'drought', 'aftershock', 'tremor', 'evacuat', 'damage', 'destr']
	},
	{
		id: 'science',
		label: 'Science',
		stems: ['launch', 'space', 'orbit', 'rocket', 'astronaut', 'cosmonaut', 'scien', 'research', 'study', 'survey', 'population', 'species', 'spacecraft', 'dock']
	},
	{
		id: 'life',
		label: 'Life',
		stems: ['born', 'died', 'dies', 'death', 'funeral', 'buried', 'married', 'retire', 'graduat', 'award', 'honour', 'honor', 'career']
	},
	{
		id: 'economy',
		label: 'Economy',
		stems: ['econom', 'market', 'price', 'trade', 'tariff', 'bank', 'budget', 'tax', 'company', 'shares', 'invest', 'debt', 'inflation']
	}
];

/** Each rule's stems as one pattern for a whole word: a stem and anything after it, or a word and its plural. */
const PATTERNS = new Map(CATEGORY_RULES.map((rule) => [rule, new RegExp(`^(?:${rule.stems.map((stem) => (stem.endsWith('=') ? `${stem.slice(0, -1)}s?$` : stem)).join('|')})`)]));

function score(words: readonly string[], rule: CategoryRule): number {
	const pattern = PATTERNS.get(rule)!;
	let hits = 0;
	for (const word of words) if (pattern.test(word)) hits++;
	return hits;
}

/** The category whose words the clause holds most; then the sentence; else none. The earlier rule wins a tie. */
export function categorise(clause: string, sentence: string): { id: string; label: string } | undefined {
	for (const text of [clause, sentence]) {
		let best: CategoryRule | undefined;
		let bestScore = 0;
		const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
		for (const rule of CATEGORY_RULES) {
			const s = score(words, rule);
			if (s > bestScore) [best, bestScore] = [rule, s];
		}
		if (best) return { id: best.id, label: best.label };
	}
	return undefined;
}
