package entity

import "testing"

// TestEntitiesPeopleInNews covers how news copy shows that a name no list
// holds is a person's: an age in commas, an appositive role with a prefix,
// an occupation as a title, and a Korean name in its own order; the
// people are invented.
func TestEntitiesPeopleInNews(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"an age in commas after the name",
			[]string{"Sione Latu, 42, was arrested on Tuesday.", "Latu, 42, denied the charge."},
			[]string{"PERSON Sione Latu", "PERSON Sione Latu=Latu"}},
		{"figures after places in a list are no ages",
			[]string{"Kenya, 42, and Uganda, 17, sent teams."},
			[]string{"GPE Kenya", "GPE Uganda"}},
		{"an appositive role with a prefix",
			[]string{"Ngaire Tapsell, co-leader of the Coastal Party, spoke, and Hemi Rangitane, ex-minister, agreed."},
			[]string{"PERSON Ngaire Tapsell", "ORG Coastal Party", "PERSON Hemi Rangitane"}},
		{"an occupation before the name is a title",
			[]string{"Coach Wiremu Tahana praised his players, and footballer Kofi Manu scored."},
			[]string{"PERSON Wiremu Tahana", "PERSON Kofi Manu"}},
		{"a body's or a field's chief before the name is a title",
			[]string{"The bloc's trade chief Tomasi Lagi met reporters.", "Later spy chief Mele Vaka resigned."},
			[]string{"PERSON Tomasi Lagi", "PERSON Mele Vaka"}},
		{"a role of public life before the name is a title",
			[]string{"Property tycoon Hemi Walker sold the tower.", "Later trade negotiator Sefa Mori and opposition candidate Lupe Taufa met the exiled critic Aroha Pene."},
			[]string{"PERSON Hemi Walker", "PERSON Sefa Mori", "PERSON Lupe Taufa", "PERSON Aroha Pene"}},
		{"a Korean surname before a hyphenated given name",
			[]string{"Park Seo-jun and Bae Min-ho met in Busan."},
			[]string{"PERSON Park Seo-jun", "PERSON Bae Min-ho", "GPE Busan"}},
		{"initials in capitals with no stops open a South Asian name; a title in capitals does not",
			[]string{"Home Secretary RK Menon met the envoy.", "SV Raghavan said the talks failed, and former FM Kavitha Rao agreed.", "The NGO Leaders met.", "KTN Kenya reported it."},
			[]string{"PERSON RK Menon", "PERSON SV Raghavan", "PERSON Kavitha Rao", "GPE Kenya"}},
		{"a plural role noun before like, including or such as a list of full names, a comma perhaps between",
			[]string{"Analysts such as Kwame Asante and Oduya Mensah doubted it.", "Several lawyers, including Tamati Rewi and Semisi Taufa, objected.",
				"Economists like Pita Havili disagreed, and countries such as Tonga agreed."},
			[]string{"PERSON Kwame Asante", "PERSON Oduya Mensah", "PERSON Tamati Rewi", "PERSON Semisi Taufa", "PERSON Pita Havili", "GPE Tonga"}},
		{"emeritus qualifies a title, before or after it, and is no name",
			[]string{"Kofi Mensah, Professor Emeritus of Keele University, wrote it.", "Senior Fellow Emeritus Tomas Lind spoke.", "Emeritus Professor Ruth Agyei agreed."},
			[]string{"PERSON Kofi Mensah", "ORG Keele University", "PERSON Tomas Lind", "PERSON Ruth Agyei"}},
		{"a retired officer's (Retd) after the rank is part of the title",
			[]string{"Lt Gen (Retd) Arun Sahgal said the talks would go on.", "Air Marshal (Retd) Kapil Mehra disagreed, and Gen (retd) Rohan Batra said so."},
			[]string{"PERSON Arun Sahgal", "PERSON Kapil Mehra", "PERSON Rohan Batra"}},
		{"a people named by its nationality's plural is no entity, nor a title's plural read off its qualifier; a place so spelled is a place",
			[]string{"Ghanaians said the loans were too big.", "This comes as Zambians, the International Monetary Fund (IMF) and traders raise questions.", "Many Uygurs and Filipinos agreed.", "See the Senior Leaders section.", "The Philippines protested."},
			[]string{"ORG International Monetary Fund", "GPE Philippines"}},
		{"an office's abbreviation with its full stop is a title, as the office in full is",
			[]string{"Gov. Marisol Keane signed the budget on Friday.", "Amb. Tomas Ferreira and Pres. Ida Lundqvist met Capt. Rui Matos, Cmdr. Lena Voss and Sgt. Owen Pryce."},
			[]string{"PERSON Marisol Keane", "PERSON Tomas Ferreira", "PERSON Ida Lundqvist", "PERSON Rui Matos", "PERSON Lena Voss", "PERSON Owen Pryce"}},
		{"a senator's abbreviation is a title only with its full stop: without it, it closes a listed name",
			[]string{"Sen. Dara Quill objected.", "Later the Cambodian leader, Premier Hun Sen, replied from Phnom Penh."},
			[]string{"PERSON Dara Quill", "PERSON Hun Sen", "GPE Phnom Penh"}},
	})
}

// TestEntitiesNameForms covers what papers print inside a person's name
// besides its words: a suffix after the surname, which may look like a
// title's word before it, and a nickname in quotes, which the name keeps
// as printed (its identity reads it without); the people are invented.
func TestEntitiesNameForms(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"a suffix closes the name, the word before it a surname",
			[]string{"Senator Ramon Villanueva Jr. said the bill would pass.", "Villanueva Jr. spoke again, and so did Tomas Bishop Sr. on Friday."},
			[]string{"PERSON Ramon Villanueva Jr.", "PERSON Ramon Villanueva Jr.=Villanueva Jr.", "PERSON Tomas Bishop Sr."}},
		{"a suffix alone names nobody",
			[]string{"Kwame Mensah, Jr. said the port would open."},
			[]string{"PERSON Kwame Mensah"}},
		{"a quoted nickname inside the name is part of the name as printed",
			[]string{"Defense chief Renato “Rocky” Salcedo said the patrols would go on.", "Mayor Lourdes 'Dedeng' Abrenica met Jose \"Pepe\" Lim.", "Salcedo and Lim spoke later."},
			[]string{"PERSON Renato “Rocky” Salcedo", "PERSON Lourdes 'Dedeng' Abrenica", "PERSON Jose \"Pepe\" Lim", "PERSON Renato “Rocky” Salcedo=Salcedo", "PERSON Jose \"Pepe\" Lim=Lim"}},
		{"a doctrine named after its author names the author",
			[]string{"Cadres study Mao Zedong Thought and Deng Xiaoping Theory, and now Xi Jinping Thought.", "The Kesh Doctrine and the Harbour Vision failed."},
			[]string{"PERSON Mao Zedong", "PERSON Deng Xiaoping", "PERSON Xi Jinping"}},
		{"a Burmese honorific is a title",
			[]string{"Minister U Kyaw Zin Thant met Daw Khin Myat Noe in Mandalay.", "U Kyaw Zin Thant said the talks went well."},
			[]string{"PERSON Kyaw Zin Thant", "PERSON Khin Myat Noe", "GPE Mandalay", "PERSON Kyaw Zin Thant"}},
		{"a listed person's name misprinted by a letter, the right spelling printed too, is that person",
			[]string{"Premier Li Keqiang opened the fair.", "Reporters later asked Li Keqang about rents, and Xi Jingping spoke last."},
			[]string{"PERSON Li Keqiang", "PERSON Li Keqiang=Li Keqang", "PERSON Xi Jingping"}},
		{"a listed person's name with two letters swapped, the right spelling printed too, is that person",
			[]string{"President Xi Jinping arrived on Monday.", "The talks were useful, Xi Jinpnig said."},
			[]string{"PERSON Xi Jinping", "PERSON Xi Jinping=Xi Jinpnig"}},
		{"a listed place misprinted by a slip, the right spelling printed too, is that place",
			[]string{"The summit opened in Nairobi on Monday.", "The Nairboi-based lender and a Mombassa-based firm signed the deal.", "Delegates flew on to Mombasa."},
			[]string{"GPE Nairobi", "GPE Nairobi=Nairboi", "GPE Mombasa=Mombassa", "GPE Mombasa"}},
		{"a place of no list a letter off a listed place the article does not print stays as printed",
			[]string{"The Nairoby-based lender opened a branch."},
			[]string{"GPE Nairoby"}},
		{"two names of no list a letter apart are two people",
			[]string{"Coach Marta Jansen praised Marta Janssen."},
			[]string{"PERSON Marta Jansen", "PERSON Marta Janssen"}},
		{"a title or a body's word in quotes is no nickname",
			[]string{"The Kesh Trade Office “Ambassador” Lina Moreau spoke."},
			[]string{"ORG Kesh Trade Office", "PERSON Lina Moreau"}},
	})
}

// TestEntitiesToldObject covers "told" after an appositive's comma: the
// name after it is whom the speaker told, a paper or a person, never the
// speaker, as it is after "said" ("”, said Parata"), nor after a verb that
// names ("calls", "termed"); a one-word name spelled as a person's is
// no outlet even where it closes the clause; the names are invented.
func TestEntitiesToldObject(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"an outlet told after an appositive is no person",
			[]string{"Kofi Mensah, a senior fellow at Keele University, told Kerrow on Friday that the plan would fail.", "“It will not last,” Ama Owusu, an economist, told Dunvale."},
			[]string{"PERSON Kofi Mensah", "ORG Keele University", "PERSON Ama Owusu"}},
		{"whom a speaker told under a surname's spelling is no outlet, told something or closing the clause",
			[]string{"“Prices will rise,” Wanjiru Kamau, a trader, told Plexa on Friday.", "The port is full, an official told Morvane last week.",
				"Police told Okonkwo that he was free to go.", "“We will win,” the coach told Rashford.", "The deal is off, she told Mahlangu.", "Police told Okonkwo.",
				"Grace Akinyi spoke first, and the minister later told Akinyi."},
			[]string{"PERSON Wanjiru Kamau", "PERSON Grace Akinyi", "PERSON Grace Akinyi=Akinyi"}},
		{"a name a naming verb gives is no speaker's",
			[]string{"The islet it calls Beixian Jiao is disputed, and the policy, often termed Shanzhong Qiuyi, stayed.", "The app was then called Corvo Lumen.", "“It will hold,” says Raneti."},
			[]string{"PERSON Raneti"}},
		{"an inverted speaker after said still speaks",
			[]string{"“It will not last,” said Tamsin Korr, an economist."},
			[]string{"PERSON Tamsin Korr"}},
	})
}

// TestEntitiesTitledChineseNames covers a Chinese official printed after
// a long title that ends with a body's name, no comma between, whose given
// name is spelled as a listed city: the body ends before the surname; the
// officials are invented.
func TestEntitiesTitledChineseNames(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"a given name spelled as a city",
			[]string{"Member of the Politburo Standing Committee Gao Changchun visited Hunan.", "Secretary of the CPC Yunnan Provincial Committee Zhou Kunming inspected the port."},
			[]string{"ORG Politburo Standing Committee", "PERSON Gao Changchun", "GPE Hunan", "ORG CPC Yunnan Provincial Committee", "PERSON Zhou Kunming"}},
		{"a listed place after a body stays a place",
			[]string{"Director of the Bank of China Hong Kong Wei Lan resigned."},
			[]string{"ORG Bank of China", "GPE Hong Kong", "PERSON Wei Lan"}},
	})
}

// TestEntitiesPeopleOfBody covers two people joined by "and" before the
// body the second is "of": the "and" joins names, it is no word inside a
// body's name ("the Hong Kong and Macao Affairs Office"); the people are
// invented.
func TestEntitiesPeopleOfBody(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"two full names before an of-phrase",
			[]string{"Zhou Yuyan and Li Wenhao of Fudan University wrote the report.", "The panel was chaired by Mark Hollis and Sean Lyle of the Brookings Institution."},
			[]string{"PERSON Zhou Yuyan", "PERSON Li Wenhao", "ORG Fudan University", "PERSON Mark Hollis", "PERSON Sean Lyle", "ORG Brookings Institution"}},
		{"a body's name with and stays whole",
			[]string{"The Kesh and Lumar Affairs Office and Procter and Gamble Company replied."},
			[]string{"ORG Kesh and Lumar Affairs Office", "ORG Procter and Gamble Company"}},
	})
}

// TestEntitiesTitleFields covers a title's field after "of": no person's
// name follows "of" at once, so the words after it are the field, and a
// name after the field is the holder's only when shaped as a person's on
// its own; the people are invented.
func TestEntitiesTitleFields(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"a field alone after the title names nobody",
			[]string{"Admiral Tomas Lind, Chief of Naval Operations, spoke.", "The Chief of Naval Operations said the fleet was ready, and the Head of Regional Logistics agreed."},
			[]string{"PERSON Tomas Lind"}},
		{"the holder's name after the field",
			[]string{"Chief of Staff Susie Wald met Director of Communications Kofi Mensah and Chief of Naval Operations Mike Gildow."},
			[]string{"PERSON Susie Wald", "PERSON Kofi Mensah", "PERSON Mike Gildow"}},
		{"a Vietnamese name after a title's field, a word of it written in lower case elsewhere",
			[]string{"The talks took long.", "Deputy Minister of Health Tran Van Long said the clinics would reopen."},
			[]string{"PERSON Tran Van Long"}},
		{"a union branch's secretary and an agency's deputy director, one person, longer than a run may be",
			[]string{"Lumar Port Workers Federation Northern Docks Branch Standing Committee Secretary and Kesh Pilotage Administration Eastern Coastal Region Inland Waterways Regional Office Deputy Director Amara Okafor opened the berth."},
			[]string{"ORG Lumar Port Workers Federation Northern Docks Branch Standing Committee", "ORG Kesh Pilotage Administration Eastern Coastal Region Inland Waterways Regional Office", "PERSON Amara Okafor"}},
	})
}

// TestEntitiesOfficialAfterBody covers copy that runs a body's name into
// its official's, no comma between: Chinese official copy after an
// acronym's parenthesis, where the body ends at its head word, and news
// copy after a role ("a spokesman for the Ministry of X Jane Doe said"),
// where it ends at the complement of its head's "of". The person after it
// is one by its own shape: a Chinese or Vietnamese name, a listed given
// name, or a surname the article has speak alone; the names are invented.
func TestEntitiesOfficialAfterBody(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"a Chinese name after a body's head word",
			[]string{"Head of the Liaison Department of the Kesh Unity Party (KUP) Central Committee Zhou Minghao is visiting Lumar."},
			[]string{"ORG Liaison Department of the Kesh Unity Party", "ORG Central Committee", "PERSON Zhou Minghao"}},
		{"a listed place after a body's name is no person",
			[]string{"The Bank of Kesh Hong Kong raised rates."},
			[]string{"ORG Bank of Kesh Hong Kong"}},
		{"a Chinese name after a body's complement, its surname alone later",
			[]string{"A spokeswoman for the Ministry of Commerce Gao Minghui said exports rose.", "Gao added that imports fell."},
			[]string{"ORG Ministry of Commerce", "PERSON Gao Minghui", "PERSON Gao Minghui=Gao"}},
		{"a listed given name opens the person after a complement of two words",
			[]string{"A spokesman for Japan's Ministry of Foreign Affairs Kenji Arata said the drills were routine."},
			[]string{"GPE Japan", "ORG Ministry of Foreign Affairs", "PERSON Kenji Arata"}},
		{"a person after a body, another joined to it by and",
			[]string{"Officials at the Ministry of Harbours Anna Vell and Kofi Adu declined to comment."},
			[]string{"ORG Ministry of Harbours", "PERSON Anna Vell", "PERSON Kofi Adu"}},
		{"a Vietnamese name of three words whole, its last word alone later",
			[]string{"A spokeswoman for the Ministry of Foreign Affairs Pham Lan Chi told reporters the ships had left.", "Chi said talks would go on."},
			[]string{"ORG Ministry of Foreign Affairs", "PERSON Pham Lan Chi", "PERSON Pham Lan Chi=Chi"}},
		{"a Vietnamese name opened by a short family name before Thi or Van, one word of it written in lower case elsewhere",
			[]string{"Officials from the Harbour Police Le Thi Ngoc Anh and Ho Van Tuan met the crew.", "Le Van Long took long to reply.", "Le Monde carried the story, and Le Van Gogh and Ho Van Halen are no names of that kind."},
			[]string{"ORG Harbour Police", "PERSON Le Thi Ngoc Anh", "PERSON Ho Van Tuan", "PERSON Le Van Long", "ORG Le Monde"}},
		{"a name of no list whose surname speaks alone elsewhere",
			[]string{"Kuzel later told reporters that no date was set.", "A spokesman for the Ministry of Fisheries Radomir Kuzel said the talks would resume."},
			[]string{"PERSON Radomir Kuzel=Kuzel", "ORG Ministry of Fisheries", "PERSON Radomir Kuzel"}},
		{"a name of no list that only speaks itself stays in the body's name: bodies speak too",
			[]string{"A spokesman for the Ministry of Fisheries Radomir Kuzel said the talks would resume."},
			[]string{"ORG Ministry of Fisheries Radomir Kuzel"}},
		{"words of a body's name that speak are no person",
			[]string{"The Office of Foreign Assets Control said the list would grow, and the Bureau of Customs Enforcement Operations said it made arrests."},
			[]string{"ORG Office of Foreign Assets Control", "ORG Bureau of Customs Enforcement Operations"}},
		{"a body's unit after its complement is no person, even one whose word stands alone",
			[]string{"The Ministry of Foreign Affairs Press Office issued a statement.", "The Ministry of Veterans Affairs Services Division said it would help.", "The Division said so."},
			[]string{"ORG Ministry of Foreign Affairs Press Office", "ORG Ministry of Veterans Affairs Services Division", "ORG Division"}},
		{"a body's name ends at its complement only before a name",
			[]string{"The Ministry of Foreign Affairs said on Monday it would protest."},
			[]string{"ORG Ministry of Foreign Affairs"}},
		{"a firm named after people, listed under the bank's name, is no person",
			[]string{"Analysts at Bank of America Merrill Lynch expect a cut."},
			[]string{"ORG Bank of America Merrill Lynch"}},
	})
}

// TestEntitiesRankCompounds covers a rank joined by a hyphen to what it
// qualifies, "General-level talks": a compound modifier, no name.
func TestEntitiesRankCompounds(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"a rank's compound after a title",
			[]string{"The armies held another round of Lt General-level talks in Moldo, after Major Gen-level talks failed."},
			[]string{"GPE Moldo"}},
		{"a hyphenated given name is still a name",
			[]string{"Lin Mei-hua met Chen Wen-je."},
			[]string{"PERSON Lin Mei-hua", "PERSON Chen Wen-je"}},
	})
}

// TestEntitiesRomanisedVariants covers a title and a single name that
// refer back to a person named in full earlier under another romanisation
// of that name, as lexicon.RomanisedNames lists them (Arabic, West African
// and South Asian names); the people are invented. Near misses stay
// apart: other vowels, names of other languages a doubled letter tells
// apart (Shen and Sheen, Alen and Allen, Scot and Scott), a listed pair
// under titles that disagree, two people the variant could be, a name
// spelled exactly elsewhere, a name without a title, and a full name that
// comes only after.
func TestEntitiesRomanisedVariants(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"a doubled consonant written once (Gulf wire)",
			[]string{"Emir Mohammed bin Rashid Al Kaabi met the envoy in Doha.", "Sheikh Mohamed thanked him for the visit."},
			[]string{"PERSON Mohammed bin Rashid Al Kaabi", "GPE Doha", "PERSON Mohammed bin Rashid Al Kaabi=Mohamed"}},
		{"a single consonant written doubled, the surname (Sahel daily)",
			[]string{"Defence Minister Abdoulaye Toure Hasan visited the base.", "Minister Hassan said troops would stay."},
			[]string{"PERSON Abdoulaye Toure Hasan", "PERSON Abdoulaye Toure Hasan=Hassan"}},
		{"a West African given name (Lagos weekly)",
			[]string{"Governor Abdullahi Musa Bello opened the bridge.", "Governor Abdulahi later toured the market."},
			[]string{"PERSON Abdullahi Musa Bello", "PERSON Abdullahi Musa Bello=Abdulahi"}},
		{"a South Asian surname (Karachi paper)",
			[]string{"Senator Farah Naz Sidiqui tabled the motion.", "Senator Siddiqui said the vote would come on Monday."},
			[]string{"PERSON Farah Naz Sidiqui", "PERSON Farah Naz Sidiqui=Siddiqui"}},
		{"other vowels are another name",
			[]string{"Emir Mohammed bin Rashid Al Kaabi met the envoy.", "Sheikh Mahmoud thanked him for the visit."},
			[]string{"PERSON Mohammed bin Rashid Al Kaabi", "PERSON Mahmoud"}},
		{"a Chinese surname is not an actor's name with a doubled letter",
			[]string{"Actor Martin Sheen visited the port on Friday.", "Mr Shen, a local trader, said the ferries were late."},
			[]string{"PERSON Martin Sheen", "PERSON Shen"}},
		{"a senator's rival spelled one letter short is another person",
			[]string{"Senator Mary Allen tabled the motion.", "Senator Alen, her rival, said the vote was rushed."},
			[]string{"PERSON Mary Allen", "PERSON Alen"}},
		{"an honorific and a surname one letter short",
			[]string{"Professor Anna Scott chaired the hearing.", "Ms Scot said the tender was unfair."},
			[]string{"PERSON Anna Scott", "PERSON Scot"}},
		{"an honorific tells no office, so it joins under an office (Lagos daily)",
			[]string{"President Mohamed Adeyemi opened the new port on Monday.", "Dr Mohammed told reporters the berths were full."},
			[]string{"PERSON Mohamed Adeyemi", "PERSON Mohamed Adeyemi=Mohammed"}},
		{"an honorific with its full stop tells no office either",
			[]string{"President Mohamed Adeyemi opened the new port on Monday.", "Dr. Mohammed told reporters the berths were full.", "Governor Abdullahi Musa Bello opened the bridge.", "Hon. Abdulahi later toured the market."},
			[]string{"PERSON Mohamed Adeyemi", "PERSON Mohamed Adeyemi=Mohammed", "PERSON Abdullahi Musa Bello", "PERSON Abdullahi Musa Bello=Abdulahi"}},
		{"an honorific of faith tells no office either (Kano weekly)",
			[]string{"Governor Abdullahi Musa Bello opened the bridge.", "Alhaji Abdulahi later toured the market."},
			[]string{"PERSON Abdullahi Musa Bello", "PERSON Abdullahi Musa Bello=Abdulahi"}},
		{"a listed pair under titles that disagree stays apart",
			[]string{"Finance Minister Ibrahim Hasan presented the budget.", "Opposition leader Hassan said it would fail."},
			[]string{"PERSON Ibrahim Hasan", "PERSON Hassan"}},
		{"a short name is no safe variant",
			[]string{"Minister Anna Kowalczyk arrived on Monday.", "Ms Ana Lopez said she would stay.", "Ms Ana spoke first."},
			[]string{"PERSON Anna Kowalczyk", "PERSON Ana Lopez", "PERSON Ana Lopez=Ana"}},
		{"a name spelled exactly elsewhere is that person",
			[]string{"Emir Mohammed bin Rashid Al Kaabi met President Mohamed Ould Sidi.", "President Mohamed spoke first."},
			[]string{"PERSON Mohammed bin Rashid Al Kaabi", "PERSON Mohamed Ould Sidi", "PERSON Mohamed Ould Sidi=Mohamed"}},
		{"two people the variant could be are neither",
			[]string{"Emir Mohammed bin Rashid Al Kaabi met Prince Mohammed bin Saif Al Nuaimi.", "Sheikh Mohamed thanked them."},
			[]string{"PERSON Mohammed bin Rashid Al Kaabi", "PERSON Mohammed bin Saif Al Nuaimi", "PERSON Mohamed"}},
		{"a single name without a title stays apart",
			[]string{"Emir Mohammed bin Rashid Al Kaabi met the envoy.", "Later, Mohamed said the talks had gone well."},
			[]string{"PERSON Mohammed bin Rashid Al Kaabi"}},
		{"a full name only after the variant is not referred back to",
			[]string{"Sheikh Mohamed thanked the envoy.", "Emir Mohammed bin Rashid Al Kaabi spoke later."},
			[]string{"PERSON Mohamed", "PERSON Mohammed bin Rashid Al Kaabi"}},
	})
}
