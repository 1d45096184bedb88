import { P, ruleTable } from './cases';

ruleTable('relative date rules', [
	['today', P, [{ text: 'today', value: '2024-07-05' }]],
	// A newspaper's name, not a day; a sentence that begins with the day after an abbreviation still dates.
	['moderated by USA Today Washington Bureau Chief Susan Page', P, []],
	['imports into the U.S. Today, tariffs are higher.', P, [{ text: 'Today', value: '2024-07-05' }]],
	['yesterday', P, [{ text: 'yesterday', value: '2024-07-04' }]],
	['last week', P, [{ text: 'last week', value: '2024-W26', edtf: '2024-06-24/2024-06-30' }]],
	['last month', P, [{ text: 'last month', value: '2024-06' }]],
	['next year', P, [{ text: 'next year', value: '2025' }]],
	['two years ago', P, [{ text: 'two years ago', value: '2022' }]],
	['three days ago', P, [{ text: 'three days ago', value: '2024-07-02' }]],
	['several years ago', P, [{ text: 'several years ago', value: 'PAST_REF' }]],
	['earlier this year', P, [{ text: 'earlier this year', value: '2024' }]],
	['early next year', P, [{ text: 'early next year', value: '2025', mod: 'START' }]],
	[
		'Profit rose in the third quarter from $5 million a year earlier.',
		'1989-11-02',
		[
			{ text: 'the third quarter', value: '1989-Q3' },
			{ text: 'a year earlier', value: '1988-Q3' }
		]
	],
	['over the weekend', P, [{ text: 'the weekend', value: '2024-W26-WE' }]],
	['He flew in 1965. Ten years later he commanded Soyuz 19.', P, [{ text: '1965' }, { text: 'Ten years later', value: '1975' }]],
	['The storm hit on March 3, 2019. The following day, crews arrived.', P, [{ text: 'March 3, 2019' }, { text: 'The following day', value: '2019-03-04' }]],
	['Prices fell in 1987. Trades made that day lost.', P, [{ text: '1987' }, { text: 'that day', value: '2024-07-05' }]]
]);
