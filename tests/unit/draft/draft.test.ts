import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readDevSet } from '../../../bench/extract/corpus';
import { draftTimeline, skippedExpressions } from '../../../src/lib/model/draft/draft';
import { loadTimeline, formatFault } from '../../../src/lib/model/document/timeline';
import { seedText } from '../helpers';

/** The Wikinews articles of the extraction benchmark, committed with the repository. */
const corpus = ['devset', 'heldout'].flatMap((set) => readDevSet(join(import.meta.dirname, '../../../bench/extract', set)));

const seed = () => draftTimeline({ text: seedText(), published: '2024-07-05', title: 'Putin Says Taliban ‘Our Allies’ in Fighting Terrorism', publisher: 'The Defense News' });

describe('draftTimeline on the seed article', () => {
	it('drafts the ban, the takeover, the attack and the invasion, with the words and EDTF the article gives', () => {
		const events = seed().document.events;
		const byStated = (text: string) => events.find((e) => e.stated?.text === text);
		expect(byStated('since 2003')).toMatchObject({ stated: { edtf: '2003/..' }, date: { edtf: '2003/..', method: 'stated' }, category: 'law' });
		expect(byStated('since 2021')).toMatchObject({ title: 'Taliban holds power', date: { edtf: '2021/..', method: 'stated' } });
		expect(byStated('In March')).toMatchObject({
			title: 'IS-K fighters carry out a devastating attack on a Moscow concert hall',
			date: { edtf: '2024-03', method: 'inferred' },
			category: 'conflict'
		});
		expect(byStated('In March')?.date.note).toContain('2024-07-05');
		// Afghanistan is the one actor two events share; an actor named once gets no lane.
		expect(byStated('in the 1980s')).toMatchObject({
			title: "Soviet Union's invasion of Afghanistan leaves a legacy of conflict",
			date: { edtf: '198X', method: 'stated' },
			lanes: ['afghanistan']
		});
		expect(byStated('in 2021')).toMatchObject({ date: { edtf: '2021' }, lanes: ['afghanistan'] });
		expect(byStated('In March')?.lanes).toEqual([]);
		expect(events).toHaveLength(5);
	});

	it('keeps every expression it did not draft, with the reason', () => {
		const draft = seed();
		const used = new Set(draft.events.flatMap((e) => e.expressions));
		const skipped = draft.skipped.map((s) => [draft.expressions[s.expression]!.text, s.reason]);
		expect(skipped).toEqual([
			['years', 'a duration, not a date'],
			['nearly two decades', 'a duration, not a date']
		]);
		expect(used.size + skipped.length).toBe(draft.expressions.length);
	});

	it('writes a document the validator accepts, each summary the sentence of its excerpt', () => {
		const draft = seed();
		const result = loadTimeline(draft.document, { file: 'seed' });
		expect(result.faults.map(formatFault)).toEqual([]);
		for (const event of result.timeline!.events) {
			const [range] = event.excerpts;
			expect(event.data.summary).toContain(result.timeline!.articles[0]!.text.slice(range!.start, range!.end));
		}
	});

	it('draws lanes and categories only from what its events use', () => {
		const { document } = seed();
		const lanes = new Set(document.events.flatMap((e) => e.lanes));
		expect(document.lanes.map((l) => l.id).sort()).toEqual([...lanes].sort());
		expect(document.lanes).toEqual([{ id: 'afghanistan', label: 'Afghanistan' }]);
		expect(document.categories.map((c) => c.id).sort()).toEqual([...new Set(document.events.map((e) => e.category))].sort());
	});
});

describe('draftTimeline on short texts', () => {
	const draft = (text: string, published = '2024-07-05') => draftTimeline({ text, published, title: 'T', publisher: 'P' });

	it('makes one event of a range, and one of a day and its clock time', () => {
		const { document } = draft('He served in the House from 1963 to 1974. The last flight left on 30 August 2021 at 11:59 p.m.');
		expect(document.events.map((e) => [e.stated?.text, e.date.edtf])).toEqual([
			['from 1963 to 1974', '1963/1974'],
			['on 30 August 2021 at 11:59 p.m.', '2021-08-30T23:59:00']
		]);
	});

	it('puts a clock time said before its day on that day, and one said in a later sentence on the event of its day', () => {
		const launch = draft('At 2:49 a.m. local time (7:49 a.m. UTC) on Saturday morning, the capsule was launched from Florida.', '2019-03-05');
		expect(launch.document.events.map((e) => e.date.edtf)).toEqual(['2019-03-02T02:49:00']);
		expect(launch.skipped).toEqual([]);
		const zone = draft('The plane crashed at 9:45 a.m. ET on Wednesday near the airport.', '2019-10-08');
		expect(zone.document.events.map((e) => [e.stated?.text, e.title])).toEqual([['at 9:45 a.m. ET on Wednesday', 'Plane crashes near the airport']]);
		const fire = draft('A fire broke out at the hall on Friday. Firefighters were called to the building at 09:09am local time.', '2020-06-06');
		expect(fire.document.events.map((e) => [e.date.edtf, e.excerpts.length])).toEqual([['2020-06-05', 2]]);
	});

	it('drafts no event on a date that is only the point its clause is placed against', () => {
		const result = draft(
			'The primaries were held on Super Tuesday. Both candidates dropped out prior to Super Tuesday. In the aftermath of Super Tuesday, two more left.',
			'2020-03-06'
		);
		expect(result.document.events).toHaveLength(1);
		expect(result.skipped.map((s) => s.reason)).toEqual([expect.stringContaining('point of reference'), expect.stringContaining('point of reference')]);
	});

	it('makes one event over two days running said as one, but not of two days said "respectively"', () => {
		const shutdown = draft('On December 5 and 6, the government shut down public services. Schools closed on Monday and Wednesday.', '2019-12-13');
		expect(shutdown.document.events.map((e) => [e.stated?.text, e.date.edtf])).toEqual([
			['On December 5 and 6', '2019-12-05/2019-12-06'],
			['on Monday', '2019-12-09'],
			['Wednesday', '2019-12-11']
		]);
		expect(shutdown.skipped).toEqual([]);
	});

	it('reads "earlier this week" as the days of the week before publication, "later this month" as those after, and leaves "it" of the weather alone', () => {
		const { document } = draft('Earlier this week, an official made the announcement. Later this month, a vote is due. Earlier this month it snowed.', '2019-12-07');
		expect(document.events.map((e) => [e.date.edtf, e.title])).toEqual([
			['2019-12-02/2019-12-06', 'Official makes the announcement'],
			['2019-12-08/2019-12-31', 'Vote is due'],
			['2019-12-01/2019-12-06', 'It snows']
		]);
	});

	it('puts a deadline "by the end of January" on its last day', () => {
		const { document } = draft('Johnson said he intends to leave the EU by the end of January.', '2019-12-16');
		expect(document.events.map((e) => e.date.edtf)).toEqual(['2020-01-31']);
	});

	it('turns "until" into the day something ended, and says so', () => {
		const [event] = draft('Conyers chaired the committee until 1995.').document.events;
		expect(event).toMatchObject({ stated: { text: 'until 1995', edtf: '1995' }, date: { edtf: '1995' } });
		expect(event!.date.note).toContain('does not say when it began');
	});

	it('marks a rough clock time approximate, since EDTF cannot', () => {
		const [event] = draft('The rockets hit the base on Friday at about 7:45 p.m.', '2019-11-10').document.events;
		expect(event!.date).toMatchObject({ edtf: '2019-11-08T19:45:00', approximate: true });
	});

	it('skips the date line, comparisons and vague references, saying why', () => {
		const result = draft('Thursday, January 24, 2019\nIt was the deadliest attack since 2003. Officials now say the bomb went off on Monday.', '2019-01-24');
		expect(result.skipped.map((s) => [result.expressions[s.expression]!.text, s.reason])).toEqual([
			['Thursday, January 24, 2019', "the article's date line"],
			['2003', 'a comparison with the past, not an event'],
			['now', 'too vague to place on a timeline']
		]);
		const anyOther = draft('Cases in the first half of this year exceeded those of any other whole year since 2006.', '2019-12-07');
		expect(anyOther.skipped.map((s) => anyOther.expressions[s.expression]!.text)).toEqual(['2006']);
		const atLeast = draft('The outbreak has infected 4,200 people since October and killed at least 62.', '2019-12-07');
		expect(atLeast.document.events.map((e) => e.stated?.text)).toEqual(['since October']);
		const firstSince = draft('It was the first time since the retirement of the shuttles in 2011 a US spacecraft reached the station.', '2019-03-05');
		expect(firstSince.skipped.map((s) => [firstSince.expressions[s.expression]!.text, s.reason])).toEqual([['2011', 'a comparison with the past, not an event']]);
		expect(result.document.events.map((e) => e.stated?.text)).toEqual(['on Monday']);
	});

	it('adds an excerpt when the same date is named again beside the same actor', () => {
		const { document } = draft('The Taliban took Kabul on August 15, 2021. Since seizing it on August 15, 2021, the Taliban have ruled. The US left in 2020.');
		expect(document.events.map((e) => [e.date.edtf, e.excerpts.length])).toEqual([
			['2021-08-15', 2],
			['2020', 1]
		]);
		// In a year, the same actor may do two things: those stay two events unless their words agree.
		const year = draft('The Taliban took Kabul in 2021. The Taliban banned music in 2021.');
		expect(year.document.events.map((e) => e.title)).toEqual(['Taliban takes Kabul', 'Taliban bans music']);
	});

	it('gives each excerpt of words said twice the context that tells them apart', () => {
		const { document } = draft('Prices rose in 2019. Wages fell in 2020. Prices rose in 2019.');
		const rose = document.events.find((e) => e.date.edtf === '2019')!;
		expect(rose.excerpts).toHaveLength(2);
		const result = loadTimeline(document, { file: 't' });
		expect(result.faults).toEqual([]);
		const ranges = result.timeline!.events.find((e) => e.data.id === rose.id)!.excerpts;
		expect(ranges.map((r) => r.start)).toEqual([0, 41]);
	});

	it('says how each date was read: as given, counted from the publication date, from a date before it, or given without its year', () => {
		const { document } = draft('The war began in 1990. It ended ten years later. The talks failed yesterday. The treaty is due in October.', '2024-07-05');
		expect(document.events.map((e) => e.date.note)).toEqual([
			'“in 1990”: the date as the article gives it.',
			'“ten years later”: counted from the date the article names before it.',
			'“yesterday”: counted from the publication date, 2024-07-05.',
			'“in October” gives no year: read as the nearest one to the publication date, 2024-07-05.'
		]);
	});

	it('says a date gives no year when it names a month in any of the forms the engine reads', () => {
		const { document } = draft('The strike is set for Sept. 14. The vote was held on Dec 3. The deal was signed in JULY.', '2024-07-05');
		expect(document.events.map((e) => e.date.note)).toEqual([
			'“Sept. 14” gives no year: read as the nearest one to the publication date, 2024-07-05.',
			'“on Dec 3” gives no year: read as the nearest one to the publication date, 2024-07-05.',
			'“in JULY” gives no year: read as the nearest one to the publication date, 2024-07-05.'
		]);
	});

	it('takes the as-of date as stated when the date line at the top gives it', () => {
		expect(draft('Thursday, January 24, 2019\nA bomb went off on Monday.', '2019-01-24').document.article.asOf).toMatchObject({ method: 'stated' });
		expect(draft('A bomb went off on Monday.', '2019-01-24').document.article.asOf).toMatchObject({ method: 'external' });
	});

	it('gives "he" and "she" the lane of the person the article names most, and passing names none', () => {
		const text = 'Alexei Leonov died on Friday in Moscow. In 1965, he made the first spacewalk. The cosmonaut Alexei Leonov flew again in 1975.';
		const { document } = draft(text, '2019-10-12');
		expect(document.events.map((e) => e.lanes)).toEqual([['alexei-leonov'], ['alexei-leonov'], ['alexei-leonov']]);
	});

	it('reads a number as a year only where the text reads it as a date, and drafts no event of a year that names a thing', () => {
		const count = draft('Of the 5667 cases, 1720 had already been discharged on December 20.', '2019-12-31');
		expect(count.document.events.map((e) => [e.date.edtf, e.title])).toEqual([['2019-12-20', '1720 discharged']]);
		expect(count.skipped.map((s) => [count.expressions[s.expression]!.text, s.reason])).toEqual([['1720', 'a number the text reads as a count, not a year']]);
		const name = draft('Warren ended her bid for the 2020 presidential election on Thursday.', '2020-03-06');
		expect(name.document.events.map((e) => e.title)).toEqual(['Warren ends her bid for the 2020 presidential election']);
		expect(name.skipped.map((s) => s.reason)).toEqual(['part of a name (“2020 presidential election”), not when something happened']);
		const award = draft('On Wednesday, Time magazine announced its selection of Greta Thunberg as their 2019 "Person of the Year".', '2019-12-14');
		expect(award.document.events.map((e) => [e.date.edtf, e.title])).toEqual([['2019-12-11', 'Time magazine announces its selection of Greta Thunberg']]);
		expect(award.skipped.map((s) => s.reason)).toEqual([
			'part of a name (“2019 "Person of the Year"”), not when something happened',
			'part of a name (“Person of the Year”), not when something happened'
		]);
	});

	it('drafts no event of the year of the days a sentence gives, and titles each day by its own item', () => {
		const { document, skipped, expressions } = draft('In 2019, outbreaks were declared in Tonga on October 22 and in Fiji on November 7.', '2019-12-31');
		expect(document.events.map((e) => [e.date.edtf, e.title])).toEqual([
			['2019-10-22', 'Outbreaks declared in Tonga'],
			['2019-11-07', 'Outbreaks declared in Fiji']
		]);
		expect(skipped.map((s) => [expressions[s.expression]!.text, s.reason])).toEqual([['2019', 'the year of the more precise dates in its sentence']]);
	});

	it('counts "today" in a quotation from the day it was said, and titles first-person words as the speaker\'s', () => {
		const { document } = draft('“We will finish the count today,” the minister said on Monday.', '2019-12-31');
		expect(document.events).toHaveLength(1);
		expect(document.events[0]).toMatchObject({ title: 'Minister: “We will finish the count”', date: { edtf: '2019-12-30' } });
		expect(document.events[0]!.date.note).toContain('said in a quotation on 2019-12-30');
	});

	it('joins a name for a day to the event of that day, and titles it by the words that say what happened', () => {
		const { document } = draft('Protesters marched on Christmas Day. The march on December 25 was peaceful.', '2019-12-31');
		expect(document.events.map((e) => [e.date.edtf, e.title, e.excerpts.length])).toEqual([['2019-12-25', 'March was peaceful', 2]]);
	});

	it('titles first-person words of a quotation that runs over sentences as the words of its speaker, said on the day before it', () => {
		const { document } = draft(
			'Michael Bloomberg endorsed Joe Biden on Wednesday. "Three months ago," he said, "I entered the race. Today I am glad to endorse him."',
			'2020-03-06'
		);
		// "Today" is the Wednesday the words were said: the endorsement, told twice.
		expect(document.events.map((e) => [e.date.edtf, e.title, e.excerpts.length])).toEqual([
			['2020-03-04', 'Michael Bloomberg endorses Joe Biden', 2],
			['2019-12', 'Michael Bloomberg: “I entered the race”', 1]
		]);
		const separate = draft('Michael Bloomberg endorsed Joe Biden on Wednesday.\n\n"Today I am glad to be here," he said.', '2020-03-06');
		expect(separate.document.events.map((e) => e.date.edtf)).toEqual(['2020-03-04', '2020-03-06']);
	});

	it('gives each date of a sentence that says "respectively" the one of its list of names it goes with', () => {
		const { document } = draft('On Sunday and Saturday, Woolworths and Coles lowered their limits, respectively.', '2020-03-13');
		expect(document.events.map((e) => [e.date.edtf, e.title])).toEqual([
			['2020-03-08', 'Woolworths lowers their limits'],
			['2020-03-07', 'Coles lowers their limits']
		]);
	});

	it('drafts a bare year far before the rest of an article about this week, with a doubt', () => {
		const result = draft('Protesters marched on Monday. On Tuesday the police arrested them. The march on Wednesday was small. A document from 1810 was shown.', '2019-12-31');
		expect(result.events.map((e) => [e.event.date.edtf, e.doubt !== undefined])).toEqual([
			['2019-12-30', false],
			['2019-12-31', false],
			['2019-12-25', false],
			['1810', true]
		]);
		// A date the article gives in full is history, however far back: only a bare number may be a count.
		const obituary = draft('He walked in space on March 18, 1965. He died on Friday. He will be buried on Tuesday.', '2019-10-12');
		expect(obituary.events.map((e) => e.doubt)).toEqual([undefined, undefined, undefined]);
	});

	it('titles "his" by the person it stands for, a name the article goes on to call by its surname', () => {
		const { document } = draft('Volodymyr Zhukovskyy was arrested on Monday. Zhukovskyy waived extradition. His trial has been scheduled for November.', '2019-06-28');
		expect(document.events.map((e) => e.title)).toEqual([expect.stringMatching(/^Volodymyr Zhukovskyy arrested/), "Volodymyr Zhukovskyy's trial scheduled"]);
	});

	it('titles a relative clause by the noun its pronoun stands for, past a participle or a speaker', () => {
		const joining = draft('The main hospital reopened on Sunday, joining Faleolo District Hospital, which returned to normal on Friday.', '2020-01-01');
		expect(joining.document.events.map((e) => e.title)).toEqual(['Main hospital reopens', 'Faleolo District Hospital returns to normal']);
		const said = draft('NASA picked two astronauts for the first crewed mission, which NASA said might take place this summer.', '2019-03-05');
		expect(said.document.events.map((e) => e.title)).toEqual(['First crewed mission might take place']);
	});

	it('puts who acted first, as headlines do, and shares a list of agents out "respectively"', () => {
		const confirmed = draft('The outbreak was first confirmed by the government on October 16. He was killed by a bomb on Monday.', '2019-12-01');
		expect(confirmed.document.events.map((e) => e.title)).toEqual(['Government first confirms outbreak', 'He killed by a bomb']);
		const { document } = draft('These changes followed the four-pack restriction introduced by Woolworths and Coles on March 4 and 5 respectively.', '2020-03-13');
		expect(document.events.map((e) => [e.date.edtf, e.title])).toEqual([
			['2020-03-04', 'Woolworths introduces four-pack restriction'],
			['2020-03-05', 'Coles introduces four-pack restriction']
		]);
	});

	it("reads a verb with an object as its clause's own, never as a participle of the noun before it", () => {
		const began = draft('On Thursday, the government of Samoa began a planned two-day shutdown to make way for a vaccination campaign.', '2019-12-07');
		expect(began.document.events.map((e) => e.title)).toEqual([expect.stringMatching(/^Government of Samoa begins a planned two-day shutdown/)]);
		const noted = draft('A study noted authorities seized 126 skins and two live jackals from 2013 to 2019.', '2020-06-11');
		expect(noted.document.events.map((e) => e.title)).toEqual(['Authorities seize 126 skins and two live jackals']);
	});

	it('keeps the place named after its noun in the subject', () => {
		const { document } = draft("Costco's store in Canberra also limited the allowed amount to two packs last week.", '2020-03-13');
		expect(document.events.map((e) => e.title)).toEqual(["Costco's store in Canberra limits the allowed amount to two packs"]);
	});

	it('puts a verb before a gerund in the present, and makes it agree with the name its pronoun stands for', () => {
		const { document } = draft(
			'On Sunday, President Recep Tayyip Erdoğan proposed converting the museum. He started building on Monday. Protesters marched on Tuesday. They left on Wednesday.',
			'2019-03-31'
		);
		expect(document.events.map((e) => e.title)).toEqual([
			'President Recep Tayyip Erdoğan proposes converting the museum',
			'Recep Tayyip Erdoğan starts building',
			'Protesters march',
			'Protesters leave'
		]);
	});

	it('gives a singular verb the last of a list as its subject, and "its" what its own sentence named', () => {
		const { document } = draft('The Boeing company is working with NASA on spacecraft and its Starliner craft is scheduled to fly this spring.', '2019-03-05');
		expect(document.events.map((e) => e.title)).toEqual(["Boeing's Starliner craft scheduled to fly"]);
	});

	it('reads a list of verbs as finite verbs of one subject, and an item of a list by its own words', () => {
		const verbs = draft('The government declared a state of emergency on November 15, shut down all schools as of November 17, and later banned gatherings.', '2019-12-07');
		expect(verbs.document.events.map((e) => e.title)).toEqual(['Government declares a state of emergency', 'Government shuts down all schools']);
		const items = draft('NEOC reported a 95% immunization rate on December 24, and the last measles-related death during the state of emergency on December 26.', '2020-01-01');
		expect(items.document.events.map((e) => e.title)).toEqual(['NEOC reports a 95% immunization rate', 'NEOC reports the last measles-related death']);
	});

	it('leaves out of a title the words that point elsewhere in the article, and clauses it would cut in two', () => {
		const { document } = draft(
			'These changes followed the previous restriction introduced by Woolworths on March 4. Bloomberg instead focused on Super Tuesday. Vaccination rates dropped in 2018 after two small children died from a faulty vaccine. On Sunday teams had already begun to disassemble the tents erected to deal with the large number of admissions.',
			'2020-03-13'
		);
		expect(document.events.map((e) => e.title)).toEqual([
			'Woolworths introduces restriction',
			'Bloomberg focuses on Super Tuesday',
			'Vaccination rates drop',
			'Teams begin to disassemble the tents'
		]);
	});

	it('finds the subject past a phrase of place or time set off by commas', () => {
		const { document } = draft(
			'Coles, in its March 8 media release, reported that many stores are still selling out, while ALDI, in a post on Tuesday, called the demand unexpected.',
			'2020-03-13'
		);
		expect(document.events.map((e) => e.title)).toEqual(['Coles says many stores sell out', 'ALDI calls the demand unexpected']);
	});

	it('titles a date that belongs to a noun of what happened by whose it was ("since its creation in 1950")', () => {
		const { document } = draft("The Blyth Valley seat has, since its creation in 1950, always elected Labour. After Leonov's death in 2019, the museum opened.", '2019-12-16');
		expect(document.events.map((e) => e.title)).toEqual(['Blyth Valley created', 'Leonov dies']);
	});

	it('puts the purpose after a date below the verb it is the purpose of, and "is to" as "to"', () => {
		const { document } = draft("The mission's fifth rotation is to remain on the islands until January 4 to help facilitate the transition.", '2020-01-01');
		expect(document.events.map((e) => e.title)).toEqual(["Mission's fifth rotation to remain on the islands"]);
	});

	it('says what was to come as headlines do: "would be suspending" is "to suspend"', () => {
		const { document } = draft('On Thursday, NBC News reported that Warren would be suspending her campaign.', '2020-03-06');
		expect(document.events.map((e) => e.title)).toEqual(['NBC News says Warren to suspend her campaign']);
	});

	it('titles "the hotel" by the building the article named', () => {
		const { document } = draft('A fire broke out at Bontddu Hall on Friday. Bontddu Hall was built in 1873. The hotel closed in 2005.', '2020-06-06');
		expect(document.events.map((e) => e.title)).toEqual(['Fire breaks out at Bontddu Hall', 'Bontddu Hall built', 'Bontddu Hall closes']);
	});

	it('titles "the company" by the organisation it stands for, and reads a base form after a singular subject as the past', () => {
		const { document } = draft(
			'Boeing built the 737 MAX. The company grounded the fleet in March. He put the ban in place in 2019. The protesters put up tents on Monday.',
			'2019-10-08'
		);
		expect(document.events.map((e) => e.title)).toEqual(['Boeing grounds the fleet', 'He puts the ban in place', 'Protesters put up tents']);
	});

	it('puts a verb before an infinitive in the present, as headlines do, but not before "to date"', () => {
		const { document } = draft(
			'The cabinet voted to lift the ban on Saturday. The ministers agreed to pay on Sunday. On Monday, a rally was the largest ever held to date.',
			'2020-01-01'
		);
		expect(document.events.map((e) => e.title)).toEqual(['Cabinet votes to lift the ban', 'Ministers agree to pay', expect.not.stringContaining('holds')]);
	});

	it('gives no lane to events about no actor that another event shares, and no placeholder', () => {
		const { document } = draft('It rained heavily in 2019. Floods hit Dhaka in 2020.');
		expect(document.lanes).toEqual([]);
		expect(document.events.map((e) => e.lanes)).toEqual([[], []]);
		expect(loadTimeline(document, { file: 't' }).faults).toEqual([]);
	});
});

describe('draftTimeline on Wikinews articles', () => {
	it('has the articles to read', () => expect(corpus.length).toBeGreaterThanOrEqual(22));
	it.each(corpus.map((entry) => [entry.id, entry] as const))('%s drafts a valid document, every expression accounted for', (_, entry) => {
		const draft = draftTimeline({ text: entry.text, published: entry.published, title: entry.id, publisher: 'Wikinews' });
		expect(loadTimeline(draft.document, { file: entry.id }).faults.map(formatFault)).toEqual([]);
		expect(draft.events.length).toBeGreaterThan(0);
		const accounted = [...draft.events.flatMap((e) => e.expressions), ...draft.skipped.map((s) => s.expression)].sort((a, b) => a - b);
		expect(accounted).toEqual(draft.expressions.map((_, i) => i));
		// What the draft skips is known without drafting, for the editor's marks.
		expect(skippedExpressions(entry.text, draft.expressions)).toEqual(draft.skipped);
	});
});
