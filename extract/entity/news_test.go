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
			[]string{"ORG KVF", "ORG UDPM"}},
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
		{"according to a full name",
			[]string{"According to Kofi Boateng, the mine closed.", "According to Human Rights Watch, the mine stayed open."},
			[]string{"PERSON Kofi Boateng", "ORG Human Rights Watch"}},
		{"a compass adjective before a place",
			[]string{"Shelling continued in eastern Zavrodia and north-western Kelmar.", "Rebels hold central Tarvisk."},
			[]string{"GPE Zavrodia", "GPE Kelmar", "GPE Tarvisk"}},
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
		{"a place noun inside a longer phrase, and regions no government holds",
			[]string{"The Rostova state corporation built it.", "Drought hit the Sahel region, the Arctic region and the Mekong region."},
			nil},
	})
}
