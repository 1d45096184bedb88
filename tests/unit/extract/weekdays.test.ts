import { P, ruleTable } from './cases';

ruleTable('weekday rules', [
	['Police said the bomb exploded Friday.', P, [{ text: 'Friday', value: '2024-07-05' }]],
	['The attack happened on Tuesday.', P, [{ text: 'Tuesday', value: '2024-07-02' }]],
	['The talks will resume on Tuesday.', P, [{ text: 'Tuesday', value: '2024-07-09' }]],
	["Reuters reported Monday's attack", P, [{ text: 'Monday', value: '2024-07-01' }]],
	['last Friday', P, [{ text: 'last Friday', value: '2024-06-28' }]],
	['The ruling, announced Wednesday, will be appealed.', P, [{ text: 'Wednesday', value: '2024-07-03' }]],
	['On Tuesday, the league will hold a rally.', P, [{ text: 'Tuesday', value: '2024-07-09' }]],
	['On Tuesday, the league held a rally.', P, [{ text: 'Tuesday', value: '2024-07-02' }]],
	[
		'The market fell on Oct. 13 and rose the following Monday.',
		P,
		[
			{ text: 'Oct. 13', value: '2023-10-13' },
			{ text: 'the following Monday', value: '2023-10-16' }
		]
	]
]);
