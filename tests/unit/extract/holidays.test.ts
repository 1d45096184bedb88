import { P, ruleTable } from './cases';

ruleTable('holiday rules', [
	['They married on Christmas Eve.', P, [{ text: 'Christmas Eve', value: '2023-12-24' }]],
	['at Easter 2019', P, [{ text: 'Easter 2019', value: '2019-04-21' }]],
	['Good Friday 2024', P, [{ text: 'Good Friday 2024', value: '2024-03-29' }]],
	['by next Thanksgiving', P, [{ text: 'next Thanksgiving', value: '2024-11-28' }]],
	['a Christmas tree', P, []],
	['from now to Election Day', '1998-10-26', [{ text: 'now' }, { text: 'Election Day', value: '1998-11-03' }]],
	// Unqualified, it is the federal one, of an even year: in March 2020, 2020's, not the nearer 2019's.
	['polls show a close race on Election Day', '2020-03-04', [{ text: 'Election Day', value: '2020-11-03' }]],
	['results came in after Election Day', '2021-01-10', [{ text: 'Election Day', value: '2020-11-03' }]],
	['the governor lost on Election Day 2019', '2020-03-04', [{ text: 'Election Day 2019', value: '2019-11-05' }]],
	['a world changed since 9/11', P, [{ text: '9/11', value: '2001-09-11', edtf: '2001-09-11/..' }]]
]);
