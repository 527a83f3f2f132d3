package input

import (
	"errors"
	"strings"
	"testing"

	"github.com/claimx/claimx"
)

func TestDetectLanguage(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The ministry said on Tuesday that talks on the fishing dispute would resume next month in Geneva, and that both sides had agreed to keep their coast guards apart until then.", "en"},
		{"Le ministère a déclaré mardi que les pourparlers sur le différend de pêche reprendraient le mois prochain à Genève, et que les deux parties avaient accepté de tenir leurs garde-côtes à distance.", "fr"},
		{"Ministerstvo v úterý uvedlo, že rozhovory o sporu o rybolov budou pokračovat příští měsíc v Ženevě a že se obě strany dohodly udržet své pobřežní stráže od sebe.", "cs"},
		{"外交部发言人周二表示，关于渔业争端的谈判将于下月在日内瓦恢复，双方同意在此之前让各自的海警保持距离。这一表态受到各方关注。", "zh"},
		{"外務省の報道官は火曜日、漁業紛争に関する協議が来月ジュネーブで再開されると述べた。", "ja"},
		// An English article with Chinese terms is English.
		{"The campaign for common prosperity (共同富裕) and the drive for new quality productive forces (新质生产力) shape the plan, officials said in Beijing on Monday.", "en"},
		// Telegraphic English: short sentences of names, sources and dates,
		// few marker words.
		{"The ferry resumed (Xinhua, via Harbour Post, June 9). Crews returned (Sina Finance, June 9, 2023) [1]. Fees fell (Caixin, June 10, 2023 [paywall]). The port said so (Xinhua, June 11, 2023, emphasis added). Exports rose (Ministry of National Defense [MND], June 12). Ships waited (CGTN, 2023/06/13). Tolls rose (Xinhua, 14 June). Cranes arrived (China Daily, Jun 15, 2023). The docks filled (The Paper [澎湃新闻], June 16). Crews protested (PLA Daily, June 17; June 18). Talks began (Xinhua, June 19, 20). Rules changed (gov.cn, June 21). Trade grew (Xinhua, June 22, 2023, 13:45). Prices fell (Xinhua, Jun. 23 2023). Costs rose (Xinhua, June 24th, 2023). Fares doubled (Xinhua, 25th June 2023). Volumes grew (Xinhua, June, 2023). Ports merged (Xinhua, mid-June 2023). Berths opened (Xinhua, June 2023 [in Chinese]). The minister spoke (Xinhua, Tuesday, June 27, 2023). The board met (Reuters, 28.06.2023). The plan passed (Yonhap, 2023.06.29). The port expanded (Kyodo, 2023年6月30日). It closed (NHK, July 1st). It reopened (Xinhua English, July 2, 2023; Xinhua Chinese, July 3, 2023).", "en"},
		// A bilingual post: English prose, then its Chinese translation.
		{"The delegation said the two ports would share a customs office from next spring, and that the ferry between them would run twice a day. “We want the crossing to feel like a short walk,” the mayor told reporters. 代表团表示，两个港口将从明年春天起共用一个海关办公室，两地之间的渡轮每天开行两班。市长对记者说：“我们希望过境就像散步一样。”", "en"},
		// A Chinese article quoting a line of English stays Chinese.
		{"外交部发言人周二表示，关于渔业争端的谈判将于下月在日内瓦恢复，双方同意在此之前让各自的海警保持距离。发言人说，双方都认为“the talks were useful”。这一表态受到各方关注，多国媒体进行了报道。", "zh"},
		// Too little to tell.
		{"abc def ghi", ""},
		{"Hello World. My name is Jonas.", ""},
	} {
		if got := detectLanguage(tc.text); got != tc.want {
			t.Errorf("detectLanguage(%.40q…) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestPlainlyEnglish: the marker words settle English running text, and
// never a text in another language, though it shares short words with
// English ("is", "of", "in", "to") or quotes a few English ones.
func TestPlainlyEnglish(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The ministry said on Tuesday that talks on the fishing dispute would resume next month in Geneva, and that both sides had agreed to keep their coast guards apart until then. The statement, which was read by a spokesperson, gave no date for the talks, and the coast guards of the two countries have been told to stay in port.", true},
		{"Het ministerie zei dinsdag dat de gesprekken over het visserijgeschil volgende maand in Genève worden hervat. Of de kustwachten op afstand blijven is nog niet duidelijk, en het is de vraag of de vissers in de haven blijven tot de gesprekken voorbij zijn.", false},
		{"Das Ministerium sagte am Dienstag, die Gespräche über den Fischereistreit würden im nächsten Monat in Genf fortgesetzt. Was die Küstenwachen tun, ist offen; die beiden Seiten hätten vereinbart, sie auseinanderzuhalten, bis die Gespräche zu Ende sind.", false},
		{"Le ministère a déclaré que « the talks have been useful » et que les pourparlers sur le différend de pêche reprendraient le mois prochain à Genève, les deux parties ayant accepté de tenir leurs garde-côtes à distance jusqu'à la fin des discussions.", false},
		// Too few words to settle: trigram statistics decide.
		{"The ministry and the port.", false},
	} {
		if got := plainlyEnglish(englishMarkers(tc.text)); got != tc.want {
			t.Errorf("plainlyEnglish(%.40q…) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestUnsupportedLanguageIsAnArticleError(t *testing.T) {
	text := "Le ministère a déclaré mardi que les pourparlers sur le différend de pêche reprendraient le mois prochain à Genève, et que les deux parties avaient accepté de tenir leurs garde-côtes à distance.\n"
	a := Article("news/peche.txt", []byte(text), nil)
	if a.Language != "fr" || !errors.Is(a.Err, claimx.ErrUnsupported) || !strings.Contains(a.Err.Error(), "news/peche.txt") {
		t.Errorf("language %q, error %v", a.Language, a.Err)
	}
	if en := Article("news/en.txt", []byte("The ministry said the talks would resume in Geneva next month, after a year of quarrels over the fishing grounds off the northern coast of the island.\n"), nil); en.Err != nil || en.Language != "en" {
		t.Errorf("English: language %q, error %v", en.Language, en.Err)
	}
}

// TestLongArticleLanguage: a whole article is named as surely as a
// paragraph (the seed article is long, English, and holds Chinese terms).
func TestLongArticleLanguage(t *testing.T) {
	a := ReadFile("../seeds/written/articles/ccp-cyber-sovereignty-ai.txt", MaxBytes)
	if a.Err != nil || a.Language != "en" {
		t.Errorf("language %q, error %v", a.Language, a.Err)
	}
}
