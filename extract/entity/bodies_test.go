package entity

import "testing"

// TestEntitiesBodies covers the forms of organisations' names on real
// pages: the legal form that closes a company's name, names across the
// line breaks of a hard-wrapped paragraph.
func TestEntitiesBodies(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"a legal form closes a company's name",
			[]string{"Shares of Tarvo Co. and Mellin Inc. and Brask Freight Corp. fell.", "A former Aldgate Holdings PLC trader sued Quorvan GmbH."},
			[]string{"ORG Tarvo Co.", "ORG Mellin Inc.", "ORG Brask Freight Corp.", "ORG Aldgate Holdings PLC", "ORG Quorvan GmbH"}},
		{"an ordinary word and of open a sentence before a name",
			[]string{"Officials of the Science and Technology Commission met.", "Bank of Kunlun staff and Secretary of State Rosa Delgado met."},
			[]string{"ORG Science and Technology Commission", "ORG Bank of Kunlun", "PERSON Rosa Delgado"}},
		{"a capitalised word after a legal form opens another name",
			[]string{"Courtesy of Helvar Media Inc Tencent shares rose."},
			[]string{"ORG Helvar Media Inc", "ORG Tencent"}},
		{"what is based somewhere is a body",
			[]string{"He led the Oslo-based Nordic Tibet Support Network for years.", "She joined the Taipei-based Lin Shan Tang."},
			[]string{"GPE Oslo", "ORG Nordic Tibet Support Network", "GPE Taipei", "ORG Lin Shan Tang"}},
		{"two bodies' names joined by and, each with its head word",
			[]string{"The Kavango Water Agency and Drevna Power Company signed the deal.", "Ardent Capital and Mivo Ventures led the round, not the Hong Kong and Macao Work Office."},
			[]string{"ORG Kavango Water Agency", "ORG Drevna Power Company", "ORG Ardent Capital", "ORG Mivo Ventures", "ORG Hong Kong and Macao Work Office"}},
		{"a listed name that holds an and, a title and a name after it",
			[]string{"National Development and Reform Commission Chairman Zhou Ping spoke first.", "Trinidad and Tobago Prime Minister Alan Sookdeo replied."},
			[]string{"ORG National Development and Reform Commission", "PERSON Zhou Ping", "GPE Trinidad and Tobago", "PERSON Alan Sookdeo"}},
		{"a body named after a person the article names is a body, a government so named is the person's",
			[]string{"Robert Lawrence Tamsin, chairman of the Tamsin Foundation, spoke.", "Amara Okafor left the Okafor Institute.", "President Ruto Njoroge spoke, and the Njoroge Administration agreed."},
			[]string{"PERSON Robert Lawrence Tamsin", "ORG Tamsin Foundation", "PERSON Amara Okafor", "ORG Okafor Institute", "PERSON Ruto Njoroge", "PERSON Ruto Njoroge=Njoroge"}},
		{"an owner's acronym opens one name of fields joined by and",
			[]string{"The NPC Environmental Protection and Resources Conservation Committee met."},
			[]string{"ORG NPC Environmental Protection and Resources Conservation Committee"}},
		{"a title's word before a body's head word is part of its name",
			[]string{"The General Administration of Customs released the data.", "The Kesh General Office and the Executive Committee of the Board agreed, and Secretary General Amina Odhiambo spoke."},
			[]string{"ORG General Administration of Customs", "ORG Kesh General Office", "ORG Executive Committee of the Board", "PERSON Amina Odhiambo"}},
		{"a General after a body's head word is part of its name, before a title it opens the title",
			[]string{"The Consulate General said it would help, and the Directorate General of Harbour Works agreed.", "Party General Secretary Liu Wen met the Confederation of Kesh Industry."},
			[]string{"ORG Consulate General", "ORG Directorate General of Harbour Works", "PERSON Liu Wen", "ORG Confederation of Kesh Industry"}},
		{"the office of an officeholder is one body's name",
			[]string{"The Office of the Director of National Intelligence said the threat grew.", "A report by the Office of the UN High Commissioner on Refugees came out, and the Office of the Kesh Trade Representative replied.",
				"The Office of the High Representative for Foreign Affairs met, and the Office of the President replied."},
			[]string{"ORG Office of the Director of National Intelligence", "ORG Office of the UN High Commissioner on Refugees", "ORG Office of the Kesh Trade Representative",
				"ORG Office of the High Representative for Foreign Affairs", "ORG Office of the President"}},
		{"an office held under a title of several words, a name after it its holder's",
			[]string{"Staff at the Office of the Prime Minister left, and the Office of the Chief Trade Adviser replied.", "The Office of the President Amani Ruto spoke."},
			[]string{"ORG Office of the Prime Minister", "ORG Office of the Chief Trade Adviser", "PERSON Amani Ruto"}},
		{"a participle opening the sentence takes the name after the for its object",
			[]string{"Addressing the Kesh Press Club, Amani Ruto warned of drills.", "Citing the Ministry of Commerce, Xinhua said exports rose."},
			[]string{"ORG Kesh Press Club", "PERSON Amani Ruto", "ORG Ministry of Commerce", "ORG Xinhua"}},
		{"a name before for the body's name is not part of it",
			[]string{"They chose Ngata for the Provincial Council, and the Centre for Strategic Studies agreed."},
			[]string{"ORG Provincial Council", "ORG Centre for Strategic Studies"}},
		{"a body's possessive before a body it owns splits them",
			[]string{"Scholars at the Kesh Academy of Social Sciences’ Institute of Harbour Studies disagreed, and the Tarvo Workers’ Union struck."},
			[]string{"ORG Kesh Academy of Social Sciences", "ORG Institute of Harbour Studies", "ORG Tarvo Workers’ Union"}},
		{"a body of a place's body is one name",
			[]string{"The Foreign Affairs Committee of Kenya’s National Assembly met.", "The Ministry of Justice’s Legal Office rejected it."},
			[]string{"ORG Foreign Affairs Committee of Kenya’s National Assembly", "ORG Ministry of Justice", "ORG Legal Office"}},
		{"the short name of a body the article names in full",
			[]string{"The Tonga Assembly Standing Committee met in May.", "The Standing Committee passed the bill."},
			[]string{"ORG Tonga Assembly Standing Committee", "ORG Tonga Assembly Standing Committee=Standing Committee"}},
		{"a short name two fuller names end with is the one named last",
			[]string{"The Assembly Standing Committee and the Party Standing Committee met.", "The Standing Committee passed the bill."},
			[]string{"ORG Assembly Standing Committee", "ORG Party Standing Committee", "ORG Party Standing Committee=Standing Committee"}},
		{"the short name of a listed body the article names by its acronym",
			[]string{"The PBSC met in May.", "The Standing Committee agreed, and so did the Provincial Office of the State Council, not the State Council."},
			[]string{"ORG Standing Committee=PBSC", "ORG Standing Committee", "ORG Provincial Office of the State Council", "ORG State Council"}},
		{"a place opening the name of something else is no mention of it",
			[]string{"The essay ran in the Kenya Heritage Quarterly, and Ghana Airways flew him home.", "He met Ambassador to the US Xie Feng."},
			[]string{"ORG Ghana Airways", "GPE US", "PERSON Xie Feng"}},
		{"a name across the line break of a wrapped paragraph",
			[]string{"The council said on Monday that the request made by Ngozi\nAdebayo-Cole would go, if it went anywhere, to the World Trade\nOrganization."},
			[]string{"PERSON Ngozi Adebayo-Cole=Ngozi\nAdebayo-Cole", "ORG World Trade Organization=World Trade\nOrganization"}},
		{"short lines are headings or list items, not a wrapped paragraph",
			[]string{"Reading:\nKemi Adeyemi\nHarbour Watch Report"},
			nil},
	})
}

// TestEntitiesMoreHeads covers head words of bodies' names beyond
// ministries and companies: schools, prosecutors, armed units, outlets'
// mastheads in English and in the languages their names keep.
func TestEntitiesMoreHeads(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"schools and prosecutors",
			[]string{"Zhang Lin, a professor at the Haidian School of Management, disagreed.", "The Supreme People’s Procuratorate and the Kesh Central Inspectorate opened cases."},
			[]string{"PERSON Zhang Lin", "ORG Haidian School of Management", "ORG Supreme People’s Procuratorate", "ORG Kesh Central Inspectorate"}},
		{"armed units and cartels",
			[]string{"The Royal Kesh Regiment and the Tarvo Militia clashed with the Sinaloa Cartel."},
			[]string{"ORG Royal Kesh Regiment", "ORG Tarvo Militia", "ORG Sinaloa Cartel"}},
		{"outlets' mastheads",
			[]string{"The Kesh Observer and the Harbour Sentinel ran the story, as did the Chosun Ilbo and the Asahi Shimbun.", "The Lagos Weekly and the Mardin Express disagreed."},
			[]string{"ORG Kesh Observer", "ORG Harbour Sentinel", "ORG Chosun Ilbo", "ORG Asahi Shimbun", "ORG Lagos Weekly", "ORG Mardin Express"}},
		{"a fleet in lower case is no body's head in an appositive",
			[]string{"According to Brandvold, the navy’s fleet of tankers is the real measure."},
			nil},
	})
}

// TestEntitiesNoBodyAfterAll covers capitalised phrases with a body's head
// word that name no body: a participle opening a sentence before a head
// word that qualifies a title, the name of an annual address, and a
// thing's name that ends with the body it belongs to.
func TestEntitiesNoBodyAfterAll(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"a participle opening the sentence before a head word",
			[]string{"Named Party chief of the province on Sunday, Wang Jun is 59.", "Elected Party secretary in 2012, Zhang Wei rose fast.", "Appointed Board chairman last year, she resigned."},
			[]string{"ORG Party", "PERSON Wang Jun", "ORG Party", "PERSON Zhang Wei"}}, // the Party is named
		{"a participle opening the sentence before a name that opens with a listed one",
			[]string{"Deployed UN Police advisers trained the force.", "Stationed Kenya Navy ships left port.", "Seconded World Bank Group staff helped."},
			[]string{"ORG UN Police", "ORG Kenya Navy", "ORG World Bank Group"}},
		{"an adjective or a listed word opening the sentence is part of the name",
			[]string{"United Party members walked out."},
			[]string{"ORG United Party"}},
		{"an annual address",
			[]string{"The State of the Union address mentioned China twice.", "In the State of the Judiciary report, the court listed delays."},
			[]string{"GPE China"}},
		{"a state of a place is the place",
			[]string{"The State of the Netherlands was sued."},
			[]string{"GPE Netherlands"}},
		{"a thing's head before of: the thing is the body's, no body",
			[]string{"The Annual Report of the Kenya Wildlife Service came out.", "Delegates amended the Constitution of the Zambian Farmers Union.", "The Charter of the Harbour Workers Union was read."},
			[]string{"ORG Kenya Wildlife Service", "ORG Zambian Farmers Union", "ORG Harbour Workers Union"}},
		{"an abstract head before of and a body's name with a place inside: the body's, no body",
			[]string{"Speakers hailed the Glorious Mission of the Kenya Farmers Union.", "The Permanent Mission of Ghana to the United Nations replied."},
			[]string{"ORG Kenya Farmers Union", "ORG Permanent Mission of Ghana", "ORG United Nations"}},
		{"a plural head after words that describe names a policy goal",
			[]string{"2. Building Stronger Supply Systems: supply chains and ports come first.", "Beijing backs Strategic Emerging Industries and Advanced Manufacturing Technologies.",
				"Kessler Systems and Ardent Technologies bid, as did Mitsubishi Heavy Industries."},
			[]string{"GPE Beijing", "ORG Kessler Systems", "ORG Ardent Technologies", "ORG Mitsubishi Heavy Industries"}},
	})
}

// TestEntitiesAdministrations covers a government named after its
// leader: no entity, neither a body nor a place (seeds/README.md), unless
// the article names the leader too, who is then the entity; in lower case
// ("the Merkel government") the leader so named is no entity either, and
// the possessive ("Ardern’s government") names him; a body of another kind
// named after a leader stays a body.
func TestEntitiesAdministrations(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"the leader named nowhere else",
			[]string{"Tariffs rose under the Obama Administration’s rules.", "The Merkel Government approved the plan in March."},
			nil},
		{"a body of another kind named after the leader",
			[]string{"The Obama Foundation opened a library in Chicago."},
			[]string{"ORG Obama Foundation", "GPE Chicago"}},
		{"the leader named too",
			[]string{"The Obama Administration kept the rules.", "Obama later said they worked."},
			[]string{"PERSON Obama", "PERSON Obama"}},
		{"a leader named only before the noun in lower case",
			[]string{"Exports fell under the Merkel government.", "A former Sarkozy administration adviser and an aide from the Yoon Suk-yeol administration wrote the report.",
				"Rules changed between the Carter and Reagan administrations."},
			nil},
		{"a leader named elsewhere, or in the possessive, stays a person",
			[]string{"The Modi government cut taxes, and Modi praised the move.", "Under Ardern’s government, rents rose."},
			[]string{"PERSON Modi", "PERSON Modi", "PERSON Ardern"}},
		{"a nationality before the noun is no leader's name",
			[]string{"Lena Ruiz and Kenyan government officials met in Mombasa."},
			[]string{"PERSON Lena Ruiz", "GPE Mombasa"}},
	})
}

// TestEntitiesTheParty covers "Party" capitalised alone, which writing
// about China uses for the Communist Party unless the article names a
// party of its own, and which before a title only qualifies it.
func TestEntitiesTheParty(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"the Party with no party named is the Communist Party",
			[]string{"Cadres must meet the goals set by the Party.", "Party officials in Gansu nodded."},
			[]string{"ORG Party", "ORG Party", "GPE Gansu"}},
		{"a party the article names",
			[]string{"The Kesh Labour Party won the vote.", "Later the Party split."},
			[]string{"ORG Kesh Labour Party", "ORG Kesh Labour Party=Party"}},
		{"another country's Communist Party is not the CCP the article names",
			[]string{"Laos's Communist Party sent a delegation.", "The Communist Party of China received it."},
			[]string{"GPE Laos", "ORG Communist Party", "ORG Communist Party of China"}},
		{"a bare head word before a title qualifies it",
			[]string{"Party Secretary Liu Wen and Board Chairman Amos Kiprono met.", "Chief Cabinet Secretary Kenji Mori and Deputy Party Secretary Zhao Min agreed.",
				"CHIEF CABINET SECRETARY: Kesh will answer."},
			[]string{"PERSON Liu Wen", "PERSON Amos Kiprono", "PERSON Kenji Mori", "PERSON Zhao Min"}},
	})
}

// TestEntitiesNumberedOrgans covers a party's organs and congresses after
// an ordinal, as writing on China numbers them by term: a congress is a
// meeting, of which only the party is named, however its name is written;
// a committee in one of its terms is the committee, and the party is named
// beside it. The parties are invented.
func TestEntitiesNumberedOrgans(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"a numbered congress names its party alone",
			[]string{"The Kesh Unity Party (KUP) met. The 9th KUP National Congress closed, and the 10th KUP Congress opened.", "The 11th National Congress of the Kesh Unity Party began, and the 12th Lumar Workers Party Congress ended."},
			[]string{"ORG Kesh Unity Party", "ORG Kesh Unity Party=KUP", "ORG Kesh Unity Party=KUP", "ORG Kesh Unity Party", "ORG Lumar Workers Party"}},
		{"a committee in one of its terms is the committee",
			[]string{"The Fourth Plenum of the 9th Central Committee of the Kesh Unity Party ended."},
			[]string{"ORG Central Committee", "ORG Kesh Unity Party"}},
		{"a committee of a party with no ordinal is one body's name",
			[]string{"The Central Committee of the Kesh Unity Party met again."},
			[]string{"ORG Central Committee of the Kesh Unity Party"}},
		{"a numbered national congress alone names nothing",
			[]string{"At its 12th National Congress, the Kesh Unity Party chose a leader."},
			[]string{"ORG Kesh Unity Party"}},
		{"a numbered legislature listed as a body is that body",
			[]string{"The 14th National People's Congress opened its second session."},
			[]string{"ORG National People's Congress"}},
	})
}

// TestEntitiesReportedByClause covers news copy that closes a sentence with
// the outlet that reported it: ", Kyodo News reported" is a clause of its
// own, no appositive saying that the name before the comma is a body; the
// names are invented.
func TestEntitiesReportedByClause(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"an outlet and its verb after a comma",
			[]string{"Critics opposed the Green Harbour Plan, Kesh Daily reported.", "Work stopped on the Lumar Belt Corridor (LBC), the Harbour Times said on Monday."},
			[]string{"ORG Kesh Daily", "ORG Harbour Times"}},
		{"an appositive noun phrase still types the name",
			[]string{"Kovalent, a Tokyo-based maker, said profits fell."},
			[]string{"ORG Kovalent", "GPE Tokyo"}},
	})
}

// TestEntitiesMissionHost covers a mission abroad named with the place that
// hosts it, capitalised as well as in lower case, and a listed name that
// holds "in"; where any other body merely sits stays outside its name. A
// place printed only inside such a name is no place of the text's own.
func TestEntitiesMissionHost(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"a host place named elsewhere is a place of its own",
			[]string{"The Kenyan Embassy in Lima said the visas were ready, and Lima agreed."},
			[]string{"ORG Kenyan Embassy in Lima", "GPE Lima", "GPE Lima"}},
		{"a capitalised embassy or consulate takes its host place",
			[]string{"A spokesman for the Kenyan Embassy in Lima said the visas were ready.", "The Consulate of Peru in Mombasa closed for a week."},
			[]string{"ORG Kenyan Embassy in Lima", "ORG Consulate of Peru in Mombasa"}},
		{"a head of two words, and the host after an of-phrase",
			[]string{"The Ghanaian High Commission in Ottawa issued a warning, and the Embassy of Chile in Hanoi agreed."},
			[]string{"ORG Ghanaian High Commission in Ottawa", "ORG Embassy of Chile in Hanoi"}},
		{"a listed name that holds in",
			[]string{"The American Institute in Taiwan (AIT) declined to comment."},
			[]string{"ORG American Institute in Taiwan", "ORG American Institute in Taiwan=AIT"}},
		{"where another body sits is no part of its name",
			[]string{"The Kesh Trade Council in Nairobi said exports fell.", "The Office of the Embassy in Accra closed.", "Japan’s space agency in Tokyo launched a probe."},
			[]string{"ORG Kesh Trade Council", "GPE Nairobi", "ORG Office of the Embassy", "GPE Accra", "GPE Japan", "ORG space agency", "GPE Tokyo"}},
		{"a mission before a place that is not its host's",
			[]string{"The Embassy said in Hanoi that talks went well.", "Staff of the Peruvian Embassy in the capital left."},
			[]string{"ORG Peruvian Embassy=Embassy", "GPE Hanoi", "ORG Peruvian Embassy"}},
		{"a consulate general, spaced, hyphenated and in lower case",
			[]string{"The Brazilian Consulate General in Lagos reopened.", "Queues formed outside the Mexican Consulate-General in Busan.", "The Polish consulate general in Perth stayed shut."},
			[]string{"ORG Brazilian Consulate General in Lagos", "ORG Mexican Consulate-General in Busan", "ORG Polish consulate general in Perth"}},
	})
}

// TestEntitiesMissionShortMention covers a mission named first with its
// host place and later without it: the later mention, by its words or by
// its head word alone, is the same body, so the article gives it one ID.
func TestEntitiesMissionShortMention(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"the name without its host",
			[]string{"The Nepalese Embassy in Seoul said flights would resume.", "Days later the Nepalese Embassy added that fares had risen."},
			[]string{"ORG Nepalese Embassy in Seoul", "ORG Nepalese Embassy in Seoul=Nepalese Embassy"}},
		{"the head word alone",
			[]string{"The Sri Lankan Consulate in Jeddah opened late.", "The Consulate said its staff were ill."},
			[]string{"ORG Sri Lankan Consulate in Jeddah", "ORG Sri Lankan Consulate in Jeddah=Consulate"}},
		{"in lower case, and the head before an of-phrase",
			[]string{"The Thai embassy in Lusaka issued a notice, and the Thai Embassy repeated it.", "The Embassy of Chile in Hanoi agreed, as the Embassy of Chile had in May."},
			[]string{"ORG Thai embassy in Lusaka", "ORG Thai embassy in Lusaka=Thai Embassy", "ORG Embassy of Chile in Hanoi", "ORG Embassy of Chile in Hanoi=Embassy of Chile"}},
		{"of two hosts, the one named last before, by its words or by the head word they share",
			[]string{"The Irish Embassy in Oslo and the Irish Embassy in Rome disagreed.", "The Irish Embassy later conceded.", "Staff said the Embassy declined to comment."},
			[]string{"ORG Irish Embassy in Oslo", "ORG Irish Embassy in Rome", "ORG Irish Embassy in Rome=Irish Embassy", "ORG Irish Embassy in Rome=Embassy"}},
		{"a head word two share goes with the one named last before it, whichever was named first",
			[]string{"The Danish Embassy in Lima closed on Monday, and the Danish Embassy in Quito stayed open.", "A week later the Danish Embassy in Lima reopened, and staff said the Embassy had issued visas."},
			[]string{"ORG Danish Embassy in Lima", "ORG Danish Embassy in Quito", "ORG Danish Embassy in Lima", "ORG Danish Embassy in Lima=Embassy"}},
		{"a head word two share before either is named is neither's",
			[]string{"Staff said the Embassy was shut.", "The Irish Embassy in Oslo and the Irish Embassy in Rome disagreed."},
			[]string{"ORG Irish Embassy in Oslo", "ORG Irish Embassy in Rome"}},
		{"a body that only sits in a place keeps its own name",
			[]string{"The Kesh Trade Council in Nairobi said exports fell.", "The Kesh Trade Council later revised the figure."},
			[]string{"ORG Kesh Trade Council", "GPE Nairobi", "ORG Kesh Trade Council"}},
	})
}

// TestEntitiesCompanyForms covers a company named with and without the
// corporate words that close its name: one company, under its fuller name.
func TestEntitiesCompanyForms(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"a name and the name closed by Corporation or Group",
			[]string{"The Kesh Development Bank Corporation lent the money.", "The Kesh Development Bank said the loan was sound.", "Tarvo Group cut jobs, and a spokesman for Tarvo denied it."},
			[]string{"ORG Kesh Development Bank Corporation", "ORG Kesh Development Bank Corporation=Kesh Development Bank", "ORG Tarvo Group", "ORG Tarvo Group=Tarvo"}},
		{"a name closed by a corporate word and a legal form",
			[]string{"Brask Shipping Holdings Ltd posted a loss, and Brask Shipping blamed fuel costs."},
			[]string{"ORG Brask Shipping Holdings Ltd", "ORG Brask Shipping Holdings Ltd=Brask Shipping"}},
		{"three forms of one name, each closing the next, are one company",
			[]string{"Brask Shipping Holdings Ltd posted a loss.", "Brask Shipping Holdings blamed fuel costs, and Brask Shipping cut routes."},
			[]string{"ORG Brask Shipping Holdings Ltd", "ORG Brask Shipping Holdings Ltd=Brask Shipping Holdings", "ORG Brask Shipping Holdings Ltd=Brask Shipping"}},
		{"a lone untyped name after the company's fuller name is that company",
			[]string{"Tarvo Group cut jobs.", "Analysts said Tarvo would recover."},
			[]string{"ORG Tarvo Group", "ORG Tarvo Group=Tarvo"}},
		{"a place is no company's name without its closing word",
			[]string{"The Kenya Group warned of risks across Kenya."},
			[]string{"ORG Kenya Group", "GPE Kenya"}},
	})
}
