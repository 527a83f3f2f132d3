package entity

import "testing"

// TestEntitiesMentionForms covers general mention forms of news text: an
// acronym a source talks to, a place after "the town of", a nation's
// title word that is no state's name, a class of ships named after a
// place, a particle inside a place's name, a division after a name, a
// family name in capitals, a speaker or a person joined to a body by
// "and", seas sharing a head, a title before a listed name, a possessive
// inside a listed name, a company after a nationality and its business,
// initials, short forms of given names. Names are invented where a list
// might hold them.
func TestEntitiesMentionForms(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"an acronym told something is a body",
			[]string{"A farmer told KVR that the soldiers had gone.", "“It is closed,” an official told TLN on Monday."},
			[]string{"ORG KVR", "ORG TLN"}},
		{"one word that publishes is a body, and so is one spelled as a body's that a source talks to or whose study it is, unless the article names a person so",
			[]string{"“Demand is thin,” a broker told Quarrix.net on Tuesday.", "Her memoir was published by Ostrander, and a poll by VelmoraStat found support falling.", "A study by Ipsos agreed.", "Adaeze Okonjo spoke first; later she told Okonjo nothing.", "He told Kenyan reporters little."},
			[]string{"ORG Quarrix.net", "ORG Ostrander", "ORG VelmoraStat", "ORG Ipsos", "PERSON Adaeze Okonjo", "PERSON Adaeze Okonjo=Okonjo"}},
		{"a bare surname that a source talks to or whose study or research it is may be a person's: no body",
			[]string{"The coach told Rashford he would start on Sunday.", "Police told Okonkwo that he was free to go.", "She told Mum the news first.", "A study by Kissinger found that détente was fragile.", "Research by Mearsheimer suggests great powers compete.", "“Prices will rise,” Tendai Moyo, a trader, told Brannock."},
			[]string{"PERSON Tendai Moyo"}},
		{"one that the article types as a body elsewhere is one after 'told' too",
			[]string{"Brannock, a business magazine, reported on Monday that the port had closed.", "“Prices will rise,” a trader told Brannock."},
			[]string{"ORG Brannock", "ORG Brannock"}},
		{"a dotted acronym joined by a hyphen opens a body's name",
			[]string{"The U.S.-Ghana Trade Council and the U.K.-Kenya Business Forum met, and U.S.-led talks followed."},
			[]string{"ORG U.S.-Ghana Trade Council", "ORG U.K.-Kenya Business Forum", "GPE U.S."}},
		{"a title in the plural before the names it heads is a title; with no name after it, a body's members",
			[]string{"The new Vice Premiers Zhao Minghui and Liu Jianguo arrived, and Senators Margaret Olsen and Daniel Reyes wrote to them.", "The Board of Governors met before the Trade Ministers Dialogue."},
			[]string{"PERSON Zhao Minghui", "PERSON Liu Jianguo", "PERSON Margaret Olsen", "PERSON Daniel Reyes", "ORG Board of Governors"}},
		{"a body's General before a person's name is the person's title",
			[]string{"Air Force General Daniel Okafor met PLA General Sun Wenbo, and the Consulate General stayed shut."},
			[]string{"ORG Air Force", "PERSON Daniel Okafor", "ORG PLA", "PERSON Sun Wenbo", "ORG Consulate General"}},
		{"a place after a body's 'General' leaves the 'General' the body's, whatever surnames the place's words are",
			[]string{"The U.S. Consulate General Hong Kong issued a statement on Monday.", "The Consulate General Chen Wei visited the port.", "Army General Ma Lin met the Consulate General of Kesh."},
			[]string{"PERSON Chen Wei", "PERSON Ma Lin", "ORG Consulate General of Kesh"}},
		{"a title word that opens a body's name with no person after it is the body's",
			[]string{"Officers of the General Logistics Department met the General Staff Department, and Director of Plans Office staff waited."},
			[]string{"ORG General Logistics Department", "ORG General Staff Department", "ORG Plans Office"}},
		{"a title's qualifier opening a sentence is read as it is in lower case",
			[]string{"Former Tavelle CEO Maria Costa resigned.", "Acting Kavrok chairman Li Wenbo spoke.", "Former President Obama and General Motors agreed."},
			[]string{"ORG Tavelle", "PERSON Maria Costa", "ORG Kavrok", "PERSON Li Wenbo", "PERSON Obama", "ORG General Motors"}},
		{"a title modifier that can open a company's name stays in it",
			[]string{"Vice Media chief executive Nancy Dubuc left the company.", "General Mills CEO Jeff Harmening cut prices.", "Interim Dorvane CEO Ama Boateng stayed."},
			[]string{"ORG Vice Media", "PERSON Nancy Dubuc", "PERSON Jeff Harmening", "ORG Dorvane", "PERSON Ama Boateng"}},
		{"a unit is a body's head word",
			[]string{"Analysts at the Economist Intelligence Unit and the Kenya Financial Reporting Unit disagreed."},
			[]string{"ORG Economist Intelligence Unit", "ORG Kenya Financial Reporting Unit"}},
		{"a country's name spelled with its own accents",
			[]string{"Cocoa from São Tomé and Príncipe reached Lisbon."},
			[]string{"GPE São Tomé and Príncipe", "GPE Lisbon"}},
		{"a place after the town or hamlet of",
			[]string{"Miners marched in the mining town of Velukka and the hamlet of Bao Tre."},
			[]string{"GPE Velukka", "GPE Bao Tre"}},
		{"a nation's State Councilor names no state",
			[]string{"Chinese State Councilor Tan Weiming met envoys from Rakhine State."},
			[]string{"PERSON Tan Weiming", "GPE Rakhine State"}},
		{"a state after a head's \"of\" is the body's field, no place",
			[]string{"The United States Department of State (DOS) revoked the visas, and DOS officials declined to comment.", "The Zambian Ministry of State for Mines agreed."},
			[]string{"ORG United States Department of State", "ORG United States Department of State=DOS", "ORG Zambian Ministry of State for Mines"}},
		{"a class of ships named after a place",
			[]string{"Two Virginia-class submarines and an Ohio-class boat left Guam."},
			[]string{"GPE Guam"}},
		{"a particle joins the parts of a place's name",
			[]string{"Patrol boats were seen near Punta de Caldera and in Villa del Monte on Sunday."},
			[]string{"GPE Punta de Caldera", "GPE Villa del Monte"}},
		{"an administrative division in lower case after a name",
			[]string{"Floods hit Nepal's Sorvani district, and residents of Talu county fled.", "The Boende region suffered, and Kovar province is poor."},
			[]string{"GPE Nepal", "GPE Sorvani", "GPE Talu", "GPE Boende", "GPE Kovar"}},
		{"a division noun that qualifies another noun, or a nation's state",
			[]string{"The Velkor state corporation agreed, and the Chinese state responded."},
			nil},
		{"a Chinese family name printed in capitals",
			[]string{"The panel was chaired by LIU Wenhao, Dean of the school, with Prof. ZHOU Meiling.", "Mr. Daniel Jiawei TANG spoke at a Shanghai AI forum."},
			[]string{"PERSON LIU Wenhao", "PERSON ZHOU Meiling", "PERSON Daniel Jiawei TANG", "GPE Shanghai"}},
		{"a speaker joined to a body by 'and I'",
			[]string{"“The Ministry of Ports and I have said so,” Wanjiru said."},
			[]string{"ORG Ministry of Ports"}},
		{"a person joined to a body's name with 'for'",
			[]string{"The Centre for Maritime Studies and Helen Odhiambo hosted the meeting."},
			[]string{"ORG Centre for Maritime Studies", "PERSON Helen Odhiambo"}},
		{"seas that share a plural head are no places",
			[]string{"Patrols crossed the South China, East China and Yellow Seas, then the Black and Caspian seas near Russia."},
			[]string{"GPE Russia"}},
		{"a leader's title is off the name the gazetteer lists",
			[]string{"Chairman Mao wrote the essay in 1938."},
			[]string{"PERSON Mao"}},
		{"a possessive inside a listed name after 'of the' splits nothing",
			[]string{"The Southern Fleet of the People’s Liberation Army sailed on Monday."},
			[]string{"ORG Southern Fleet of the People’s Liberation Army"}},
		{"a company after its line of business and a nationality",
			[]string{"Regulators fined Chinese AI server maker Quvora, and Kenyan lender Tamu said so.", "The list adds Chengdu Lanshi Technology."},
			[]string{"ORG Quvora", "ORG Tamu", "ORG Chengdu Lanshi Technology"}},
		{"two initials open a person's name",
			[]string{"The lecture by R. K. Mehta ended, and troops from S. Korea left."},
			[]string{"PERSON R. K. Mehta"}},
		{"a common short form of a given name",
			[]string{"The court jailed Jimmy Okafor, and Bobby Tanaka and Terry Mwangi left."},
			[]string{"PERSON Jimmy Okafor", "PERSON Bobby Tanaka", "PERSON Terry Mwangi"}},
	})
}

// TestEntitiesCompoundInPlaceList covers a hyphenated pair of places that
// a list of places after "in" reaches: the pair is read as its places,
// not typed a place of its own by the list's cue.
func TestEntitiesCompoundInPlaceList(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"a pair of places after a place in a list",
			[]string{"Envoys discussed the situation in Kenya and Kenya-Uganda trade."},
			[]string{"GPE Kenya", "GPE Kenya", "GPE Uganda"}},
		{"one place spelled with a hyphen stays whole",
			[]string{"He lives in Guinea-Bissau."},
			[]string{"GPE Guinea-Bissau"}},
	})
}
