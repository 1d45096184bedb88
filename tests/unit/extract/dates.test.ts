import { describe, it } from 'vitest';
import { expectFinds, type Case } from './cases';

// Published Friday 5 July 2024, as the seed article.
const P = '2024-07-05';

describe('date rules', () => {
	const cases: Case[] = [
		// bare years, spelled years, two-digit years
		['banned in Russia since 2003', P, [{ text: '2003', value: '2003', edtf: '2003/..' }]],
		['the U.S. withdrawal in 2021', P, [{ text: '2021', value: '2021', edtf: '2021' }]],
		['in fiscal 1998 the company', P, [{ text: 'fiscal 1998', value: '1998' }]],
		['the winter of nineteen ninety-four', P, [{ text: 'the winter of nineteen ninety-four', value: '1994-WI' }]],
		['the class of ’98', P, [{ text: '’98', value: '1998' }]],
		['it sent 1500 troops and $2003 in aid', P, []],
		// decades and centuries
		['the invasion of Afghanistan in the 1980s', P, [{ text: 'the 1980s', value: '198', edtf: '198X' }]],
		['in the early 1980s', P, [{ text: 'the early 1980s', value: '198', mod: 'START', edtf: '1980/1983' }]],
		['music of the ’60s', P, [{ text: 'the ’60s', value: '196' }]],
		['the 20th century', P, [{ text: 'the 20th century', value: '19', edtf: '19XX' }]],
		['the twenty-first century', P, [{ text: 'the twenty-first century', value: '20' }]],
		// months with and without a year
		['In March, IS-K fighters carried out an attack', P, [{ text: 'March', value: '2024-03' }]],
		['elections are due in December', P, [{ text: 'December', value: '2024-12' }]],
		['The party won in December.', P, [{ text: 'December', value: '2023-12' }]],
		['in March 2024', P, [{ text: 'March 2024', value: '2024-03' }]],
		['in June of last year', P, [{ text: 'June of last year', value: '2023-06' }]],
		['Theresa May said', P, []],
		['since May', P, [{ text: 'May', value: '2024-05', edtf: '2024-05/..' }]],
		['They will stay until May.', P, [{ text: 'May', value: '2025-05', edtf: '../2025-05' }]],
		['He was shot to death last Oct. 23 at his home.', P, [{ text: 'last Oct. 23', value: '2023-10-23' }]],
		['The talks stalled in mid-November.', P, [{ text: 'mid-November', value: '2023-11', mod: 'MID', edtf: '2023-11-11/2023-11-20' }]],
		['payable by mid-November', P, [{ text: 'mid-November', value: '2024-11' }]],
		// days: American and British orders, weekdays, abbreviations, ordinal words
		['Thursday, January 24, 2019', P, [{ text: 'Thursday, January 24, 2019', value: '2019-01-24' }]],
		['on 22 March 2024', P, [{ text: '22 March 2024', value: '2024-03-22' }]],
		['on March 22', P, [{ text: 'March 22', value: '2024-03-22' }]],
		['Markets fell on Sept. 11.', P, [{ text: 'Sept. 11', value: '2023-09-11' }]],
		['on Jan. 2, 2020', P, [{ text: 'Jan. 2, 2020', value: '2020-01-02' }]],
		['this coming Sunday, March eighth', '1998-03-05', [{ text: 'this coming Sunday, March eighth', value: '1998-03-08' }]],
		['Police said the bomb exploded Friday.', P, [{ text: 'Friday', value: '2024-07-05' }]],
		['The attack happened on Tuesday.', P, [{ text: 'Tuesday', value: '2024-07-02' }]],
		['The talks will resume on Tuesday.', P, [{ text: 'Tuesday', value: '2024-07-09' }]],
		["Reuters reported Monday's attack", P, [{ text: 'Monday', value: '2024-07-01' }]],
		['last Friday', P, [{ text: 'last Friday', value: '2024-06-28' }]],
		// tense: the verb just before, the clause, a fronted date's main clause, abbreviations that end nothing
		['The ruling, announced Wednesday, will be appealed.', P, [{ text: 'Wednesday', value: '2024-07-03' }]],
		['On Tuesday, the league will hold a rally.', P, [{ text: 'Tuesday', value: '2024-07-09' }]],
		['On Tuesday, the league held a rally.', P, [{ text: 'Tuesday', value: '2024-07-02' }]],
		['In January, a week after the vote, a bomb killed two.', '1998-10-25', [{ text: 'January', value: '1998-01' }, { text: 'a week' }]],
		['He gave no reason for the Jan. 14 deadline.', '2000-01-05', [{ text: 'Jan. 14', value: '2000-01-14' }]],
		['on 2019-01-24', P, [{ text: '2019-01-24', value: '2019-01-24' }]],
		['on 24.01.2019', P, [{ text: '24.01.2019', value: '2019-01-24' }]],
		['on 1/24/2019', P, [{ text: '1/24/2019', value: '2019-01-24' }]],
		// relative to the publication date
		['today', P, [{ text: 'today', value: '2024-07-05' }]],
		['yesterday', P, [{ text: 'yesterday', value: '2024-07-04' }]],
		['last week', P, [{ text: 'last week', value: '2024-W26', edtf: '2024-06-24/2024-06-30' }]],
		['last month', P, [{ text: 'last month', value: '2024-06' }]],
		['next year', P, [{ text: 'next year', value: '2025' }]],
		['two years ago', P, [{ text: 'two years ago', value: '2022' }]],
		['three days ago', P, [{ text: 'three days ago', value: '2024-07-02' }]],
		['several years ago', P, [{ text: 'several years ago', value: 'PAST_REF' }]],
		['earlier this year', P, [{ text: 'earlier this year', value: '2024' }]],
		['early next year', P, [{ text: 'early next year', value: '2025', mod: 'START' }]],
		['over the weekend', P, [{ text: 'the weekend', value: '2024-W26-WE' }]],
		// quarters and seasons
		['in the third quarter', P, [{ text: 'the third quarter', value: '2024-Q3' }]],
		['Profit fell in the fourth quarter.', P, [{ text: 'the fourth quarter', value: '2023-Q4' }]],
		['the first quarter of 2019', P, [{ text: 'the first quarter of 2019', value: '2019-Q1', edtf: '2019-01/2019-03' }]],
		['this spring', P, [{ text: 'this spring', value: '2024-SP', edtf: '2024-03/2024-05' }]],
		['last winter', P, [{ text: 'last winter', value: '2023-WI' }]],
		['the summer of 1969', P, [{ text: 'the summer of 1969', value: '1969-SU' }]],
		['the fall of Kabul', P, []],
		// ranges
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
		],
		// anchored on an earlier date of the text
		['He flew in 1965. Ten years later he commanded Soyuz 19.', P, [{ text: '1965' }, { text: 'Ten years later', value: '1975' }]],
		['The storm hit on March 3, 2019. The following day, crews arrived.', P, [{ text: 'March 3, 2019' }, { text: 'The following day', value: '2019-03-04' }]],
		[
			'The market fell on Oct. 13 and rose the following Monday.',
			P,
			[
				{ text: 'Oct. 13', value: '2023-10-13' },
				{ text: 'the following Monday', value: '2023-10-16' }
			]
		],
		// holidays, fixed and movable
		['They married on Christmas Eve.', P, [{ text: 'Christmas Eve', value: '2023-12-24' }]],
		['at Easter 2019', P, [{ text: 'Easter 2019', value: '2019-04-21' }]],
		['Good Friday 2024', P, [{ text: 'Good Friday 2024', value: '2024-03-29' }]],
		['by next Thanksgiving', P, [{ text: 'next Thanksgiving', value: '2024-11-28' }]],
		['a Christmas tree', P, []],
		['from now to Election Day', '1998-10-26', [{ text: 'now' }, { text: 'Election Day', value: '1998-11-03' }]],
		['The boy should go home by Jan. 14, the agency decided.', '2000-01-05', [{ text: 'Jan. 14', value: '2000-01-14' }]],
		['a world changed since 9/11', P, [{ text: '9/11', value: '2001-09-11', edtf: '2001-09-11/..' }]],
		// a year is no anchor for a day: "that day" after "in 1987" is not 1 January 1987
		['Prices fell in 1987. Trades made that day lost.', P, [{ text: '1987' }, { text: 'that day', value: '2024-07-05' }]]
	];
	it.each(cases)('%s (published %s)', (...row) => expectFinds(row));
});
