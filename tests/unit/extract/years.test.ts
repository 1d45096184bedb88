import { P, ruleTable } from './cases';

ruleTable('year rules', [
	['banned in Russia since 2003', P, [{ text: '2003', value: '2003', edtf: '2003/..' }]],
	['the U.S. withdrawal in 2021', P, [{ text: '2021', value: '2021', edtf: '2021' }]],
	['in fiscal 1998 the company', P, [{ text: 'fiscal 1998', value: '1998' }]],
	['the class of ’98', P, [{ text: '’98', value: '1998' }]],
	['it sent 1500 troops and $2003 in aid', P, []],
	['the invasion of Afghanistan in the 1980s', P, [{ text: 'the 1980s', value: '198', edtf: '198X' }]],
	['in the early 1980s', P, [{ text: 'the early 1980s', value: '198', mod: 'START', edtf: '1980/1983' }]],
	['music of the ’60s', P, [{ text: 'the ’60s', value: '196' }]],
	['the 20th century', P, [{ text: 'the 20th century', value: '19', edtf: '19XX' }]],
	['the twenty-first century', P, [{ text: 'the twenty-first century', value: '20' }]],
	[
		'from 1963 to 1974',
		P,
		[
			{ text: '1963', value: '1963' },
			{ text: '1974', value: '1974' }
		]
	],
	['between 2009 and 2010', P, [{ text: '2009' }, { text: '2010' }]],
	[
		'the war of 1979–1989',
		P,
		[
			{ text: '1979', value: '1979' },
			{ text: '1989', value: '1989' }
		]
	],
	[
		'in 1979-89',
		P,
		[
			{ text: '1979', value: '1979' },
			{ text: '89', value: '1989' }
		]
	]
]);
