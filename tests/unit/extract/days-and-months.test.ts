import { P, ruleTable } from './cases';

ruleTable('day and month rules', [
	['In March, IS-K fighters carried out an attack', P, [{ text: 'March', value: '2024-03' }]],
	['elections are due in December', P, [{ text: 'December', value: '2024-12' }]],
	['The party won in December.', P, [{ text: 'December', value: '2023-12' }]],
	['in March 2024', P, [{ text: 'March 2024', value: '2024-03' }]],
	['in June of last year', P, [{ text: 'June of last year', value: '2023-06' }]],
	[
		'She began her protest on August 20, 2018. That September, the movement launched. That May, it grew.',
		'2019-12-14',
		[
			{ text: 'August 20, 2018', value: '2018-08-20' },
			{ text: 'That September', value: '2018-09' },
			{ text: 'That May', value: '2019-05' }
		]
	],
	['Theresa May said', P, []],
	['since May', P, [{ text: 'May', value: '2024-05', edtf: '2024-05/..' }]],
	['They will stay until May.', P, [{ text: 'May', value: '2025-05', edtf: '../2025-05' }]],
	['He was shot to death last Oct. 23 at his home.', P, [{ text: 'last Oct. 23', value: '2023-10-23' }]],
	['The talks stalled in mid-November.', P, [{ text: 'mid-November', value: '2023-11', mod: 'MID', edtf: '2023-11-11/2023-11-20' }]],
	['payable by mid-November', P, [{ text: 'mid-November', value: '2024-11' }]],
	['Thursday, January 24, 2019', P, [{ text: 'Thursday, January 24, 2019', value: '2019-01-24' }]],
	['on 22 March 2024', P, [{ text: '22 March 2024', value: '2024-03-22' }]],
	['on March 22', P, [{ text: 'March 22', value: '2024-03-22' }]],
	['Markets fell on Sept. 11.', P, [{ text: 'Sept. 11', value: '2023-09-11' }]],
	['on Jan. 2, 2020', P, [{ text: 'Jan. 2, 2020', value: '2020-01-02' }]],
	['this coming Sunday, March eighth', '1998-03-05', [{ text: 'this coming Sunday, March eighth', value: '1998-03-08' }]],
	['In January, a week after the vote, a bomb killed two.', '1998-10-25', [{ text: 'January', value: '1998-01' }, { text: 'a week' }]],
	['He gave no reason for the Jan. 14 deadline.', '2000-01-05', [{ text: 'Jan. 14', value: '2000-01-14' }]],
	['on 2019-01-24', P, [{ text: '2019-01-24', value: '2019-01-24' }]],
	['The offer was extended to Nov. 20.', '1989-11-03', [{ text: 'Nov. 20', value: '1989-11-20' }]],
	['He resigned in March.', '1989-11-03', [{ text: 'March', value: '1989-03' }]],
	['on 24.01.2019', P, [{ text: '24.01.2019', value: '2019-01-24' }]],
	['on 1/24/2019', P, [{ text: '1/24/2019', value: '2019-01-24' }]],
	[
		'the summit on April 24 and 25',
		'1999-02-10',
		[
			{ text: 'April 24', value: '1999-04-24' },
			{ text: '25', value: '1999-04-25' }
		]
	],
	[
		'on March 3–5, 2019',
		P,
		[
			{ text: 'March 3', value: '2019-03-03' },
			{ text: '5, 2019', value: '2019-03-05' }
		]
	],
	['The boy should go home by Jan. 14, the agency decided.', '2000-01-05', [{ text: 'Jan. 14', value: '2000-01-14' }]]
]);
