package input

import "testing"

// TestHeadersAsOutletsPrintThem reads headers in the shapes outlets print
// them, each written for this test around a story of its own: wires,
// newspapers in Britain, America, India, Africa and Asia, think tanks,
// government releases, blogs and newsletters. By-lines with and without
// "By", several names, names in capitals, roles and places after a name,
// one name a line; dates in the forms news prints; headlines under kickers
// and sections, with captions and credits around them.
func TestHeadersAsOutletsPrintThem(t *testing.T) {
	const rain = "Heavy rain flooded low-lying districts of the city overnight, and the fire service said it had rescued more than forty residents.\n"
	const grid = "The national grid operator said demand had reached a record on Monday as temperatures rose above forty degrees across the north.\n"
	const bank = "The central bank kept its main lending rate unchanged on Thursday, saying inflation was easing more slowly than it had expected.\n"
	tests := []struct {
		name, text, title string
		authors           []string
		published, first  string
	}{
		// Wires.
		{"wire: two names, place after, agency after a rule",
			"Floods strand thousands in coastal districts\n\nBy Kofi Mensah and Adaeze Okafor | Reuters\n\nJuly 28, 2024 4:12 PM GMT+1\n\n" + rain,
			"Floods strand thousands in coastal districts", []string{"Kofi Mensah", "Adaeze Okafor"}, "2024-07-28", "Heavy rain"},
		{"wire: name and agency after a rule, no By",
			"Floods strand thousands in coastal districts\n\nHamid Shalizi | Reuters\n\n28 July 2024\n\n" + rain,
			"Floods strand thousands in coastal districts", []string{"Hamid Shalizi"}, "2024-07-28", "Heavy rain"},
		{"wire: by-line with a place",
			"Floods strand thousands in coastal districts\n\nBy Lindiwe Zulu in Durban\n\nSept. 12, 2024\n\n" + rain,
			"Floods strand thousands in coastal districts", []string{"Lindiwe Zulu"}, "2024-09-12", "Heavy rain"},
		{"wire: three names with a serial list",
			"Floods strand thousands in coastal districts\n\nBy Kofi Mensah, Adaeze Okafor and Tomasz Wiśniewski\n\nSept. 12, 2024\n\n" + rain,
			"Floods strand thousands in coastal districts", []string{"Kofi Mensah", "Adaeze Okafor", "Tomasz Wiśniewski"}, "2024-09-12", "Heavy rain"},
		{"wire: ISO time stamp",
			"Floods strand thousands in coastal districts\nBy Kofi Mensah\n2024-04-16T10:30:00Z\n" + rain,
			"Floods strand thousands in coastal districts", []string{"Kofi Mensah"}, "2024-04-16", "Heavy rain"},
		// British and Irish newspapers.
		{"UK: section, headline, standfirst, name with place, date with time zone",
			"World news\n\nFloods strand thousands in coastal districts\n\nRescuers use boats to reach families cut off by the rising water\n\nHarriet Pemberton in Lagos\n\nTue 15 Oct 2024 18.00 BST\n\n" + rain,
			"Floods strand thousands in coastal districts", []string{"Harriet Pemberton"}, "2024-10-15", "Heavy rain"},
		{"UK: names in capitals, last modified",
			"Floods strand thousands in coastal districts\n\nBy HARRIET PEMBERTON\n\nLast modified on Tue 15 Oct 2024 18.00 BST\n\n" + rain,
			"Floods strand thousands in coastal districts", []string{"HARRIET PEMBERTON"}, "2024-10-15", "Heavy rain"},
		{"UK: name with role after a comma",
			"Floods strand thousands in coastal districts\n\nCallum McAllister, Political Editor\n\n16/04/2024\n\n" + rain,
			"Floods strand thousands in coastal districts", []string{"Callum McAllister"}, "2024-04-16", "Heavy rain"},
		// American newspapers.
		{"US: headline, by-line, published with time before the date",
			"Floods Strand Thousands in Coastal Districts\n\nBy Madison Whitaker\n\nPublished: 12:03 PM, Oct 3, 2024\n\n" + rain,
			"Floods Strand Thousands in Coastal Districts", []string{"Madison Whitaker"}, "2024-10-03", "Heavy rain"},
		{"US: staff writer after the name",
			"Floods Strand Thousands in Coastal Districts\n\nBrandon Okoye, Staff Writer\n\nOct. 3, 2024\n\n" + rain,
			"Floods Strand Thousands in Coastal Districts", []string{"Brandon Okoye"}, "2024-10-03", "Heavy rain"},
		{"US: updated then published on one line",
			"Floods Strand Thousands in Coastal Districts\n\nBy Madison Whitaker\n\nUpdated Oct. 4, 2024, 9:15 a.m. ET | Published Oct. 3, 2024, 6:00 p.m. ET\n\n" + rain,
			"Floods Strand Thousands in Coastal Districts", []string{"Madison Whitaker"}, "2024-10-03", "Heavy rain"},
		{"US: one name a line",
			"Floods Strand Thousands in Coastal Districts\n\nBy\nMadison Whitaker\nBrandon Okoye\n\nOctober 3, 2024\n\n" + rain,
			"Floods Strand Thousands in Coastal Districts", []string{"Madison Whitaker", "Brandon Okoye"}, "2024-10-03", "Heavy rain"},
		// Indian newspapers.
		{"India: agency credit, updated with IST",
			"Heatwave pushes power demand to record high\n\nBy Ritika Chopra\n\nUpdated: May 30, 2024 09:41 IST\n\n" + grid,
			"Heatwave pushes power demand to record high", []string{"Ritika Chopra"}, "2024-05-30", "The national grid"},
		{"India: names in capitals without By, date with a dash",
			"Heatwave pushes power demand to record high\n\nANIRUDH SRINIVASAN\n\n30-05-2024\n\n" + grid,
			"Heatwave pushes power demand to record high", []string{"ANIRUDH SRINIVASAN"}, "2024-05-30", "The national grid"},
		{"India: by-line and place, date with ordinal",
			"Heatwave pushes power demand to record high\n\nWritten by Lakshmi Venkataraman, New Delhi\n\n30th May 2024\n\n" + grid,
			"Heatwave pushes power demand to record high", []string{"Lakshmi Venkataraman"}, "2024-05-30", "The national grid"},
		// African newspapers.
		{"Africa: kicker, headline, by-line with outlet after a comma",
			"NEWS\n\nHeatwave pushes power demand to record high\n\nBy Wanjiru Kamau, Nation Africa\n\nMonday, May 27, 2024\n\n" + grid,
			"Heatwave pushes power demand to record high", []string{"Wanjiru Kamau"}, "2024-05-27", "The national grid"},
		{"Africa: caption and credit over the headline",
			"Residents wade through flood water in Mombasa on Sunday. PHOTO | FILE\n\nFloods strand thousands in coastal districts\n\nBy Wanjiru Kamau\n\n28 July 2024\n\n" + rain,
			"Floods strand thousands in coastal districts", []string{"Wanjiru Kamau"}, "2024-07-28", "Heavy rain"},
		// More by-line shapes.
		{"wire: no by-line, reporting and editing credits at the end",
			"Floods strand thousands in coastal districts\n\n" + rain + "\nReporting by Kofi Mensah and Adaeze Okafor; Editing by Hugh Lawson\n",
			"Floods strand thousands in coastal districts", []string{"Kofi Mensah", "Adaeze Okafor"}, "", "Heavy rain"},
		{"wire: credits in brackets with writing by",
			"Floods strand thousands in coastal districts\n\n" + rain + "\n(Reporting by Adaeze Okafor; Writing by Tomasz Wiśniewski; Editing by Hugh Lawson)\n",
			"Floods strand thousands in coastal districts", []string{"Adaeze Okafor", "Tomasz Wiśniewski"}, "", "Heavy rain"},
		{"a by-line in the header wins over the credits",
			"Floods strand thousands in coastal districts\n\nBy Lindiwe Zulu\n\n" + rain + "\nReporting by Kofi Mensah; Editing by Hugh Lawson\n",
			"Floods strand thousands in coastal districts", []string{"Lindiwe Zulu"}, "", "Heavy rain"},
		{"a name and a role on the line below",
			"Central bank holds rate as inflation eases slowly\n\nNguyen Thi Mai\nEconomics Correspondent\n\nMay 30, 2024\n\n" + bank,
			"Central bank holds rate as inflation eases slowly", []string{"Nguyen Thi Mai"}, "2024-05-30", "The central bank"},
		{"a desk by-line names no one",
			"Heatwave pushes power demand to record high\n\nBy Our Correspondent\n\n30 May 2024\n\n" + grid,
			"Heatwave pushes power demand to record high", nil, "2024-05-30", "The national grid"},
		{"an agency by-line names the agency",
			"Heatwave pushes power demand to record high\n\nBy AFP\n\n30 May 2024\n\n" + grid,
			"Heatwave pushes power demand to record high", []string{"AFP"}, "2024-05-30", "The national grid"},
		{"by-line with the agency in brackets",
			"Heatwave pushes power demand to record high\n\nBy Ritika Chopra (PTI)\n\n30 May 2024\n\n" + grid,
			"Heatwave pushes power demand to record high", []string{"Ritika Chopra"}, "2024-05-30", "The national grid"},
		{"two names joined by a comma beside a date",
			"Central bank holds rate as inflation eases slowly\n\nIngrid Solberg, Mateus Oliveira | 16 April 2024\n\n" + bank,
			"Central bank holds rate as inflation eases slowly", []string{"Ingrid Solberg", "Mateus Oliveira"}, "2024-04-16", "The central bank"},
		{"posted by a name on a date with slashes",
			"What the Flood Maps Got Wrong\n\nPosted by Soren Lindqvist on 28/07/2024\n\n" + rain,
			"What the Flood Maps Got Wrong", []string{"Soren Lindqvist"}, "2024-07-28", "Heavy rain"},
		{"labels on lines of their own",
			"What the Flood Maps Got Wrong\n\nAuthor\nSoren Lindqvist\nPublished\n28 July 2024\n\n" + rain,
			"What the Flood Maps Got Wrong", []string{"Soren Lindqvist"}, "2024-07-28", "Heavy rain"},
		{"a doctor's title and credentials",
			"Why the Rate Pause Matters for Regional Lenders\n\nBy Dr Mateus Oliveira, PhD\n\n16 April 2024\n\n" + bank,
			"Why the Rate Pause Matters for Regional Lenders", []string{"Mateus Oliveira"}, "2024-04-16", "The central bank"},
		{"by-line with 'with'",
			"Floods Strand Thousands in Coastal Districts\n\nBy Madison Whitaker with Brandon Okoye\n\nOctober 3, 2024\n\n" + rain,
			"Floods Strand Thousands in Coastal Districts", []string{"Madison Whitaker", "Brandon Okoye"}, "2024-10-03", "Heavy rain"},
		// Headlines under kickers, sections and captions.
		{"section trail, kicker, headline",
			"Home / Business / Economy\n\nMONETARY POLICY\n\nCentral bank holds rate as inflation eases slowly\n\nBy Tan Wei Ling\n\nMay 30, 2024\n\n" + bank,
			"Central bank holds rate as inflation eases slowly", []string{"Tan Wei Ling"}, "2024-05-30", "The central bank"},
		{"caption and credit under the headline before the by-line",
			"Floods strand thousands in coastal districts\n\nA rescue boat in a flooded street in Port Harcourt on Sunday.\n\nPhoto: Adaeze Okafor/Reuters\n\nBy Kofi Mensah\n\n28 July 2024\n\n" + rain,
			"Floods strand thousands in coastal districts", []string{"Kofi Mensah"}, "2024-07-28", "Heavy rain"},
		{"credit with a rule, then the headline",
			"FILE PHOTO: A rescue boat in a flooded street in Port Harcourt. REUTERS/Adaeze Okafor/File Photo\n\nFloods strand thousands in coastal districts\n\nBy Kofi Mensah\n\n" + rain,
			"Floods strand thousands in coastal districts", []string{"Kofi Mensah"}, "", "Heavy rain"},
		{"a date and a place on the by-line",
			"Heatwave pushes power demand to record high\n\nRitika Chopra, New Delhi, May 30, 2024\n\n" + grid,
			"Heatwave pushes power demand to record high", []string{"Ritika Chopra"}, "2024-05-30", "The national grid"},
		{"a by-line with two names in capitals and an ampersand",
			"Heatwave pushes power demand to record high\n\nBY RITIKA CHOPRA & ANIRUDH SRINIVASAN\n\n30 May 2024\n\n" + grid,
			"Heatwave pushes power demand to record high", []string{"RITIKA CHOPRA", "ANIRUDH SRINIVASAN"}, "2024-05-30", "The national grid"},
		// Asian newspapers.
		{"Asia: by-line running into labelled posted and updated times",
			"Central bank holds rate as inflation eases slowly\n\nBy Choi Min-jun Posted : November 15, 2024, 17:17 Updated : November 15, 2024, 21:46\n\n" + bank,
			"Central bank holds rate as inflation eases slowly", []string{"Choi Min-jun"}, "2024-11-15", "The central bank"},
		{"Asia: two names and the paper in brackets, place and date on lines of their own",
			"Central bank holds rate as inflation eases slowly\n\nDewi Lestari and Budi Santoso (The Jakarta Globe)\nJakarta\nSun, January 5, 2020\n\n" + bank,
			"Central bank holds rate as inflation eases slowly", []string{"Dewi Lestari", "Budi Santoso"}, "2020-01-05", "The central bank"},
		{"Asia: by-line with a rule and a labelled date",
			"Central bank holds rate as inflation eases slowly\n\nBy Tan Wei Ling | Published: 30 May 2024, 5:00 am\n\n" + bank,
			"Central bank holds rate as inflation eases slowly", []string{"Tan Wei Ling"}, "2024-05-30", "The central bank"},
		{"Asia: headline, name and title, date with a slash time",
			"Central bank holds rate as inflation eases slowly\n\nBy Tan Wei Ling, Senior Correspondent\n\nMay 30, 2024 / 05:00 AM\n\n" + bank,
			"Central bank holds rate as inflation eases slowly", []string{"Tan Wei Ling"}, "2024-05-30", "The central bank"},
		{"Asia: two names joined by and without By, published label",
			"Central bank holds rate as inflation eases slowly\n\nPark Ji-won and Lee Hyun-woo\n\nPublished : 2024-05-30 15:20\n\n" + bank,
			"Central bank holds rate as inflation eases slowly", []string{"Park Ji-won", "Lee Hyun-woo"}, "2024-05-30", "The central bank"},
		// Think tanks.
		{"think tank: report kind, title, names separated by commas",
			"Commentary\n\nWhy the Rate Pause Matters for Regional Lenders\n\nIngrid Solberg, Mateus Oliveira and Yuki Tanaka\n\nApril 16, 2024\n\n" + bank,
			"Why the Rate Pause Matters for Regional Lenders", []string{"Ingrid Solberg", "Mateus Oliveira", "Yuki Tanaka"}, "2024-04-16", "The central bank"},
		{"think tank: authors label with plural",
			"Why the Rate Pause Matters for Regional Lenders\n\nAuthors: Ingrid Solberg and Mateus Oliveira\n\nDate: 16 April 2024\n\n" + bank,
			"Why the Rate Pause Matters for Regional Lenders", []string{"Ingrid Solberg", "Mateus Oliveira"}, "2024-04-16", "The central bank"},
		// Government releases.
		{"government: release label, title, date, no author",
			"Press Release\n\nGovernment Announces Flood Relief Fund for Coastal Districts\n\nReleased on 28 July 2024\n\n" + rain,
			"Government Announces Flood Relief Fund for Coastal Districts", nil, "2024-07-28", "Heavy rain"},
		// Blogs and newsletters.
		{"blog: date over the title, by-line under it",
			"July 28, 2024\n\nWhat the Flood Maps Got Wrong\n\nby Soren Lindqvist\n\n" + rain,
			"What the Flood Maps Got Wrong", []string{"Soren Lindqvist"}, "2024-07-28", "Heavy rain"},
		{"newsletter: issue line, title, author and date by a dot",
			"Issue #112\n\nWhat the Flood Maps Got Wrong\n\nSoren Lindqvist · Jul 28, 2024\n\n" + rain,
			"What the Flood Maps Got Wrong", []string{"Soren Lindqvist"}, "2024-07-28", "Heavy rain"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkHeader(t, tt.text, tt.title, tt.authors, tt.published, tt.first)
		})
	}
}
