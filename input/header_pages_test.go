package input

import "testing"

// TestHeadersOfPagesCopiedWhole reads headers as a copy of a whole web
// page prints them, furniture and all, each shape in several house styles:
// a by-line or date over a tag in lower case, a time stamp without its
// year, skip links run together, a picture agency's credit, names under a
// standfirst with no date, a place after a date, a date and "By" on one
// line, sections and series issues over a headline, a by-line under
// the picture that follows the header, a page's counts over the headline,
// a kicker set off by a rule, the by-line over the headline, plural roles,
// and labelled dates one after the other.
func TestHeadersOfPagesCopiedWhole(t *testing.T) {
	const port = "The port authority said on Monday that the northern terminal would reopen next week after repairs to its cranes were finished.\n"
	const vote = "Lawmakers voted late on Thursday to extend the emergency budget by three months, ending a standoff that had threatened public salaries.\n"
	tests := []struct {
		name, text, title string
		authors           []string
		published, first  string
	}{
		// A by-line or a date ends its line: a tag in lower case under it
		// does not make the block a wrapped sentence.
		{"student review: name and date over a tag",
			"The Precarious Balance of the Harbour Talks\n\nAmara Obi, Jul 6, 2021\nfeature-top\n\n" + port,
			"The Precarious Balance of the Harbour Talks", []string{"Amara Obi"}, "2021-07-06", "The port"},
		{"blog: by-line over a category in lower case",
			"Why the Budget Standoff Ended\n\nby Henrik Dahl\nanalysis\n\n" + vote,
			"Why the Budget Standoff Ended", []string{"Henrik Dahl"}, "", "Lawmakers voted"},
		{"magazine: date over a reading time",
			"Why the Budget Standoff Ended\n\n12 March 2024\nfour min read\n\n" + vote,
			"Why the Budget Standoff Ended", nil, "2024-03-12", "Lawmakers voted"},
		// A day printed without its year is a time stamp, no title.
		{"wire: year-less date and time zone under a standfirst",
			"Harbour terminal to reopen next week\nThe authority said repairs to the cranes were finished\nWorld\nMarch 12, 10:30 UTC+3\n\n" + port,
			"Harbour terminal to reopen next week", nil, "", "The port"},
		{"broadcaster: weekday and day without the year",
			"Harbour terminal to reopen next week\nThe authority said repairs to the cranes were finished\nTuesday, 12 March\n\n" + port,
			"Harbour terminal to reopen next week", nil, "", "The port"},
		{"newspaper: labelled time stamp without the year",
			"Budget extended after late vote\nLawmakers end a standoff over public salaries\nUpdated: 14 Mar, 09:15\n\n" + vote,
			"Budget extended after late vote", nil, "", "Lawmakers voted"},
		// Skip links run together are no title.
		{"financial daily: skip links, then standfirst and a name without a date",
			"Skip to navigationSkip to contentSkip to footerHelp using this website - Accessibility statement\nAdvertisement\n\nThe contest of the decade: the port takes on the river\n\nThe authority's plan is bolder than before and far harder for its rivals to match.\n\nKwame Asante\n\nSubscribe to gift this article\n\n" + port,
			"The contest of the decade: the port takes on the river", []string{"Kwame Asante"}, "", "The authority's plan"},
		{"site: one skip link over the headline",
			"Skip to main navigation\n\nHarbour terminal to reopen next week\n\nBy Kwame Asante\n\n12 March 2024\n\n" + port,
			"Harbour terminal to reopen next week", []string{"Kwame Asante"}, "2024-03-12", "The port"},
		// A picture agency's credit is no author.
		{"aggregator: date, title, name and outlet, an agency's photo credit",
			"August 11, 2014\n\nPort Talks Stall Again Under New Rules\n\nLena Fischer, The Harbour Review\n\nAP Photo\n\n" + port,
			"Port Talks Stall Again Under New Rules", []string{"Lena Fischer"}, "2014-08-11", "The port"},
		{"newspaper: name over a credit with its photographer",
			"Port Talks Stall Again Under New Rules\n\nBy Lena Fischer\nXinhua Photo/Li Wei\n\n12 March 2024\n\n" + port,
			"Port Talks Stall Again Under New Rules", []string{"Lena Fischer"}, "2024-03-12", "The port"},
		// Names under a standfirst, before the text, with no date: the
		// standfirst is the article's.
		{"opinion page: headline, standfirst, name, text",
			"Why the budget deal will not last\n\nThe standoff ended, but the sums behind it still do not add up.\n\nSiobhan Murphy\n\n" + vote,
			"Why the budget deal will not last", []string{"Siobhan Murphy"}, "", "The standoff ended"},
		{"review: headline, two-sentence standfirst, two names",
			"Why the budget deal will not last\n\nThe standoff ended. The sums behind it still do not add up.\n\nSiobhan Murphy and Rahul Mehta\n\n" + vote,
			"Why the budget deal will not last", []string{"Siobhan Murphy", "Rahul Mehta"}, "", "The standoff ended"},
		// The place filed from after a date is no name.
		{"Indian daily: updated with a dash, the place in capitals, the name below",
			"Budget extended after late vote\nLawmakers end a standoff over public salaries\nUpdated - March 12, 2024 10:30 am IST - NEW DELHI\nRahul Mehta\n\n" + vote,
			"Budget extended after late vote", []string{"Rahul Mehta"}, "2024-03-12", "Lawmakers voted"},
		{"regional daily: published with a dash and a place",
			"Budget extended after late vote\n\nPublished - 12 March 2024 - Chennai\n\nBy Rahul Mehta\n\n" + vote,
			"Budget extended after late vote", []string{"Rahul Mehta"}, "2024-03-12", "Lawmakers voted"},
		// A date, then "By" and the names, on one line.
		{"weekly: date and By on one line",
			"Budget extended after late vote\nMarch 12, 2024 By Siobhan Murphy\n\n" + vote,
			"Budget extended after late vote", []string{"Siobhan Murphy"}, "2024-03-12", "Lawmakers voted"},
		{"blog: day-first date and BY in capitals",
			"Budget extended after late vote\n\n12 March 2024 BY SIOBHAN MURPHY\n\n" + vote,
			"Budget extended after late vote", []string{"SIOBHAN MURPHY"}, "2024-03-12", "Lawmakers voted"},
		// A site's sections or tagline and a series' issue over the headline.
		{"magazine: site name and tagline over the headline",
			"The Harbour Quarterly Interest\nPolicy, Politics & Culture\nAn Unexpected Revival\n\nThe port's traders cannot stop talking about the new terminal.\n\nPublished on May 1, 2010\n\n" + port,
			"An Unexpected Revival", nil, "2010-05-01", "The port"},
		{"newspaper: sections with a slash over the headline",
			"HARBOUR DAILY NEWS\nAsia / Diplomacy\n\nPort Talks Stall Again Under New Rules\n\nLena Fischer\nPublished: 10:30am, 12 Mar 2024\n\n" + port,
			"Port Talks Stall Again Under New Rules", []string{"Lena Fischer"}, "2024-03-12", "The port"},
		{"blog: sections with an ampersand over the headline",
			"Insight & Opinion\nWhy the budget deal will not last\nBy Siobhan Murphy\n12 March 2024\n\n" + vote,
			"Why the budget deal will not last", []string{"Siobhan Murphy"}, "2024-03-12", "Lawmakers voted"},
		{"research institute: working paper number and date over the title",
			"Harbour Institute Working Paper No. 124 (January 2019)\nMisgivings about the terminal plan\nby Tomasz Nowak\n\n" + port,
			"Misgivings about the terminal plan", []string{"Tomasz Nowak"}, "", "The port"},
		{"newsletter: an issue's title is the headline when nothing follows it",
			"Explore\nSearch this site Search\nCategories: News\n\nThese Weeks in the Harbour: Issue 85\n\nKwame Asante\n\nDecember 18, 2020\n\n" + port,
			"These Weeks in the Harbour: Issue 85", []string{"Kwame Asante"}, "2020-12-18", "The port"},
		{"journal: volume and issue over the title",
			"Harbour Studies Volume 21, Issue 3\nMisgivings about the terminal plan\nBy Tomasz Nowak\nMarch 2, 2021\n\n" + port,
			"Misgivings about the terminal plan", []string{"Tomasz Nowak"}, "2021-03-02", "The port"},
		// A by-line under the picture that follows the header.
		{"broadcaster: date, then the picture's source and caption, then the by-line",
			"Harbour terminal to reopen next week\nPublished\n6 April 2022\nShare\nclose panel\nImage source, Getty Images\nImage caption,\nCranes stand idle at the northern terminal\nBy Nadia Rahman\nBusiness reporter\n\n" + port,
			"Harbour terminal to reopen next week", []string{"Nadia Rahman"}, "2022-04-06", "The port"},
		{"newspaper: by-line, caption with credit, then the date",
			"Harbour terminal to reopen next week\n\nBy Nadia Rahman\n\nCranes stand idle at the northern terminal. Photo: Kwame Asante/AFP\n\n6 April 2022\n\n" + port,
			"Harbour terminal to reopen next week", []string{"Nadia Rahman"}, "2022-04-06", "The port"},
		{"no by-line below the caption: the text starts after the header",
			"Harbour terminal to reopen next week\n\n6 April 2022\n\n" + port + "\nBy the end of the week the first ships are due to berth.\n",
			"Harbour terminal to reopen next week", nil, "2022-04-06", "The port"},
		// A page's counts and labels over the headline: the headline is
		// the first line after them that runs longer than each.
		{"journal: views, citations and a section over the title and an abstract",
			"6,698\nViews\n7\nCrossRef citations to date\n0\nAltmetric\nArticles\n\nMisgivings about the terminal plan and its lenders\n\nAbstract\n\n" + port,
			"Misgivings about the terminal plan and its lenders", nil, "", "The port"},
		{"repository: download counts over the title",
			"1,204\nDownloads\nShare\nResearch article\n\nWhy the budget standoff lasted so long\n\n" + vote,
			"Why the budget standoff lasted so long", nil, "", "Lawmakers voted"},
		// An outlet's name with "Website" is a label over the headline.
		{"state daily: corner junk and the site's name over the headline",
			"left corner left corner\nHarbour Daily Website\n\nNew port chief praised for focus on jobs\n\nUpdated: 2016-08-30 07:35\nBy Tenzin Norbu and Li Wei in Lhasa (Harbour Daily)\n\n" + port,
			"New port chief praised for focus on jobs", []string{"Tenzin Norbu", "Li Wei"}, "2016-08-30", "The port"},
		// A kicker in capitals set off by a rule on the headline's line.
		{"newspaper: analysis kicker and a rule",
			"ANALYSIS | Why the budget deal will not last\nBy Siobhan Murphy\nMarch 12, 2024\n\n" + vote,
			"Why the budget deal will not last", []string{"Siobhan Murphy"}, "2024-03-12", "Lawmakers voted"},
		{"broadcaster: section kicker and a rule",
			"WORLD NEWS | Harbour terminal to reopen next week\n\n12 March 2024\n\n" + port,
			"Harbour terminal to reopen next week", nil, "2024-03-12", "The port"},
		// The by-line over the headline, with a role under the name.
		{"think tank: name and role over the title, date under it",
			"Kwame Asante\nSenior Fellow, Maritime Program\nHarbour terminal to reopen next week\nMarch 12, 2024\n\n" + port,
			"Harbour terminal to reopen next week", []string{"Kwame Asante"}, "2024-03-12", "The port"},
		// A plural role after the names.
		{"Japanese daily: names in capitals and a plural role",
			"Harbour terminal to reopen next week\nBy KENJI SATO and YUKI TANAKA, Staff Reporters\nMarch 12, 2024 at 10:30 JST\n\n" + port,
			"Harbour terminal to reopen next week", []string{"KENJI SATO", "YUKI TANAKA"}, "2024-03-12", "The port"},
		{"wire: a plural desk role",
			"Harbour terminal to reopen next week\nBy Kwame Asante and Li Wei, Senior Correspondents\n12 March 2024\n\n" + port,
			"Harbour terminal to reopen next week", []string{"Kwame Asante", "Li Wei"}, "2024-03-12", "The port"},
		// Two labelled dates on a line, the day glued to month and year.
		{"Korean daily: posted and modified with glued dates",
			"HOME > NATIONAL > POLITICS\nBudget extended after late vote\nPosted on : Mar.12,2024 10:30 KST Modified on : Mar.13,2024 11:30 KST\n\n" + vote,
			"Budget extended after late vote", nil, "2024-03-12", "Lawmakers voted"},
		{"magazine: updated before published without a rule",
			"Budget extended after late vote\nBy Siobhan Murphy\nUpdated: 14 March 2024 Published: 12 March 2024\n\n" + vote,
			"Budget extended after late vote", []string{"Siobhan Murphy"}, "2024-03-12", "Lawmakers voted"},
		// A blog's archive and category labels are no title.
		{"blog: archive month over a post",
			"Archive for May, 2010\n\nAnalyst publishes harbour journal, Vol. 1, No.4\n\nWednesday, May 5th, 2010\n\n" + port,
			"Analyst publishes harbour journal, Vol. 1, No.4", nil, "2010-05-05", "The port"},
		{"news site: categories glued to their label",
			"Posted inAsia, Maritime, Trade\n\nWhy the port talks keep stalling\n\n" + port,
			"Why the port talks keep stalling", nil, "", "The port"},
		{"magazine: tagged label over the headline",
			"Tagged: ports, trade, shipping\n\nWhy the port talks keep stalling\n\nBy Kwame Asante\n\n" + port,
			"Why the port talks keep stalling", []string{"Kwame Asante"}, "", "The port"},
		// A series' name with the day of its issue is a label.
		{"ministry digest: dated series name over and under the headline",
			"Harbour Ministry News (January 23, 2024)\n\nVice Minister Sun Weidong meets the port authority\n\nHarbour Ministry News (January 23, 2024)\n\n" + port,
			"Vice Minister Sun Weidong meets the port authority", nil, "", "The port"},
		// A reading time alone is furniture.
		{"blog: reading time in minutes alone",
			"Why the port talks keep stalling\n\n3 Min\n\nBy Kwame Asante\n\n" + port,
			"Why the port talks keep stalling", []string{"Kwame Asante"}, "", "The port"},
		// A country's name is no part of a person's name beside a date.
		{"digest: country and series beside a date is no by-line",
			"Harbour talks: the week in review\n\nChina Trade Digest | March 12, 2024\n\n" + port,
			"Harbour talks: the week in review", nil, "2024-03-12", "The port"},
		// A slogan of a few words is no caption: the header reads on past
		// an app's promotion to the by-line; labels alone above the
		// by-line leave the title to the headline under it.
		{"aggregator: app promotion, outlet twice, section, names, headline",
			"Get all your news in one place.\n100's of premium titles.\nOne app.\nStart reading\nHarbour News\nHarbour News\nNational\nKwame Asante and Li Wei\n\nHarbour terminal to reopen next week after long repairs\n\n" + port,
			"Harbour terminal to reopen next week after long repairs", []string{"Kwame Asante", "Li Wei"}, "", "The port"},
		{"blog: blog name over a post's by-line and date, the post's title under them",
			"Harbour Notes\n\nPosted by Kwame Asante on 8 May 2016\n\nWhy the port talks keep stalling\n\n" + port,
			"Why the port talks keep stalling", []string{"Kwame Asante"}, "2016-05-08", "The port"},
		{"short title above its by-line stays the title",
			"Social Credit\n\nBy Kwame Asante\n\n" + port,
			"Social Credit", []string{"Kwame Asante"}, "", "The port"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkHeader(t, tt.text, tt.title, tt.authors, tt.published, tt.first)
		})
	}
}
