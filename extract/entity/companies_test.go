package entity

import "testing"

// TestEntitiesCompanyEvidence covers the words of business copy that say
// an unlisted name is a company's: its shares, a role whose holder it
// employs, a spokesperson for it, a noun for a kind of body opening the
// sentence before it, an appositive whose head comes before a participle
// phrase, and a weekday after a place in wire copy. Names are invented.
func TestEntitiesCompanyEvidence(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"a subsidiary or an affiliate after a name is that company's; one named after it is a company too",
			[]string{"Workers at Kestral’s Vamo subsidiary in Lyon struck.", "The Tovi affiliate filed for bankruptcy, and affiliates such as Mellbrook agreed.", "Kestral’s subsidiary closed in May, and its Lyon subsidiary was sold."},
			[]string{"ORG Vamo", "GPE Lyon", "ORG Tovi", "ORG Mellbrook", "GPE Lyon"}},
		{"a company's shares and stock",
			[]string{"Shares of Zenvora fell 5% on Monday.", "Kestrali shares rose after the results, and investors sold Norvik stock."},
			[]string{"ORG Zenvora", "ORG Kestrali", "ORG Norvik"}},
		{"a listed body's product or programme names the body, its line of business a part of it",
			[]string{"We accept Apple Pay, and the rig runs an Intel Core chip.", "The site gained UNESCO World Heritage status.", "Alibaba Cloud and Bloomberg Economics cut their forecasts."},
			[]string{"ORG Apple", "ORG Intel", "ORG UNESCO", "ORG Alibaba Cloud", "ORG Bloomberg Economics"}},
		{"a market's shares are no company's",
			[]string{"Hong Kong shares fell and Chinese stocks rose.", "Investors dumped Zenvora’s shares."},
			[]string{"GPE Hong Kong"}},
		{"a corporate role of a body, a spokesperson for one",
			[]string{"“We will expand,” Ge Junjie, chairman of Hunan Dakang Pasture Farming, said.", "A spokesperson for Quillon declined to comment."},
			[]string{"PERSON Ge Junjie", "ORG Hunan Dakang Pasture Farming", "ORG Quillon"}},
		{"a spokesman for a titled person speaks for the person",
			[]string{"A spokesman for President Amani Ruto said the talks went well."},
			[]string{"PERSON Amani Ruto"}},
		{"a kind of body opening the sentence",
			[]string{"Carmaker Ruvexa recalled 10,000 cars.", "Broadcaster Tevana TV aired the interview.", "Lender Kabari Bank cut rates."},
			[]string{"ORG Ruvexa", "ORG Tevana TV", "ORG Kabari Bank"}},
		{"a kind of body after the word that opens the sentence",
			[]string{"Telecom operator Mobexa raised prices.", "State broadcaster KTVN aired it."},
			[]string{"ORG Mobexa", "ORG KTVN"}},
		{"a kind of body after modifiers that open the sentence or follow a comma",
			[]string{"Budget fashion retailer Kovia cut prices.", "Lumar hotels, online travel agency Trivago, and others apologised.",
				"Output rose, and state utility Kenvora raised its forecast.", "Players blamed Blockcraft developer Mojira."},
			[]string{"ORG Kovia", "ORG Trivago", "ORG Kenvora", "ORG Mojira"}},
		{"a verb in any tense ends the clause before a kind of body, which opens after it; an adjective in -ed opening the sentence is a modifier",
			[]string{"Fans sued game studio Korvath.", "Critics blame toy maker Pellino.", "Regulators will fine chip designer Ostrava.",
				"Troubled property developer Kovantis missed a payment.", "When unsure, press Dana Whitfield for details."},
			[]string{"ORG Korvath", "ORG Pellino", "ORG Kovantis", "PERSON Dana Whitfield"}},
		{"a reporting or business verb before a kind of body and its modifiers",
			[]string{"Analysts said game studio Korvath signed the deal.", "The fund acquired solar panel maker Dravona last year.",
				"Officials say state utility Kenvora will raise prices."},
			[]string{"ORG Korvath", "ORG Dravona", "ORG Kenvora"}},
		{"an appositive that names a body keeps the nationality that opens its name",
			[]string{"Lawyers were barred, according to Kenyan Youth Voice, an advocacy group.", "Chinese officials, a group of ten, objected."},
			[]string{"ORG Kenyan Youth Voice"}},
		{"an appositive's head before a participle phrase",
			[]string{"The fund bought a stake in Belagricola, a company specializing in grain.", "Tevaro, a group representing the growers, objected."},
			[]string{"ORG Belagricola", "ORG Tevaro"}},
		{"industries head a company's name",
			[]string{"Hexaton Heavy Industries won the contract."},
			[]string{"ORG Hexaton Heavy Industries"}},
		{"a weekday after a place ends the name",
			[]string{"Wanjiku Otieno said in Nakuru Saturday that the bill failed.", "Speaking in Kisumu Monday, she agreed."},
			[]string{"PERSON Wanjiku Otieno", "GPE Nakuru", "GPE Kisumu"}},
	})
}

// TestEntitiesStateBodies covers a state's body that news names by the
// state and a noun in lower case, a name as printed (wire, broadsheet and
// regional copy), and the state acting or a noun qualifying another, which
// name no body.
func TestEntitiesStateBodies(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"a possessive state and a body's noun: the possessive is no part of the name",
			[]string{"China’s commerce ministry said the talks were candid.", "Kenya’s state security ministry denied it."},
			[]string{"GPE China", "ORG commerce ministry", "GPE Kenya", "ORG state security ministry"}},
		{"a possessive state's body is the body the gazetteer lists for that state, another state's another",
			[]string{"Beijing’s Ministry of Commerce spoke first.", "Later China’s commerce ministry added a note, and India’s commerce ministry objected."},
			[]string{"GPE Beijing", "ORG Ministry of Commerce", "GPE China", "ORG Ministry of Commerce=commerce ministry", "GPE India", "ORG commerce ministry"}},
		{"a possessive state's body is short for no other state's body of that noun",
			[]string{"The Kenyan foreign ministry protested, and Ghana’s foreign ministry replied."},
			[]string{"ORG Kenyan foreign ministry", "GPE Ghana", "ORG foreign ministry"}},
		{"a state's coast guard, a noun of two words, is a body named as printed",
			[]string{"Fishermen feared the Indonesian coast guard near the atoll.", "Later Kenya’s coast guard said the dhow had sunk."},
			[]string{"ORG Indonesian coast guard", "GPE Kenya", "ORG coast guard"}},
		{"a negated verb after a state's body is the body's verb, no noun it qualifies",
			[]string{"Observers doubt the Peruvian trade ministry wasn’t told.", "The Kenyan foreign ministry can't confirm it."},
			[]string{"ORG Peruvian trade ministry", "ORG Kenyan foreign ministry"}},
		{"a state's body after its possessive is the body the article names with the state's adjective",
			[]string{"Kenya’s foreign ministry protested first.", "Days later the Kenyan foreign ministry wrote to Ghana’s foreign ministry."},
			[]string{"GPE Kenya", "ORG Kenyan foreign ministry=foreign ministry", "ORG Kenyan foreign ministry", "GPE Ghana", "ORG foreign ministry"}},
		{"a coast guard qualifying another noun, or with no state, names no body",
			[]string{"The coast guard rescued four sailors.", "A Malaysian coast guard cutter stood by."},
			nil},
		{"a nationality and a body's noun",
			[]string{"“The ministers agreed,” the South Korean foreign ministry said.", "The Spokesperson for the Chinese embassy in Ghana, Yu Jie, spoke."},
			[]string{"ORG South Korean foreign ministry", "ORG Chinese embassy in Ghana", "PERSON Yu Jie"}},
		{"a mission's host place is in its name",
			[]string{"India’s high commission in Dhaka replied, and Fiji’s consulate in Auckland agreed."},
			[]string{"GPE India", "ORG India’s high commission in Dhaka", "GPE Fiji", "ORG Fiji’s consulate in Auckland"}},
		{"a body's noun in the title of a named holder who speaks for it",
			[]string{"Kenya’s foreign ministry spokeswoman Achieng Otieno replied.", "The Japanese defence ministry spokesman Kenji Sato said so, and Indian external affairs ministry spokesperson Ravi Menon agreed."},
			[]string{"GPE Kenya", "ORG foreign ministry", "PERSON Achieng Otieno", "ORG Japanese defence ministry", "PERSON Kenji Sato", "ORG Indian external affairs ministry", "PERSON Ravi Menon"}},
		{"the role without its holder's name is no title, the body none",
			[]string{"An aide showed him a post by a Brazilian foreign ministry spokesman.", "Peru’s trade ministry officials Ana Ruiz and Luis Soto left."},
			[]string{"GPE Peru", "PERSON Ana Ruiz", "PERSON Luis Soto"}},
		{"the state acting, and a noun qualifying another",
			[]string{"The Chinese government and Japan’s military disagreed.", "Staff at the Chinese embassy compound left, and Ghana’s embassy staff stayed."},
			[]string{"GPE Japan", "GPE Ghana"}},
		{"a state's adjective before a listed body's name is part of the name as printed",
			[]string{"The Japanese Foreign Ministry protested, and the Chinese Ministry of Commerce replied.", "Egypt’s Islamist Muslim Brotherhood won."},
			[]string{"ORG Japanese Foreign Ministry", "ORG Chinese Ministry of Commerce", "GPE Egypt", "ORG Muslim Brotherhood"}},
		{"a department or an agency, a verb in the past after it",
			[]string{"The U.S. commerce department removed nine firms, and Kenya’s wildlife agency counted the herds."},
			[]string{"ORG U.S. commerce department", "GPE Kenya", "ORG wildlife agency"}},
		{"an appositive that describes a name, a name described, the rest of a name in lower case",
			[]string{"KSIS, Kenya’s spy agency, declined.", "Ghana’s news agency GNA reported it.", "The US department of fisheries said."},
			[]string{"ORG KSIS", "GPE Kenya", "GPE Ghana", "ORG GNA", "GPE US"}},
	})
}

// TestEntitiesFacilities covers built places after a preposition of place:
// a square, a bridge, a road, an airport is no entity, whatever the
// preposition suggests.
func TestEntitiesFacilities(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"a facility is no place",
			[]string{"Protests erupted in Tahrir Square and near Kasr el-Nil Bridge.", "He landed at Jomo Kenyatta Airport and drove down Ngong Road to Nyayo Stadium."},
			nil},
		{"the place a facility is in still is",
			[]string{"Crowds gathered in Mazari Square in Kandahar."},
			[]string{"GPE Kandahar"}},
	})
}

// TestEntitiesBusinessSubjects covers a company no list holds, named as
// the subject of what a company does in business copy (wire, financial
// daily, regional paper): a business verb whose object a company reports,
// trades, makes or employs, or "its"; a line of business ending its name;
// a stake in it. A person's own possessive, a given name and an ordinary
// phrase in capitals name no company. Names are invented.
func TestEntitiesBusinessSubjects(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"the subject of a business verb and its object",
			[]string{"Zenvora posted a net loss of $300 million in the third quarter.", "Tessar cut 2,000 jobs last year, and Orvello shipped 300,000 units in March.",
				"Norvik has raised its forecast for 2025."},
			[]string{"ORG Zenvora", "ORG Tessar", "ORG Orvello", "ORG Norvik"}},
		{"a stake in a company",
			[]string{"Kavlin acquired a 20 percent stake in Drevna, the filing showed.", "Investors bought shares in Morvik."},
			[]string{"ORG Kavlin", "ORG Drevna", "ORG Morvik"}},
		{"a line of business ends a company's name",
			[]string{"Zenvora Mining said it would close the pit.", "Shares in Kestrel Logistics fell after Tarvo Pharmaceuticals reported results."},
			[]string{"ORG Zenvora Mining", "ORG Kestrel Logistics", "ORG Tarvo Pharmaceuticals"}},
		{"a person's possessive, a given name or another verb is no company's",
			[]string{"Ochieng sold his stake in the firm.", "Wanjiru criticised its decision to close the plant.", "Sarah Steel said the talks failed."},
			[]string{"PERSON Sarah Steel"}},
		{"an ordinary phrase in capitals before a line of business",
			[]string{"The Renewable Energy Law took effect, and clean energy grew.", "Clean Energy was the theme."},
			nil},
	})
}

// TestEntitiesLegalFormsAbroad covers the legal forms of companies outside
// the English-speaking world, as wire, business and regional copy prints
// them, and a comma between two forms of one name. Names are invented.
func TestEntitiesLegalFormsAbroad(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"Malaysian, Australian and Indonesian forms",
			[]string{"Baruk Energy Sdn Bhd won the tender, and Kestrel Mining Pty Ltd lost.", "PT Sarvo Nikel Tbk raised output, and PT Lintang followed."},
			[]string{"ORG Baruk Energy Sdn Bhd", "ORG Kestrel Mining Pty Ltd", "ORG PT Sarvo Nikel Tbk", "ORG PT Lintang"}},
		{"European forms",
			[]string{"Marvo AG and Selkin SA merged with Dorran NV.", "Velda SpA sued Orsk PJSC in London."},
			[]string{"ORG Marvo AG", "ORG Selkin SA", "ORG Dorran NV", "ORG Velda SpA", "ORG Orsk PJSC", "GPE London"}},
		{"a comma between two legal forms",
			[]string{"Sinohai Hydro Co., Ltd. signed the contract with Tianmo Holdings Co., Limited on Monday."},
			[]string{"ORG Sinohai Hydro Co., Ltd.", "ORG Tianmo Holdings Co., Limited"}},
		{"a legal form after a nationality alone names nothing",
			[]string{"He found the booth of the Swiss AG Müller & Cie."},
			[]string{"ORG Müller & Cie"}},
	})
}

// TestEntitiesOutletEvidence covers what shows that a name with no head
// word is an outlet's or a company's: one word after "the" that reports,
// a single name that speaks in a statement, and "The" opening a second
// name after "and". Names are invented where they can be.
func TestEntitiesOutletEvidence(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"one word after the that reports or speaks",
			[]string{"The Hindu reported that the talks had stalled.", "The Australian published the leaked memo, and the Clarion said it was genuine.",
				"According to officials, the Vardari wrote on Sunday that the port would close."},
			[]string{"ORG Hindu", "ORG Australian", "ORG Clarion", "ORG Vardari"}},
		{"a nationality, a head word or a title after the that speaks names no outlet",
			[]string{"The Chinese said the talks were useful, and the Americans agreed.", "The Government has admitted as much.", "The Pope said the war must end.",
				"The Italian game tarochini spread."},
			nil},
		{"a single name that speaks in a statement",
			[]string{"Norvell said in a statement that it would close two plants.", "Kinross said in an emailed statement that output had fallen.",
				"Velmark said on its website that the recall was voluntary."},
			[]string{"ORG Norvell", "ORG Kinross", "ORG Velmark"}},
		{"a statement by a person the article names, and a person's post",
			[]string{"Hori Parata led the team.", "Parata said in a statement that the whale was buried.", "Tarriela said in a post that the ship had left."},
			[]string{"PERSON Hori Parata", "PERSON Hori Parata=Parata"}},
		{"a family name that speaks in a statement is a person's",
			[]string{"Wang said in a statement that the visit was private."},
			[]string{"PERSON Wang"}},
		{"The after and opens a second name",
			[]string{"Dawn and The Express Tribune both ran the story on Sunday."},
			[]string{"ORG Dawn", "ORG Express Tribune"}},
	})
}

// TestEntitiesFirmsAndStates covers a firm's names joined by an ampersand,
// spaced or not, and a state's body named by the state with no possessive
// ("the US embassy"). Names are invented where they can be.
func TestEntitiesFirmsAndStates(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"an ampersand joins one firm's names",
			[]string{"Harwick & Lyle and Tobin & Sons raised prices.", "The Mail & Guardian reported it, and AT&T cut jobs."},
			[]string{"ORG Harwick & Lyle", "ORG Tobin & Sons", "ORG Mail & Guardian", "ORG AT&T"}},
		{"an ampersand between fields of work names no body",
			[]string{"Research & Development spending rose."},
			nil},
		{"a state named before its body's noun",
			[]string{"The US embassy in Beijing protested, and the UK embassy said so.", "The Kenya high commission in London replied."},
			[]string{"ORG US embassy in Beijing", "ORG UK embassy", "ORG Kenya high commission in London"}},
		{"a state before a noun no body's",
			[]string{"The US economy grew, and a Japan foreign ministry official spoke."},
			[]string{"GPE US", "GPE Japan"}},
	})
}

// TestEntitiesTechnologyInName covers the acronym of a technology that
// ends a company's name, listed or not, and the same acronym after a
// place, a body or an ordinary word, where it is the thing itself.
func TestEntitiesTechnologyInName(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"a technology's acronym ends a company's name",
			[]string{"The startup Kestrova AI said it had raised $300 million.", "Moonshot AI and Zhipu AI raised funds.", "Executives at Zhipu AI met.", "Zhipu said it would expand."},
			[]string{"ORG Kestrova AI", "ORG Moonshot AI", "ORG Zhipu AI", "ORG Zhipu AI", "ORG Zhipu AI=Zhipu"}},
		{"the acronym after a place, a body or an ordinary word",
			[]string{"Generative AI will transform work, and China AI policy changed.", "The United Nations AI advisory body met, and Tesla EV sales fell."},
			[]string{"GPE China", "ORG United Nations", "ORG Tesla"}},
	})
}

// TestEntitiesCompanyPlatforms covers a platform named after the company
// that runs it: where it is used as a product ("one Sina Weibo user",
// "posted on Sina Weibo") it names no company, as "one Weibo user" does;
// the company still acts under its own name.
func TestEntitiesCompanyPlatforms(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"the company's platform used as a product",
			[]string{"One Sina Weibo user mocked the plan, and others posted on Sina Weibo."},
			nil},
		{"the company acting",
			[]string{"Sina said revenue rose."},
			[]string{"ORG Sina"}},
	})
}

// TestEntitiesLegalInitialisms covers the legal forms that are initials
// ("SA", "AG", "SpA"): in capitals or mixed case they close a company's
// name; written as a word (Title case) they are a word of a name, and type
// nothing.
func TestEntitiesLegalInitialisms(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"in capitals, a legal form",
			[]string{"Verdal SA and Kornmark AG signed the contract."},
			[]string{"ORG Verdal SA", "ORG Kornmark AG"}},
		{"in mixed case, a legal form",
			[]string{"Shares of Corvanti SpA fell on Monday."},
			[]string{"ORG Corvanti SpA"}},
		{"as a word, a word of a name",
			[]string{"Fishermen sailed past the Bach Sa and Long Se islets."},
			nil},
	})
}

// TestEntitiesLegalFormInList covers a list of companies, whose items
// hold no lower-case word and so read as headings: a name closed by its
// legal form spells itself out as a company's; an item without one, or a
// heading, names nothing from its capitals alone.
func TestEntitiesLegalFormInList(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"items closed by a legal form",
			[]string{"• Harlow Sensor Co., Ltd.;", "• Tamsin Robotics Company Limited;", "• Brightwater Optics Limited; and", "• Quillon Data Inc."},
			[]string{"ORG Harlow Sensor Co., Ltd.", "ORG Tamsin Robotics Company Limited", "ORG Brightwater Optics Limited", "ORG Quillon Data Inc."}},
		{"items and headings without one",
			[]string{"• Harlow Sensor Technology;", "Quarterly Results And Outlook"},
			nil},
		{"addresses, a state's office and descriptions ending on a legal form's word",
			[]string{"• 3950 Howard Hughes Parkway, Las Vegas NV", "• 12 Quay Street, Carson City NV", "• Office of the New York AG", "• Seating Limited", "• Hotel and Day Spa"},
			nil},
		{"initials in mixed case",
			[]string{"• Orvanti Holdings SpA;", "• Delcora Minerals SA"},
			[]string{"ORG Orvanti Holdings SpA", "ORG Delcora Minerals SA"}},
		{"a company's own name before the place it trades in",
			[]string{"• Banco de Chile SA;", "• UBS Switzerland AG;", "• Enel Chile SA"},
			[]string{"ORG Banco de Chile SA", "ORG UBS Switzerland AG", "ORG Enel Chile SA"}},
		{"a place alone, or after of the, before initials",
			[]string{"• Las Vegas NV", "• Office of the New York AG;"},
			nil},
	})
}

// TestEntitiesPlaceOpensDefinedName covers an acronym's expansion that
// leaves out the place opening the name: after "the", the place is part of
// the body's name; after a possessive, or as an acronym, it says whose
// body it is.
func TestEntitiesPlaceOpensDefinedName(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"the place after the",
			[]string{"She chairs the Kenya Institute of Marine Studies (IMS), which opened in 2001.", "The Zambia Centre for Policy Dialogue (CPD) replied."},
			[]string{"ORG Kenya Institute of Marine Studies", "ORG Zambia Centre for Policy Dialogue"}},
		{"a place of two words",
			[]string{"Staff of the Hong Kong Institute for Port Logistics (IPL) left."},
			[]string{"ORG Hong Kong Institute for Port Logistics"}},
		{"a government office named for its field",
			[]string{"Later the Kenya Ministry of Health (MoH) said cases fell.", "A team from the Ghana Department of Fisheries (DoF) arrived."},
			[]string{"GPE Kenya", "ORG Ministry of Health", "GPE Ghana", "ORG Department of Fisheries"}},
		{"a possessive owner and no article",
			[]string{"Kenya's Institute of Marine Studies (IMS) replied.", "Officers of Ghana Bureau of Port Safety (BPS) arrived."},
			[]string{"GPE Kenya", "ORG Institute of Marine Studies", "GPE Ghana", "ORG Bureau of Port Safety"}},
	})
}
