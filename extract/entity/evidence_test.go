package entity

import "testing"

// TestEntitiesEvidence covers names no list holds, typed by the evidence
// around them: people by a role, a reporting verb or an appositive, their
// full name by the surname used alone, bodies by their kind, places only
// with a place's shape; and the shapes that look like names but are not.
func TestEntitiesEvidence(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"a role noun before an appositive name",
			[]string{"The priest, Fidelis Okoro, mediated.", "The leader of Hamdara, Rachid Benali, condemned it."},
			[]string{"PERSON Fidelis Okoro", "PERSON Rachid Benali"}},
		{"one name after a role noun or between commas after one",
			[]string{"His wife, Sally, was ill, and his wife Grace was not.", "A sermon on the prophet Muhammad followed."},
			[]string{"PERSON Sally", "PERSON Grace", "PERSON Muhammad"}},
		{"a speaker after an inverted reporting verb",
			[]string{"“We will stay,” says Ngata."},
			[]string{"PERSON Ngata"}},
		{"a surname said alone types the full name",
			[]string{"Tevita Fifita arrived late.", "Fifita said the talks failed."},
			[]string{"PERSON Tevita Fifita", "PERSON Tevita Fifita=Fifita"}},
		{"a title before a surname types the full name",
			[]string{"Chiamaka Okafor arrived late.", "Ms Okafor said little."},
			[]string{"PERSON Chiamaka Okafor", "PERSON Chiamaka Okafor=Okafor"}},
		{"one word before a reporting verb is no person alone",
			[]string{"Kaseda said profits fell."},
			nil},
		{"a name that modifies people after a role",
			[]string{"He spoke of fellow Qadira members."},
			nil},
		{"groups of people are not a person",
			[]string{"Many Muslims, who fasted, and Islamists, who marched, met Tunisians, who stayed."},
			nil},
		{"the object of a reporting verb is no speaker",
			[]string{"A patch called Dermalux, which accuses Zentrol of fraud, sold well."},
			nil},
		{"names beside their Chinese in a list",
			[]string{"Further reading:", "Wei Lanfang 魏兰芳", "Gao Yuming 高玉明", "Fishing Fleets and Naval Bases"},
			[]string{"PERSON Wei Lanfang #魏兰芳", "PERSON Gao Yuming #高玉明"}},
		{"Chinese after a space is the name's",
			[]string{"Economist Gao Yuming 高玉明 argued otherwise."},
			[]string{"PERSON Gao Yuming #高玉明"}},
		{"no place without a place's shape",
			[]string{"The samples stay in Energy Control, and energy use and control are audited.", "Support landed in JavaScript and in Node.js, and the code runs in ATF."},
			nil},
		{"peoples are no places",
			[]string{"The culture derives from Māori and from Samoans."},
			nil},
		{"only a place's name before -based",
			[]string{"A JavaScript-based tool came from a Kirkenes-based firm."},
			[]string{"GPE Kirkenes"}},
		{"a kind of body after a name",
			[]string{"Voters backed the Hamdara party, and Vultura magazine agreed.", "Players blamed Blockcraft developer Mojira."},
			[]string{"ORG Hamdara", "ORG Vultura"}},
		{"heads of bodies",
			[]string{"Gunmen stormed the Bardo National Museum on Wednesday.", "Shares left in Remain Co. are worth more."},
			[]string{"ORG Bardo National Museum", "ORG Remain Co."}},
		{"surnames beyond the commonest",
			[]string{"Qu Dongyu and Zha Wenjun spoke."},
			[]string{"PERSON Qu Dongyu", "PERSON Zha Wenjun"}},
	})
}
