package entity

import "testing"

// TestEntitiesAbstractHeads covers heads that name bodies and ideas alike
// ("Society", "Forces", "Front", "Mission", "Guards"): a slogan or goal
// written in capitals is no organisation; a body named for a place, a
// people, a person or a word of its own still is. Sentences in the styles
// of party documents, think-tank analysis, wire copy and history writing.
func TestEntitiesAbstractHeads(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"goals and slogans in capitals",
			[]string{
				"The goal of building a Moderately Prosperous Society in all respects was met in 2021.",
				"Provincial cadres were told to cultivate New Quality Productive Forces.",
				"The campaign against Hostile Foreign Forces intensified after 2019.",
				"The Historic Mission of the Party was restated in the communique.",
				"Red Guards attacked teachers in 1966.",
			},
			[]string{"ORG Party"}}, // the goal's, but the Party is named
		{"bodies named for a place, a people or a word of their own",
			[]string{
				"The Asia Society hosted the talk in New York.",
				"The Syrian Democratic Forces and the Japan Self-Defense Forces trained.",
				"The Polisario Front and the Fabian Society issued statements.",
			},
			[]string{"ORG Asia Society", "GPE New York", "ORG Syrian Democratic Forces", "ORG Japan Self-Defense Forces", "ORG Polisario Front", "ORG Fabian Society"}},
		{"a body of a place after its head",
			[]string{
				"The Permanent Mission of Kenya protested.",
				"The Armed Forces of the Philippines deployed two ships.",
				"The National Society of Taiwan Studies met in Xiamen.",
			},
			[]string{"ORG Permanent Mission of Kenya", "ORG Armed Forces of the Philippines", "ORG National Society of Taiwan Studies", "GPE Xiamen"}},
	})
}

// TestEntitiesPeopleShapes covers people's names of shapes no list holds
// whole: initials written as one word, the title "Miss", Vietnamese names,
// and an appositive role after a place's acronym.
func TestEntitiesPeopleShapes(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"initials written as one word",
			[]string{"President George H.W. Bush visited Beijing.", "The novelist J.R.R. Tolkien taught there."},
			[]string{"PERSON George H.W. Bush", "GPE Beijing", "PERSON J.R.R. Tolkien"}},
		{"dotted acronyms stay places and bodies",
			[]string{"The U.S. Navy sailed and the U.N. Security Council met."},
			[]string{"ORG U.S. Navy", "ORG U.N. Security Council"}},
		{"Miss is a title",
			[]string{"The lab hired Miss Ellen Fetter in 1959.", "Miss Fetter wrote the code."},
			[]string{"PERSON Ellen Fetter", "PERSON Ellen Fetter=Fetter"}},
		{"Vietnamese names, family name first",
			[]string{
				"Nguyen Phu Trong met the delegation in Hanoi.",
				"Vietnam's prime minister Pham Minh Chinh arrived on Monday.",
				"Nguyen Thi Kim Ngan chaired the session.",
			},
			[]string{"PERSON Nguyen Phu Trong", "GPE Hanoi", "GPE Vietnam", "PERSON Pham Minh Chinh", "PERSON Nguyen Thi Kim Ngan"}},
		{"a family name before a known place is no Vietnamese name",
			[]string{"Tran Van Hanoi is a street."},
			nil},
		{"an appositive role after a place's acronym",
			[]string{
				"Rahm Emanuel, the US ambassador to Japan, spoke first.",
				"Tomasz Wrobel, EU envoy to China, said talks would resume.",
				"Adaeze Obi, a UK trade official, declined to comment.",
			},
			[]string{"PERSON Rahm Emanuel", "GPE US", "GPE Japan", "PERSON Tomasz Wrobel", "ORG EU", "GPE China", "PERSON Adaeze Obi", "GPE UK"}},
	})
}

// TestEntitiesCompanyBranches covers a place in brackets inside a
// company's or a branch's name, as registers and Chinese business news
// print them.
func TestEntitiesCompanyBranches(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"a place in brackets inside a body's name",
			[]string{
				"Citibank (China) Shanghai Branch issued the bond.",
				"The Bank of Kunlun (Hong Kong) Limited opened an office.",
				"Standard Chartered Bank (Hong Kong) Limited raised rates.",
			},
			[]string{"ORG Citibank (China) Shanghai Branch", "ORG Bank of Kunlun (Hong Kong) Limited", "ORG Standard Chartered Bank (Hong Kong) Limited"}},
		{"no body's head after the brackets",
			[]string{"The ministry (Hong Kong) said so."},
			[]string{"GPE Hong Kong"}},
	})
}

// TestEntitiesFamilyNamesActing covers a Chinese, Korean or Vietnamese
// family name used alone as the subject of a speech verb or a modal: the
// article's fuller name for it, or the name itself.
func TestEntitiesFamilyNamesActing(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"a family name alone",
			[]string{"There is speculation that Kim might attend the parade.", "Nguyen said prices rose."},
			[]string{"PERSON Kim", "PERSON Nguyen"}},
		{"a family name short for the full name",
			[]string{"Foreign Minister Wang Yi arrived.", "Wang said the talks were useful."},
			[]string{"PERSON Wang Yi", "PERSON Wang Yi=Wang"}},
		{"a pronoun is no family name, and a newspaper after the is an outlet",
			[]string{"He said the talks were useful.", "The Sun said the talks were useful."},
			[]string{"ORG Sun"}},
	})
}

// TestEntitiesRenamedPlatform covers a platform under its former name
// beside the one it has now: the product where the text posts on it.
func TestEntitiesRenamedPlatform(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"a former name of the platform posted on",
			[]string{
				"Tarriela said in a post on X (formerly Twitter).",
				"She wrote on X, formerly known as Twitter, that the ship had left.",
				"The ministry posted the video on X, previously Twitter.",
			},
			nil},
		{"the company acting",
			[]string{"Twitter suspended the account."},
			[]string{"ORG Twitter"}},
	})
}

// TestEntitiesLawOfState covers the title of a state's law or regulation
// in the form "<document> of <state> on <subject>": the state is named,
// the subject is no part of its name.
func TestEntitiesLawOfState(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"a state's law on a subject",
			[]string{
				"The Law of the People’s Republic of China on Foreign Relations took effect in July.",
				"Lawyers in Nairobi cited the Regulations of Kenya on Data Protection.",
			},
			[]string{"GPE People’s Republic of China", "GPE Nairobi", "GPE Kenya"}},
		{"a body's report keeps the body's own name",
			[]string{"The Report of the Council on Foreign Relations was cited."},
			[]string{"ORG Council on Foreign Relations"}},
	})
}
