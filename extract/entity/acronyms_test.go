package entity

import "testing"

// TestEntitiesActingAcronyms covers acronyms no list holds, typed by what
// the text does with them: the subject of a modal or of "have" is a body
// (wire copy, a ministry transcript, a party statement), an acronym of a
// common noun is not, and an acronym the article spells out anywhere, in
// either order, is the body or the thing it spells. Names are invented so
// that the evidence alone types them.
func TestEntitiesActingAcronyms(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"the subject of a modal or of have is a body (wire)",
			[]string{"The KWTU will hold a strike next week, union officials said.", "ODPK has rejected the results.",
				"The TLPN would not boycott the session.", "BNLF could also face a ban."},
			[]string{"ORG KWTU", "ORG ODPK", "ORG TLPN", "ORG BNLF"}},
		{"the subject of a modal in a ministry transcript",
			[]string{"Question: Will the SRDC send observers?", "Spokesperson Aigerim Bekova: The SRDC has always supported dialogue, and the MFCA will issue a statement."},
			[]string{"ORG SRDC", "PERSON Aigerim Bekova", "ORG SRDC", "ORG MFCA"}},
		{"a listed acronym printed in title case, house style, is that body",
			[]string{"Nato allies met in Riga, and Asean ministers replied.", "Opec cut output; Unesco listed the site."},
			[]string{"ORG Nato", "GPE Riga", "ORG Asean", "ORG Opec", "ORG Unesco"}},
		{"a listed acronym's word in title case stays a word where the article writes it in lower case",
			[]string{"Opec said nothing.", "An opec of sorts, the cartel met."},
			nil},
		{"the acronym of a technology is no body",
			[]string{"The site is written in PHP, HTML and CSS.", "VR can turn a game into something new.", "The frontend accepts RPC requests, and the OS ships with an SDK."},
			nil},
		{"an acronym of a common noun does nothing a body does",
			[]string{"AI will transform the economy.", "GDP could shrink, and LNG has become costlier.", "EVs will dominate sales, while the CPI may rise."},
			nil},
		{"an acronym after its object's verb is no subject",
			[]string{"Investors want HKTX to fall.", "The VTRC, will it act?"},
			nil},
		{"an acronym spelled out later in the article (broadsheet)",
			[]string{"MKP officials denied the report on Sunday.", "The Mavuto Kenda Party swept the northern region in 2019."},
			[]string{"ORG Mavuto Kenda Party=MKP", "ORG Mavuto Kenda Party"}},
		{"an acronym spelled out earlier, connectors and all (think tank)",
			[]string{"Officials at the Ministry of Ocean Affairs spoke first.", "MOOA will respond in writing, the ministry said.",
				"The Tarawa Fisheries Authority agreed, and TFA inspectors began work."},
			[]string{"ORG Ministry of Ocean Affairs", "ORG Ministry of Ocean Affairs=MOOA", "ORG Tarawa Fisheries Authority", "ORG Tarawa Fisheries Authority=TFA"}},
		{"an acronym of initials whose letters also sit inside a later word (institute)",
			[]string{"The forum was run by the Colombia International Communications Guild (CICG).", "Ana Ruiz, vice president of CICG, opened it."},
			[]string{"ORG Colombia International Communications Guild", "PERSON Ana Ruiz", "ORG Colombia International Communications Guild=CICG"}},
		{"a connector spells no letter of an acronym: a name coordinated before it stays apart",
			[]string{"Relations between Chad and the Council of Sahel Pastoralists (CESP) improved."},
			[]string{"GPE Chad", "ORG Council of Sahel Pastoralists"}},
		{"an acronym of the name's words in another order (a party named as another language orders it)",
			[]string{"A council of the Liberal Party of Tarvania (TLP) met, and TLP leaders spoke."},
			[]string{"ORG Liberal Party of Tarvania", "ORG Liberal Party of Tarvania=TLP"}},
		{"an acronym inside the name spells all its letters, its of spells one",
			[]string{"The UN Bureau of Fisheries (UNBOF) met, and UNBOF officials spoke."},
			[]string{"ORG UN Bureau of Fisheries", "ORG UN Bureau of Fisheries=UNBOF"}},
		{"letters two names spell out name neither",
			[]string{"The Kisumu Port Authority and the Kigoma Ports Agency met.", "KPA officials were there."},
			[]string{"ORG Kisumu Port Authority", "ORG Kigoma Ports Agency"}},
		{"an acronym a plan or a law spells out is no body",
			[]string{"Nalani proposed a “Pacific Harbour Initiative” last year.", "The PHI has since stalled, and the PHI will be reviewed."},
			nil},
	})
}

// TestEntitiesLegislatures covers the legislature named by a common noun
// alone, capitalised (newspaper and parliamentary reporting), and the
// common noun in lower case.
func TestEntitiesLegislatures(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"a legislature's noun alone, capitalised",
			[]string{"In Parliament yesterday, Tevita Fifita confirmed the deal.", "The bill now goes to the Senate, then back to Parliament."},
			[]string{"ORG Parliament", "PERSON Tevita Fifita", "ORG Senate", "ORG Parliament"}},
		{"at a sentence's start, only where the article never writes it in lower case",
			[]string{"Parliament passed the bill on Thursday.", "Opposition members walked out."},
			[]string{"ORG Parliament"}},
		{"a legislature's noun refers to the fuller name the article gives it",
			[]string{"The National Parliament of Tuvalia met on Monday.", "Opposition members later walked out of Parliament."},
			[]string{"ORG National Parliament of Tuvalia", "ORG National Parliament of Tuvalia=Parliament"}},
		{"a head word before of is the short name of the body",
			[]string{"The Workers’ Party of Lindoria held its congress.", "The Party later said the plenum would follow.",
				"The Ministry of Coastal Affairs issued rules.", "The Ministry said they take effect in May."},
			[]string{"ORG Workers’ Party of Lindoria", "ORG Workers’ Party of Lindoria=Party", "ORG Ministry of Coastal Affairs", "ORG Ministry of Coastal Affairs=Ministry"}},
		{"a legislature's noun before a title qualifies the title",
			[]string{"Senate Majority Leader Ama Owusu spoke in Parliament."},
			[]string{"PERSON Ama Owusu", "ORG Parliament"}},
		{"the noun in lower case is no name",
			[]string{"Parliament passed the bill on Thursday.", "The parliament will sit again in May, and a senate is planned."},
			nil},
	})
}

// TestEntitiesNameBoundaries covers where a person's name ends beside
// other capitalised words: a listed place before it that a title names
// ("ambassador to"), a title or the opposition's role after it, in news,
// diplomatic and parliamentary copy.
func TestEntitiesNameBoundaries(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"a place a title names before the name",
			[]string{"China's ambassador to France Lu Shaye said the states lacked status.", "Ambassador to Japan Rahm Emanuel spoke.",
				"Kenya's envoy to Ghana Wanjiru Kamau left."},
			[]string{"GPE China", "GPE France", "PERSON Lu Shaye", "GPE Japan", "PERSON Rahm Emanuel", "GPE Kenya", "GPE Ghana", "PERSON Wanjiru Kamau"}},
		{"a first name that is also a place stays in a two-word name",
			[]string{"Jordan Mwangi said the club would appeal."},
			[]string{"PERSON Jordan Mwangi"}},
		{"a title after the name",
			[]string{"The motion was moved by Losaline Vea Opposition Leader.", "The leader of the opposition party, Ikaika Kahananui\nOpposition"},
			[]string{"PERSON Losaline Vea", "PERSON Ikaika Kahananui"}},
		{"full names joined by and after an author's by or according to",
			[]string{"The report was written by Siddharth Varadarajan and Aarti Tikoo.", "According to Mele Tupou and Sione Vaka, the boat sank."},
			[]string{"PERSON Siddharth Varadarajan", "PERSON Aarti Tikoo", "PERSON Mele Tupou", "PERSON Sione Vaka"}},
		{"a left single quote printed for an apostrophe inside a name or a possessive",
			[]string{"Delegates to the Tarvo People‘s Assembly met, and Kenya‘s parliament agreed.", "The Kesh Workers‘ Union struck."},
			[]string{"ORG Tarvo People‘s Assembly", "GPE Kenya", "ORG Kesh Workers‘ Union"}},
		{"the opposition's title before the name",
			[]string{"Opposition Leader Siosaia Tupou and Shadow Minister Ngaire Hohaia walked out."},
			[]string{"PERSON Siosaia Tupou", "PERSON Ngaire Hohaia"}},
	})
}

// TestEntitiesKnownAs covers an acronym that "known as" gives the name
// before it, whatever its letters spell (a name in another language, an
// "of" phrase), and a thing so called; names are invented.
func TestEntitiesKnownAs(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"an acronym after known as names the body before it",
			[]string{"The Tentera Darat Selatan, known as TDS, moved north.", "TDS later withdrew."},
			[]string{"ORG Tentera Darat Selatan", "ORG Tentera Darat Selatan=TDS", "ORG Tentera Darat Selatan=TDS"}},
		{"an adverb and the before the acronym",
			[]string{"The Defence Forces of Kessaria, better known as the KDF, denied it.", "The KDF said no shots were fired."},
			[]string{"ORG Defence Forces of Kessaria", "ORG Defence Forces of Kessaria=KDF", "ORG Defence Forces of Kessaria=KDF"}},
		{"a thing known as an acronym is no body",
			[]string{"The drug, known as TXR, is banned."},
			nil},
	})
}
