package entity

import (
	"context"
	"strings"
	"testing"
)

// TestEntityIDs checks that one entity has one ID in every article, under
// whatever name, spelling or title an article gives it.
func TestEntityIDs(t *testing.T) {
	e := New()
	tests := []struct {
		name     string
		articles [][]string // the sentences of each article
		want     string     // the ID of every mention
		of       string     // when set, only mentions whose name holds it are checked
	}{
		{"a country under its names and Chinese",
			[][]string{{"The People’s Republic of China (PRC) and China agreed."}, {"The PRC objected."}, {"Zhongguo (中国) objected."}, {"Officials spoke for Mainland China."}},
			"people's republic of china", ""},
		{"a listed name printed without its possessive's apostrophe",
			[][]string{{"The Peoples Bank of China cut rates."}, {"The People’s Bank of China cut rates."}, {"Analysts expect the PBOC to cut rates."}},
			"people's bank of china", ""},
		{"a listed name printed with another connector",
			[][]string{{"The Association for Southeast Asian Nations (ASEAN) met in Jakarta.", "ASEAN pledged aid."}, {"The Association of Southeast Asian Nations met."}},
			"association of southeast asian nations", "Association"},
		{"a listed name printed with an ampersand and no hyphen",
			[][]string{{"The US China Economic & Security Review Commission (USCC) held a hearing.", "The USCC heard three witnesses."}, {"The US-China Economic and Security Review Commission issued its report."}},
			"us-china economic and security review commission", "Commission"},
		{"a listed place printed without its connector",
			[][]string{{"Officials from Bosnia Herzegovina attended."}, {"Bosnia and Herzegovina sent observers."}},
			"bosnia and herzegovina", "Bosnia"},
		{"a listed place printed with the head of its division",
			[][]string{{"Factories in Jiangsu Province closed."}, {"Jiangsu exports rose."}, {"Officials in Jiangsu province agreed."}},
			"jiangsu", ""},
		{"a UN body under its full name, its short name and its acronym",
			[][]string{{"The United Nations General Assembly adopted the text."}, {"The UN General Assembly (UNGA) met.", "The UNGA voted."}},
			"un general assembly", ""},
		{"apostrophes",
			[][]string{{"The National People’s Congress met."}, {"The National People's Congress met."}},
			"national people's congress", ""},
		{"a person whose name one article prints with a quoted nickname",
			[][]string{{"Senator Ramon “Monching” Villaflor spoke.", "Villaflor left."}, {"Ramon Villaflor spoke."}},
			"ramon villaflor", ""},
		{"a person under a title and alone",
			[][]string{{"Mr Obama spoke.", "Obama left."}, {"Barack Obama spoke."}, {"President Obama spoke."}},
			"barack obama", ""},
		{"a listed body under a fuller name, however the name is reached",
			[][]string{{"Director of the Central Organization Department spoke."}, {"It began under the Central Organization Department of the Chinese Communist Party."}, {"The Organization Department objected."}},
			"organization department", "Organization"},
		{"an acronym the article defines as a body the list does not name is that body's",
			[][]string{{"The Armed Forces of the Philippines (AFP) deployed two ships.", "An AFP spokesperson confirmed it."}, {"The Armed Forces of the Philippines said so."}},
			"armed forces of the philippines", "A"},
		{"an acronym defined by a fuller form of the listed name is the listed body",
			[][]string{{"The People’s Liberation Army Navy (PLAN) sailed.", "PLAN ships left port."}, {"The PLA Navy sailed."}},
			"pla navy", ""},
		{"an acronym the article defines by a long form of its own is that body, though the list gives the letters to another",
			[][]string{{"CCG researchers opened the forum.", "The Council for China and Growth (CCG) has hosted it since 2015.", "CCG said it would publish the papers."}, {"The Council for China and Growth issued a report."}},
			"council for china and growth", "Growth"},
		{"a country's demonym shared with a listed body's long form is no evidence",
			[][]string{{"The Chinese Pension Council (CPC) cut its forecast.", "The CPC expects slower growth."}, {"The Chinese Pension Council said so."}},
			"chinese pension council", "Pension"},
		{"generic words shared with a listed body's long form are no evidence",
			[][]string{{"The Centre for Strategic Island Studies (CSIS) in Suva published a map.", "CSIS staff drew it."}, {"The Centre for Strategic Island Studies said so."}},
			"centre for strategic island studies", "Island"},
		{"an acronym defined by a long form that shares a body's own word is the listed body",
			[][]string{{"The Chinese Radio International (CRI) broadcast the speech.", "CRI later aired it again."}, {"China Radio International aired it."}},
			"china radio international", "Radio"},
		{"an acronym defined by a shorter form of the listed name is the listed body",
			[][]string{{"The Center for Disease Control (CDC) issued guidance.", "The CDC later revised it."}, {"The Centers for Disease Control and Prevention issued guidance."}},
			"centers for disease control and prevention", "Disease"},
		{"a Chinese body named with the country's adjective",
			[][]string{{"The Chinese Coast Guard fired water cannon."}, {"The China Coast Guard denied it."}},
			"china coast guard", ""},
		{"the foreign ministry under its names",
			[][]string{{"The Chinese Foreign Ministry protested."}, {"The Foreign Ministry said so."}, {"The Chinese Ministry of Foreign Affairs objected."}},
			"ministry of foreign affairs", ""},
		{"an acronym and the name with its state's adjective it is defined after are the listed body",
			[][]string{{"The Chinese Ministry of State Security (MSS) arrested two engineers.", "The MSS later released one."}, {"The Ministry of State Security issued a warning."}},
			"ministry of state security", ""},
		{"the adjective or name of the state a body is listed for names that body",
			[][]string{{"The Chinese Ministry of Commerce published the licensing rules."}, {"A PRC Ministry of Commerce circular followed."}, {"MOFCOM declined to comment."}},
			"ministry of commerce", ""},
		{"another state's adjective before a listed body's bare name names another body",
			[][]string{{"The Indian Ministry of Commerce published the licensing rules."}, {"Officials of the Indian Ministry of Commerce met."}},
			"indian ministry of commerce", ""},
		{"a state's adjective and a body's noun in lower case refer back to that state's body",
			[][]string{{"The Chinese Ministry of Commerce set a quota.", "The Chinese ministry raised it in May."}, {"The Ministry of Commerce (MOFCOM) set a quota.", "Later China’s ministry raised it."}},
			"ministry of commerce", "inistry"},
		{"a state's possessive and a body's noun in lower case refer back to that state's embassy",
			[][]string{{"The Chinese Embassy in Lima issued a statement.", "China’s embassy later withdrew it."}},
			"chinese embassy in lima", "mbassy"},
		{"a state's adjective and a body's noun do not refer back to another state's body",
			[][]string{{"The Indian Ministry of Commerce set a quota.", "The Chinese ministry objected."}},
			"chinese ministry", "Chinese"},
		{"an acronym defined by another state's body of a listed name is that state's body",
			[][]string{{"The Japanese Ministry of Foreign Affairs (MOFA) lodged a protest.", "MOFA said it expects a reply."}, {"The Japanese Ministry of Foreign Affairs summoned the envoy."}},
			"japanese ministry of foreign affairs", ""},
		{"an acronym defined by another state's body, the state's adjective of two words",
			[][]string{{"The South Korean Ministry of Commerce (MOC) raised tariffs.", "The MOC said more would follow."}},
			"south korean ministry of commerce", ""},
		{"the Nationalists are the Kuomintang",
			[][]string{{"The Nationalists retreated in 1949."}, {"The Kuomintang (KMT) won the vote."}, {"The Nationalists (KMT) held the city."}},
			"kuomintang", ""},
		{"the Nationalists after their own state's name are the Kuomintang",
			[][]string{{"Taiwan’s Nationalists lost the vote in Taipei."}, {"The Nationalists retreated in 1949."}},
			"kuomintang", "Nationalists"},
		{"a people's adjective before Nationalists names another body, not the Kuomintang",
			[][]string{{"The Scottish Nationalists won seats in Edinburgh."}, {"Scottish Nationalists held a rally."}},
			"scottish nationalists", "Nationalists"},
		{"a faith's name before Nationalists names another body, not the Kuomintang",
			[][]string{{"Hindu Nationalists marched in Delhi."}},
			"hindu nationalists", "Nationalists"},
		{"a place's possessive before Nationalists names another body, not the Kuomintang",
			[][]string{{"Scotland’s Nationalists lost two seats."}},
			"scotland nationalists", "Nationalists"},
		{"the bare Communist Party, unqualified or China's, is the CCP",
			[][]string{{"Cadres were told that the Communist Party must lead everything."}, {"China's Communist Party marked its centenary with a parade."}},
			"chinese communist party", "Communist"},
		{"another country's Communist Party is its own",
			[][]string{{"Vietnam's Communist Party chose a new general secretary."}},
			"vietnam communist party", "Communist Party"},
		{"another country's Communist Party is its own, wherever it stands",
			[][]string{{"Observers in Havana expect Cuba's Communist Party to resist reform."}},
			"cuba communist party", "Communist Party"},
		{"a broadcaster under the name of its English channel",
			[][]string{{"CCTV News aired the footage on Sunday."}, {"State broadcaster CCTV aired the footage."}},
			"cctv", ""},
		{"a spokesman named after the body he speaks for, and alone",
			[][]string{{"A spokesman for the Ministry of Defence Kenji Arata said the drills were routine.", "Arata added that no ships were hurt."}, {"Kenji Arata said so."}},
			"kenji arata", "Arata"},
		{"an unlisted person",
			[][]string{{"Professor Zhou Mingyu (周明宇) spoke.", "Zhou said so."}, {"Zhou Mingyu said so."}},
			"zhou mingyu", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, sentences := range tt.articles {
				a := newArticle(sentences...)
				e.Tag(context.Background(), a)
				n := 0
				for _, c := range a.Claims {
					for _, m := range c.Entities {
						if !strings.Contains(m.Name, tt.of) {
							continue
						}
						if n++; m.ID != tt.want {
							t.Errorf("%q in %q: ID %q, want %q", m.Mention, sentences, m.ID, tt.want)
						}
					}
				}
				if n == 0 {
					t.Errorf("nothing tagged in %q", sentences)
				}
			}
		})
	}
}

// TestParseStateHead covers reading a short name as a state's word and a
// body's noun in lower case, and a name that is none, ending in a space
// among them, without a panic.
func TestParseStateHead(t *testing.T) {
	for _, tt := range []struct {
		short, state, noun string
		ok                 bool
	}{
		{"Chinese ministry", "Chinese", "ministry", true},
		{"China’s embassy", "China", "embassy", true},
		{"South Korean ministry", "South Korean", "ministry", true},
		{"Chinese Ministry", "", "", false},
		{"Chinese ", "", "", false},
		{"ministry", "", "", false},
		{"Harbour ministry", "", "", false},
	} {
		got, ok := parseStateHead(tt.short)
		if ok != tt.ok || got.state != tt.state || got.noun != tt.noun {
			t.Errorf("parseStateHead(%q) = %q %q %v, want %q %q %v", tt.short, got.state, got.noun, ok, tt.state, tt.noun, tt.ok)
		}
	}
}
