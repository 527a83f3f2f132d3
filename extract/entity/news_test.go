package entity

import "testing"

// TestEntitiesNewsForms covers forms of wire and newspaper copy from many
// regions: an acronym that speaks or stands before an appositive naming a
// kind of body, a given name printed before the surname, "according to" a
// person, and places by the part of them a compass word names or by the
// administrative noun after them. Names are invented where a list might
// hold the real one, so that the evidence alone types them.
func TestEntitiesNewsForms(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"an acronym that speaks names a body",
			[]string{"The KVF said the count was rigged.", "“We will not stop,” the UDPM said on Monday.", "Police said the NRMU had filed a complaint."},
			[]string{"ORG KVF", "ORG UDPM", "ORG NRMU"}},
		{"a role or an idea written as an acronym is no body",
			[]string{"The CEO said profits fell.", "The GDP grew while the CPI fell."},
			nil},
		{"an acronym before an appositive naming a kind of body",
			[]string{"ZKTL, a Tokyo-based maker of robots, said profits fell.", "Bumbula, a Lagos-based fintech, raised $20 million.",
				"Marotel, Kenya's largest telecoms operator, said profits rose."},
			[]string{"ORG ZKTL", "GPE Tokyo", "ORG Bumbula", "GPE Lagos", "ORG Marotel", "GPE Kenya"}},
		{"plural words and appositives that describe no one body",
			[]string{"Money, laboratories and speed are real attractions.", "Hakimi, forklifts or cranes would do."},
			nil},
		{"a hyphenated given name before the surname",
			[]string{"Shun-wen Wang, a professor in Kaohsiung, told reporters the vote failed.", "According to Mei-ling Hsu, the recall failed."},
			[]string{"PERSON Shun-wen Wang", "GPE Kaohsiung", "PERSON Mei-ling Hsu"}},
		{"a hyphenated modifier made of a name is no given name",
			[]string{"Xi-ally Wang Qishan is expected to step down."},
			[]string{"PERSON Xi", "PERSON Wang Qishan"}},
		{"honorifics of many cultures are stripped like titles",
			[]string{"Sardar Ayaz Sadiq chaired the session, and Datuk Seri Anwar Ibrahim met Begum Khaleda Zia.", "Alhaji Aliko Dangote said the refinery would open.", "Ayatollah Ali Khamenei warned, and Emir Tamim bin Hamad Al Thani listened."},
			[]string{"PERSON Ayaz Sadiq", "PERSON Anwar Ibrahim", "PERSON Khaleda Zia", "PERSON Aliko Dangote", "PERSON Ali Khamenei", "PERSON Tamim bin Hamad Al Thani"}},
		{"a plural role noun in apposition says a list names people",
			[]string{"“The rules changed,” write Tavita Areddy and Chun Han Wong, reporters at the Lagos Courier.", "Kemi Adeyinka and Tunde Obasa, lawyers for the family, filed the suit."},
			[]string{"PERSON Tavita Areddy", "PERSON Chun Han Wong", "ORG Lagos Courier", "PERSON Kemi Adeyinka", "PERSON Tunde Obasa"}},
		{"a plural noun in apposition that is no role says nothing of a list",
			[]string{"Phantom Thread and Casting Shadows, films of the year, won."},
			nil},
		{"according to a full name",
			[]string{"According to Kofi Boateng, the mine closed.", "According to Human Rights Watch, the mine stayed open."},
			[]string{"PERSON Kofi Boateng", "ORG Human Rights Watch"}},
		{"a compass adjective before a place",
			[]string{"Shelling continued in eastern Zavrodia and north-western Kelmar.", "Rebels hold central Tarvisk."},
			[]string{"GPE Zavrodia", "GPE Kelmar", "GPE Tarvisk"}},
		{"a name the article writes after the is no place of one in",
			[]string{"The crew loaded up the Varella in Kodrik.", "The Varella motored out at dawn.", "The Tuvaro region and the Tuvaro government disagree with officials in Tuvaro."},
			[]string{"GPE Kodrik", "GPE Tuvaro", "GPE Tuvaro", "GPE Tuvaro"}},
		{"a software's or a ship's name after the modifies no place's noun",
			[]string{"We keep tasks in Quillstore.", "The server updates the Quillstore entity.", "Mail reached Dunmore in May, and the Dunmore council met."},
			[]string{"GPE Dunmore", "GPE Dunmore"}},
		{"a place named once after in stays a place",
			[]string{"A graduate student in Pellworth told the authors the rules were vague."},
			[]string{"GPE Pellworth"}},
		{"an administrative noun after the place",
			[]string{"Rebels seized towns in the Amhoro region.", "Floods hit the Sylmet district, and the Kassarine governorate’s capital fell.", "Troops entered the Vorsk region, officials in the Belgrova region said."},
			[]string{"GPE Amhoro", "GPE Sylmet", "GPE Kassarine", "GPE Vorsk", "GPE Belgrova"}},
		{"a title set in title case holds no places",
			[]string{"The report, titled “Win a Lasting Victory in Building a Fair Economy in All Quarters and Strive for Renewal”, ran long.",
				"Its fourth section was Securing Progress in Rural Areas and Villages."},
			nil},
		{"a name before in, lower-case words after the place",
			[]string{"She trained at the Adeyemi Police Academy in Lankor and at provincial schools.", "Dr. Priya Ramaswamy of the Water Forum in Guwhar argued otherwise."},
			[]string{"ORG Adeyemi Police Academy", "GPE Lankor", "PERSON Priya Ramaswamy", "ORG Water Forum", "GPE Guwhar"}},
		{"a body that speaks after a noun or a role that says it is one",
			[]string{"Beijing-based consultancy Trivium Partners said demand fell.", "Researchers at Recorded Horizon said the group was linked to Beijing.",
				"Analysts at Gavekor Dragonomics expect growth to slow."},
			[]string{"GPE Beijing", "ORG Trivium Partners", "ORG Recorded Horizon", "GPE Beijing", "ORG Gavekor Dragonomics"}},
		{"a person after a noun a firm shares with people",
			[]string{"“I thought a lot about it,” Lahore-based developer Tariq Mahmood wrote."},
			[]string{"GPE Lahore", "PERSON Tariq Mahmood"}},
		{"the appositive's head before a participle",
			[]string{"Volt Cyclone, a hacking group linked to Moscow, targeted utilities.", "Kestrel Nine, a firm owned by the state, denied it."},
			[]string{"ORG Volt Cyclone", "GPE Moscow", "ORG Kestrel Nine"}},
		{"a project is a body",
			[]string{"The Uyghur Rights Advocacy Project said the camps remained.", "Edited by staff of the Lantern Media Project."},
			[]string{"ORG Uyghur Rights Advocacy Project", "ORG Lantern Media Project"}},
		{"a dateline is no running text",
			[]string{"KANO, (Sahel Wire) – Officials in Kano said the road reopened.", "NEW DELHI (Reuters) - India said it would respond.", "BEIJING — The talks resumed."},
			[]string{"GPE Kano", "GPE India"}},
		{"a state named for a place, not a common noun in capitals",
			[]string{"He called the State Secretary of the Benue Hills State, Tina Agbor.", "The Deep State and a Police State were his themes, as was the deep state and the police."},
			[]string{"GPE Benue Hills State", "PERSON Tina Agbor"}},
		{"a place's head after an indefinite article is a common noun",
			[]string{"The shift from a Special Administrative Region to an Autonomous Region was slow.", "She works at a Gaza City hospital."},
			[]string{"GPE Gaza City"}},
		{"a place under a generic qualifier is the place",
			[]string{"This is the first essay of Global China’s series, on China.", "Greater China sales rose."},
			[]string{"GPE China", "GPE China", "GPE China"}},
		{"Korean names, surname first",
			[]string{"Wang met his counterpart Ri Yong-ho and Kwon Young-se in Pyongyang, and Choe Son-hui later."},
			[]string{"PERSON Ri Yong-ho", "PERSON Kwon Young-se", "GPE Pyongyang", "PERSON Choe Son-hui"}},
		{"a word that opens a body's name",
			[]string{"State-run Radio Kavango reported the attack.", "Rescuers from Project Tohora freed the whale."},
			[]string{"ORG Radio Kavango", "ORG Project Tohora"}},
		{"a seat of government that speaks takes the",
			[]string{"Rates rose, the Casa Verde said.", "Alicia Moreno said rates rose."},
			[]string{"ORG Casa Verde", "PERSON Alicia Moreno"}},
		{"the noun after a possessive run types its last part",
			[]string{"Uhuru Kamau’s Umoja party lost the vote."},
			[]string{"PERSON Uhuru Kamau", "ORG Umoja"}},
		{"an appositive of two roles joined by and",
			[]string{"However, Tariq Ahmed Jamali, a senator and former provincial minister, said on Monday it was over."},
			[]string{"PERSON Tariq Ahmed Jamali"}},
		{"given names of many cultures open a person's name with no other cue",
			[]string{"Kwabena Owusu-Ansah signed the bill.", "Witnesses said Abdirahman Warsame was arrested.",
				"Thandiwe Mkhize won, and Srettha Kanchana became premier.", "Ngaire Te Awa met Sitiveni Lagi."},
			[]string{"PERSON Kwabena Owusu-Ansah", "PERSON Abdirahman Warsame", "PERSON Thandiwe Mkhize", "PERSON Srettha Kanchana", "PERSON Ngaire Te Awa", "PERSON Sitiveni Lagi"}},
		{"an honorific is a title",
			[]string{"Hon. Kwaku Mensah-Bonsu spoke, and the Honourable Aliyu Danjuma replied."},
			[]string{"PERSON Kwaku Mensah-Bonsu", "PERSON Aliyu Danjuma"}},
		{"Taiwanese names in Wade-Giles, surname first",
			[]string{"Lai Ching-te spoke with Hsiao Bi-khim and Tseng Wen-tsan."},
			[]string{"PERSON Lai Ching-te", "PERSON Hsiao Bi-khim", "PERSON Tseng Wen-tsan"}},
		{"M/s before a firm's name",
			[]string{"The insurer M/s Kavisure agreed, and Leghari met the head of M/s Kavisure, Sheng Hetai."},
			[]string{"ORG Kavisure", "ORG Kavisure", "PERSON Sheng Hetai"}},
		{"a project of building works is no body",
			[]string{"The firm Kavisure will build the 700 MW Azad Tarbela Hydropower Project and the Lower Indus Railway Project.", "The Tidewater Media Project objected."},
			[]string{"ORG Kavisure", "ORG Tidewater Media Project"}},
		{"an Indian honorific is a title",
			[]string{"It was announced by the Foreign Secretary, Shri Harsh Vardhan Mehra, and Smt. Nirmala Iyer."},
			[]string{"PERSON Harsh Vardhan Mehra", "PERSON Nirmala Iyer"}},
		{"central before a listed place names a province of its own; a forest is no body",
			[]string{"Floods hit Central Kalimantan, and the Amazon Rainforest burned."},
			[]string{"GPE Central Kalimantan"}},
		{"a platform where something is posted is the product",
			[]string{"He has 1.9 million followers on Twitter and 7.7 million on Weibo, and wrote on his WeChat account.",
				"A user on China’s Baidu Tieba platform posted a picture, and it spread via Telegram."},
			[]string{"GPE China"}},
		{"a hyphenated pair of places opening a title's or an event's name",
			[]string{"Delegates debated the Kenya-Uganda Border Dispute.", "His column, Peru-Chile Ties Deepen, ran on Monday."},
			[]string{"GPE Kenya", "GPE Uganda", "GPE Peru", "GPE Chile"}},
		{"a hyphenated pair inside a natural feature's name, or one that goes on, names no place",
			[]string{"They mapped the Yunnan–Guizhou Plateau Survey Zone.", "Trade with Mexico-Latin America grew."},
			nil},
		{"whom a speaker tells under a name spelled as no person's is an outlet",
			[]string{"“We are ready,” the minister told KoroNews.", "The port is full, Amadou tells RTK Dimanche.", "The deal is off, she told Mahlangu."},
			[]string{"ORG KoroNews", "ORG RTK Dimanche"}},
		{"whom a speaker tells under a fused surname or a plural after an acronym is no outlet",
			[]string{"The coach told DeSantis about the plan.", "The mayor told NGO Leaders the budget would shrink."},
			nil},
		{"a platform where things are posted, read or watched is the product",
			[]string{"A new Weibo user posted it, and a YouTube video spread it.", "The app is more than a copy of Twitter, his favourite arena: Instagram.", "She reached millions on the messaging platform WeChat."},
			nil},
		{"a platform that speaks, deals or acts on someone is the company",
			[]string{"Instagram identifies him as a state official.", "Weibo has since removed the posts.", "TikTok will announce its results."},
			[]string{"ORG Instagram", "ORG Weibo", "ORG TikTok"}},
		{"a platform after a preposition of place is the product, whatever verb follows",
			[]string{"Posts on Twitter attracted thousands of replies.", "Clips on YouTube mocked the plan, and rumours spread on WeChat reached the city."},
			nil},
		{"a platform named after a plural or a naming verb is the product",
			[]string{"Social media platforms Facebook and Twitter were flooded with fake posts.", "Many now use an app called TikTok."},
			nil},
		{"a platform that a verb acts on is the company",
			[]string{"Regulators fined Facebook last year."},
			[]string{"ORG Facebook"}},
		{"a platform that acts is the company",
			[]string{"Twitter suspended the accounts, Facebook said it would act, and the tactic did not work on Snapchat CEO Evan Spiegel."},
			[]string{"ORG Twitter", "ORG Facebook", "ORG Snapchat", "PERSON Evan Spiegel"}},
		{"a platform before a listed verb in the past, or an unlisted one before its object, is the company",
			[]string{"Regulators said YouTube censored the clip.", "Later Instagram merged their data.", "Some Weibo tagged posts spread."},
			[]string{"ORG YouTube", "ORG Instagram"}},
		{"a transcript's speaker before a sentence of function words",
			[]string{"Minister Vivian Tan: Thank you all for being here.", "According to Human Rights Watch, it did not."},
			[]string{"PERSON Vivian Tan", "ORG Human Rights Watch"}},
		{"a title line is still a heading",
			[]string{"From Fishing Fleets to Naval Bases", "Fleets grew."},
			nil},
		{"a place noun inside a longer phrase, and regions no government holds",
			[]string{"The Rostova state corporation built it.", "Drought hit the Sahel region, the Arctic region and the Mekong region."},
			nil},
	})
}

// TestEntitiesListsAndNonPlaces covers the full names of a list of people
// that one of them, by its context or its shape, shows to be people
// (wire, parliamentary report, regional paper), lists that are no lists of
// people (films, a title's body), and capitalised words a preposition of
// place would make places: an event's or undertaking's name, a thing a
// nationality qualifies, what a thing is based on. Names are invented.
func TestEntitiesListsAndNonPlaces(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"a list of people one of whom speaks or is described",
			[]string{"Tevita Fifita, Ikaika Kahananui and Ngaire Hohaia said the boat had sunk.", "Speakers included Tshepo Mokoena, Rangi Parata and Lindiwe Dube, a lawyer."},
			[]string{"PERSON Tevita Fifita", "PERSON Ikaika Kahananui", "PERSON Ngaire Hohaia", "PERSON Tshepo Mokoena", "PERSON Rangi Parata", "PERSON Lindiwe Dube"}},
		{"a list of names most of which open with a given name",
			[]string{"He met Olusegun Obasanjo, Jakaya Kikwete and Uhuru Kenyatta in Addis Ababa."},
			[]string{"PERSON Olusegun Obasanjo", "PERSON Jakaya Kikwete", "PERSON Uhuru Kenyatta", "GPE Addis Ababa"}},
		{"a list of films with one given name, and a body in a title",
			[]string{"Honorable mentions: John Wick, Phantom Thread, Casting Shadows, The Wise Kids.", "Vice Minister of Water Resources Li Guoying (李国英) and Mele Tupou spoke."},
			[]string{"PERSON John Wick", "PERSON Li Guoying #李国英", "PERSON Mele Tupou"}},
		{"an operation or an exercise is no place",
			[]string{"The agency backed proxies in Operation Cyclone.", "Troops took part in Exercise Talisman Sabre near Darwin."},
			[]string{"GPE Darwin"}},
		{"a nationality qualifies a thing, not a place",
			[]string{"Shoppers in Irish Pubs complained.", "The festival was held in South Taranaki."},
			[]string{"GPE South Taranaki"}},
		{"what a thing is based on is no place",
			[]string{"It uses FPGA-based controllers and PC-based tests, unlike Yantai-based firms."},
			[]string{"GPE Yantai"}},
		{"names joined by and before a place's -based modifier are names of their own",
			[]string{"Beijing-based Xiaoyu Tech and Nairobi-based M-Kopa partnered.", "The Kestrel Fund and Trinidad and Tobago-based Caribo Bank agreed.", "A Hong Kong and Macao-based group objected."},
			[]string{"GPE Beijing", "ORG Xiaoyu Tech", "GPE Nairobi", "ORG M-Kopa", "ORG Kestrel Fund", "GPE Trinidad and Tobago", "ORG Caribo Bank", "GPE Hong Kong", "GPE Macao"}},
		{"a currency named by a place is no mention of the place",
			[]string{"Sales hit 9 billion yuan (US$1.2 billion), or NZ$ 2 billion.", "The fund holds 40 million Hong Kong dollars and some U.S. dollars.",
				"The Fiji dollar fell, while Fiji exports rose."},
			[]string{"GPE Fiji"}},
	})
}

// TestEntitiesFrontedPlaces covers a phrase of place put before the
// clause's subject (wire and regional copy): the subject after the comma
// is no item of a list of places, whatever the place before it is, while
// a list of places that acts stays one.
func TestEntitiesFrontedPlaces(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"the subject after a fronted place is no place",
			[]string{"Speaking in Kisumu, Wanjala told reporters the count was late.", "At a rally in Lagos, Tinubu promised reforms.", "In Kano, Abacha had ruled by decree."},
			[]string{"GPE Kisumu", "GPE Lagos", "GPE Kano"}},
		{"a list of places that acts is still a list",
			[]string{"Kenya, Uganda and Tanzania said they would cooperate.", "Officials in Mombasa, Malindi and Lamu agreed."},
			[]string{"GPE Kenya", "GPE Uganda", "GPE Tanzania", "GPE Mombasa", "GPE Malindi", "GPE Lamu"}},
	})
}

// TestEntitiesSentenceOpeners covers what opens a sentence before a comma
// or a name and is none: a word before the subject ("Overnight, the
// country …"), which an appositive closed by no comma does not type, and
// a number before a place's adjective or a name.
func TestEntitiesSentenceOpeners(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"the phrase after an opening word and a comma is the subject",
			[]string{"Overnight, the small island state vanished from the register.", "Quietly, the provincial bureau changed its rules.", "Zenvora, a Lyon-based maker, said sales fell."},
			[]string{"ORG Zenvora", "GPE Lyon"}},
		{"a number opening the sentence before a known name",
			[]string{"One Nairobi-based envoy said the talks stalled.", "Two Kenya officials agreed."},
			[]string{"GPE Nairobi", "GPE Kenya"}},
		{"a regnal numeral closes a name",
			[]string{"Queen Margrethe II met Pope Benedict XVI in Rome.", "Veterans of World War II and the Korean War marched."},
			[]string{"PERSON Margrethe II", "PERSON Benedict XVI", "GPE Rome"}},
	})
}

// TestEntitiesBareTitleWords covers outlets listed with "The" and one
// ordinary word ("The Paper", "The Guardian"): the word alone opening a
// sentence is that word, the outlet needs its "the".
func TestEntitiesBareTitleWords(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"the word alone opening a sentence",
			[]string{"Paper presented at the workshop on maritime law.", "Guardian angels watched the parade."},
			nil},
		{"the outlet with its article",
			[]string{"The Paper reported that the plant closed, and he told the Guardian so."},
			[]string{"ORG Paper", "ORG Guardian"}},
	})
}
