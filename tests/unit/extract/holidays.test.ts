import { P, ruleTable } from './cases';

ruleTable('holiday rules', [
	['They married on Christmas Eve.', P, [{ text: 'Christmas Eve', value: '2023-12-24' }]],
	['at Easter 2019', P, [{ text: 'Easter 2019', value: '2019-04-21' }]],
	['Good Friday 2024', P, [{ text: 'Good Friday 2024', value: '2024-03-29' }]],
	['by next Thanksgiving', P, [{ text: 'next Thanksgiving', value: '2024-11-28' }]],
	['a Christmas tree', P, []],
	['from now to Election Day', '1998-10-26', [{ text: 'now' }, { text: 'Election Day', value: '1998-11-03' }]],
	['a world changed since 9/11', P, [{ text: '9/11', value: '2001-09-11', edtf: '2001-09-11/..' }]]
]);
