package quote

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/segment"
)

// ent is a hand-made entity for test articles: the mention as written, its
// canonical name and its type.
type ent struct {
	mention, name string
	typ           claimx.EntityType
}

var (
	wangYi      = ent{"Wang Yi", "Wang Yi", claimx.Person}
	wang        = ent{"Wang", "Wang Yi", claimx.Person}
	japan       = ent{"Japan", "Japan", claimx.GPE}
	china       = ent{"China", "People's Republic of China", claimx.GPE}
	beijing     = ent{"Beijing", "Beijing", claimx.GPE}
	commerce    = ent{"Ministry of Commerce", "Ministry of Commerce", claimx.Org}
	huawei      = ent{"Huawei", "Huawei", claimx.Org}
	renZhengfei = ent{"Ren Zhengfei", "Ren Zhengfei", claimx.Person}
)

// testArticle builds an article of paragraphs, each a list of sentences
// joined by one space, with one claim per sentence, and tags every
// occurrence of each mention (longest mentions first, whole words only) as
// an entity of the claim it stands in.
func testArticle(paras [][]string, ents ...ent) *claimx.Article {
	a := &claimx.Article{}
	sort.SliceStable(ents, func(i, j int) bool { return len(ents[i].mention) > len(ents[j].mention) })
	var text strings.Builder
	for pi, sentences := range paras {
		if pi > 0 {
			text.WriteString("\n\n")
		}
		pStart := utf8.RuneCountInString(text.String())
		for si, s := range sentences {
			if si > 0 {
				text.WriteString(" ")
			}
			start := utf8.RuneCountInString(text.String())
			text.WriteString(s)
			c := claimx.Claim{Index: len(a.Claims), Paragraph: pi, Text: s,
				Span: claimx.Span{Start: start, End: start + utf8.RuneCountInString(s)}}
			c.Entities = findMentions(&c, ents)
			a.Claims = append(a.Claims, c)
		}
		a.Paragraphs = append(a.Paragraphs, claimx.Paragraph{
			Span: claimx.Span{Start: pStart, End: utf8.RuneCountInString(text.String())}})
	}
	a.Text = text.String()
	return a
}

func findMentions(c *claimx.Claim, ents []ent) []claimx.Entity {
	var out []claimx.Entity
	taken := make([]bool, len(c.Text))
	for _, e := range ents {
		for off := 0; ; {
			i := strings.Index(c.Text[off:], e.mention)
			if i < 0 {
				break
			}
			from, to := off+i, off+i+len(e.mention)
			off = to
			if taken[from] || taken[to-1] || wordByteAt(c.Text, from-1) || wordByteAt(c.Text, to) {
				continue
			}
			for k := from; k < to; k++ {
				taken[k] = true
			}
			out = append(out, claimx.Entity{Name: e.name, Mention: e.mention, Type: e.typ, Span: c.SpanOf(from, to)})
		}
	}
	return out
}

func wordByteAt(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	b := s[i]
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// attributed tags a test article and describes each claim as "" (the
// author's) or "speaker | cue", checking that Kind agrees with Speaker.
func attributed(t *testing.T, a *claimx.Article) []string {
	t.Helper()
	Quotes{}.Tag(context.Background(), a)
	Attributions{}.Tag(context.Background(), a)
	out := make([]string, len(a.Claims))
	for i, c := range a.Claims {
		switch {
		case c.Speaker == "" && c.Kind == claimx.Author && c.Cue == "" && c.SpeakerMention == "":
		case c.Speaker != "" && c.Kind == claimx.Reported && c.SpeakerMention == "":
			out[i] = c.Speaker + " | " + c.Cue
		case c.Speaker == "" && c.Kind == claimx.Reported && c.SpeakerMention != "":
			out[i] = "(" + c.SpeakerMention + ") | " + c.Cue
		default:
			t.Errorf("claim %d: kind %q with speaker %q and cue %q", i, c.Kind, c.Speaker, c.Cue)
		}
	}
	return out
}

func TestAttributionShapes(t *testing.T) {
	li := ent{"Li Mei", "Li Mei", claimx.Person}
	institute := ent{"Shanghai Institute for Trade Studies", "Shanghai Institute for Trade Studies", claimx.Org}
	chen := ent{"Chen Bo", "Chen Bo", claimx.Person}
	tsinghua := ent{"Tsinghua University", "Tsinghua University", claimx.Org}
	tests := []struct {
		name  string
		paras [][]string
		ents  []ent
		want  []string
	}{
		{"subject stated that quote",
			[][]string{{"Wang Yi stated that “the door remains open.”"}},
			[]ent{wangYi}, []string{"Wang Yi | stated"}},
		{"quote then subject said",
			[][]string{{"“We will not bend,” Wang said on Tuesday."}},
			[]ent{wang}, []string{"Wang Yi | said"}},
		// Every title of the lexicon counts, not only the attribution's own
		// (a superintendent was once no title here).
		{"quote then titled subject told",
			[][]string{{"“Nothing was found,” spokesman Daniel Kaitu told reporters."},
				{"“Nothing was found,” superintendent Daniel Kaitu told reporters."}},
			[]ent{{"Daniel Kaitu", "Daniel Kaitu", claimx.Person}}, []string{"Daniel Kaitu | told", "Daniel Kaitu | told"}},
		// An opinion noun in -is: "analysis" was once read as "analysi".
		{"in the analysis of",
			[][]string{{"In the analysis of Li Mei, the rules will not last."}},
			[]ent{li}, []string{"Li Mei | In the analysis of"}},
		{"quote then said subject with title",
			[][]string{{"“Talks must resume,” said Foreign Minister Wang Yi."}},
			[]ent{wangYi}, []string{"Wang Yi | said"}},
		{"indirect speech without quote",
			[][]string{{"Japan has warned that the new rules will hurt exporters."}},
			[]ent{japan}, []string{"Japan | warned"}},
		{"according to",
			[][]string{{"According to the Ministry of Commerce, exports fell in May."}},
			[]ent{commerce}, []string{"Ministry of Commerce | According to"}},
		{"according to with title words",
			[][]string{{"Exports fell, according to ministry spokesperson Wang Yi."}},
			[]ent{wangYi}, []string{"Wang Yi | according to"}},
		{"appositive between subject and verb",
			[][]string{{"Wang Yi, the foreign minister, said the visit was useful."}},
			[]ent{wangYi}, []string{"Wang Yi | said"}},
		{"appositive holding the name after a title",
			[][]string{{"Its spokesperson, Senior Colonel Chen Bo, said the drills were “routine.”"}},
			[]ent{chen}, []string{"Chen Bo | said"}},
		{"appositive naming another body",
			[][]string{{"Li Mei, director of the Shanghai Institute for Trade Studies, has stated that “tariffs are a tax on our own buyers.”"}},
			[]ent{li, institute}, []string{"Li Mei | stated"}},
		{"participle after an object name",
			[][]string{{"Wang Yi criticised Japan’s export policy, stating that “walls only breed mistrust.”"}},
			[]ent{wangYi, japan}, []string{"Wang Yi | stating"}},
		{"participle after a quotation",
			[][]string{{"In Beijing, Ren Zhengfei urged patience in the face of “a long winter,” adding that “no firm survives alone.”"}},
			[]ent{beijing, renZhengfei}, []string{"Ren Zhengfei | urged"}},
		{"participle is the only cue",
			[][]string{{"Ren Zhengfei toured the plant with Huawei engineers, insisting that “we can still catch up.”"}},
			[]ent{renZhengfei, huawei}, []string{"Ren Zhengfei | insisting"}},
		{"coordinated verb after an object name",
			[][]string{{"Wang Yi met Japan’s envoy in Beijing and argued that “history cannot be rewritten.”"}},
			[]ent{wangYi, japan, beijing}, []string{"Wang Yi | argued"}},
		{"introductory phrase with a governed name",
			[][]string{{"At a Tsinghua University forum, Professor Chen Bo argued that “the chip gap is narrowing.”"}},
			[]ent{tsinghua, chen}, []string{"Chen Bo | argued"}},
		{"company name modifying a person",
			[][]string{{"Huawei founder Ren Zhengfei has called for “patience and more basic research.”"}},
			[]ent{huawei, renZhengfei}, []string{"Ren Zhengfei | called for"}},
		{"possessive body speaking through a document",
			[][]string{{"China’s new export law states that “the state may restrict any item.”"}},
			[]ent{china}, []string{"People's Republic of China | states"}},
		{"passive with agent",
			[][]string{{"The policy was described by Chen Bo as “a retreat dressed as reform.”"}},
			[]ent{chen}, []string{"Chen Bo | described"}},
		{"passive without agent",
			[][]string{{"The policy was described as “a retreat dressed as reform.”"}},
			nil, []string{""}},
		{"body behind a document",
			[][]string{{"The new guidelines from the Ministry of Commerce call for “orderly and fair competition.”"}},
			[]ent{commerce}, []string{"Ministry of Commerce | call for"}},
		{"passive framing verb with a quoted subject",
			[][]string{{"The phrase “dual circulation” was coined by Chen Bo in a 2019 essay."}},
			[]ent{chen}, []string{"Chen Bo | coined"}},
		{"quotation introduced by a colon",
			[][]string{{"Li Mei put it plainly: “Nobody in this industry plans beyond the next quarter.”"}},
			[]ent{li}, []string{"Li Mei | put"}},
		{"telling someone that",
			[][]string{{"Wang Yi told reporters that the talks had stalled."}},
			[]ent{wangYi}, []string{"Wang Yi | told"}},
		{"long subject closed by a comma",
			[][]string{{"Researchers like Chen Bo of Tsinghua University, have warned of a “lost decade.”"}},
			[]ent{chen, tsinghua}, []string{"Chen Bo | warned"}},
		{"framing verb after a quotation and its subject",
			[][]string{{"“The yard is booked until 2027,” Chen Bo told a trade fair in Beijing."}},
			[]ent{chen, beijing}, []string{"Chen Bo | told"}},
		{"framing verb after a quotation and a titled subject",
			[][]string{{"“Nobody reads the annex,” Huawei spokesperson Li Mei wrote on her blog."}},
			[]ent{huawei, li}, []string{"Li Mei | wrote"}},
		{"in someone's view",
			[][]string{{"The subsidy, in Chen Bo’s view, is “a bridge to nowhere.”"}},
			[]ent{chen}, []string{"Chen Bo | view"}},
		{"in the words of someone",
			[][]string{{"In the words of Li Mei, the port is “a warehouse with a flag.”"}},
			[]ent{li}, []string{"Li Mei | In the words of"}},
		{"speech noun owned by a name",
			[][]string{{"The new rules echo Wang’s call for “a market without favourites.”"}},
			[]ent{wang}, []string{"Wang Yi | call"}},
		{"accusing as a participle",
			[][]string{{"Beijing went further, accusing Japan of “reckless provocation” near the islands."}},
			[]ent{beijing, japan}, []string{"Beijing | accusing"}},
		{"counting things among quoted categories",
			[][]string{{"Li Mei counted gallium among the country’s “quiet levers.”"}},
			[]ent{li}, []string{"Li Mei | counted"}},
		{"channel owned by the speaker",
			[][]string{{"A notice on the Ministry of Commerce’s website described the licences as “routine paperwork.”"}},
			[]ent{commerce}, []string{"Ministry of Commerce | described"}},
		{"place owning a body the tagger missed",
			[][]string{{"Japan’s Fair Trade Commission said the merger was “under review.”"}},
			[]ent{japan}, []string{""}},
		{"as someone put it",
			[][]string{{"As Chen Bo bluntly put it in March, “the cheap years are over.”"}},
			[]ent{chen}, []string{"Chen Bo | put it"}},
		{"channel carried by a body",
			[][]string{{"An editorial in the Shanghai Institute for Trade Studies bulletin warned of “tariff fatigue.”"}},
			[]ent{institute}, []string{"Shanghai Institute for Trade Studies | warned"}},
		{"participle sharing a subject that carries a channel",
			[][]string{{"A commentary in the Shanghai Institute for Trade Studies journal went further, warning that “quotas breed smugglers.”"}},
			[]ent{institute}, []string{"Shanghai Institute for Trade Studies | warning"}},
		{"cue word used as an adjective after a preposition",
			[][]string{{"Li Mei argued that limits on advanced chips were “a blunt tool.”"}},
			[]ent{li}, []string{"Li Mei | argued"}},
		{"adverb that is also a preposition",
			[][]string{{"Chen Bo has since urged the board to “stop guessing.”"}},
			[]ent{chen}, []string{"Chen Bo | urged"}},
		{"agentless passive inside reported speech",
			[][]string{{"Li Mei added that suppliers had been told to regard the deal as “a fallback, nothing more.”"}},
			[]ent{li}, []string{"Li Mei | added"}},
		{"agentless passive on its own",
			[][]string{{"Suppliers had been told to regard the deal as “a fallback, nothing more.”"}},
			nil, []string{""}},
		{"unnamed spokesperson for a body",
			[][]string{{"Pressed on the quotas, a spokesperson for the Ministry of Commerce replied that “trade rules are a domestic matter.”"}},
			[]ent{commerce}, []string{"Ministry of Commerce | replied"}},
		{"unnamed official at a body after a quotation",
			[][]string{{"“Nobody wins a price war,” an official at the Shanghai Institute for Trade Studies said.", "“Least of all the buyers.”"}},
			[]ent{institute}, []string{"Shanghai Institute for Trade Studies | said", "Shanghai Institute for Trade Studies | said"}},
		{"subject of an as-clause",
			[][]string{{"As Chen Bo has often observed, “cheap credit hides weak firms.”"}},
			[]ent{chen}, []string{"Chen Bo | observed"}},
		{"pronoun subject of an as-clause",
			[][]string{{"Chen Bo runs a small fund.", "As he noted, “the yard is booked until 2027.”"}},
			[]ent{chen}, []string{"", "Chen Bo | noted"}},
		{"body resolving to do something",
			[][]string{{"At its spring session the Shanghai Institute for Trade Studies resolved to “open every ledger to auditors.”"}},
			[]ent{institute}, []string{"Shanghai Institute for Trade Studies | resolved"}},
		{"quotation resumed after the speaker",
			[][]string{{"“The yard is full,” Chen Bo said, “and the next free slot is in 2028.”"}},
			[]ent{chen}, []string{"Chen Bo | said"}},
		{"pronoun for the subject of an earlier clause",
			[][]string{{"Japan has raised its tariffs again.", "The Shanghai Institute for Trade Studies has opened two offices, and it has dismissed critical reporting on its funding as “idle gossip.”"}},
			[]ent{japan, institute}, []string{"", "Shanghai Institute for Trade Studies | dismissed"}},
		{"quotation drawn from a vocabulary",
			[][]string{{"Japan’s trade statements frame the dispute in the language of “fair competition” and shared rules."}},
			[]ent{japan}, []string{""}},
		{"quotation under a banner",
			[][]string{{"Huawei expanded abroad under the banner of “going out” in the 2000s."}},
			[]ent{huawei}, []string{""}},
		{"place owning a document",
			[][]string{{"Japan’s Economic Security Strategy states that “supply is security.”"}},
			[]ent{japan}, []string{"Japan | states"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := attributed(t, testArticle(tc.paras, tc.ents...))
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestAttributionNotReported(t *testing.T) {
	tests := []struct {
		name     string
		sentence string
		ents     []ent
	}{
		{"scare quotes", "China has promoted “cyber sovereignty” for a decade.", []ent{china}},
		{"framing verb as an action", "Huawei added 300 engineers to the team.", []ent{huawei}},
		{"framing verb with its object only", "Huawei wrote off the loss in March.", []ent{huawei}},
		{"cue word as a noun", "Wang’s warning was ignored in Beijing.", []ent{wang, beijing}},
		{"noun form of an ambiguous verb", "State media cited several claims about Japan.", []ent{japan}},
		{"name only inside the quotation", "“China will never accept it,” the banner read.", []ent{china}},
		{"colon before a list of terms", "Japan has three aims: “security” and “supply.”", []ent{japan}},
		{"telling a story", "Japan’s trade figures tell another story.", []ent{japan}},
		{"counting without a quotation", "Huawei counted 300 engineers in the new lab.", []ent{huawei}},
		{"speech noun without a quotation", "Japan ignored Wang’s call for calm.", []ent{japan, wang}},
		{"speech noun in a compound", "Huawei’s order book was “full” by May.", []ent{huawei}},
		{"counting on someone", "Japan counted on “friendly” suppliers.", []ent{japan}},
		{"putting something somewhere", "Japan put it on the agenda for “later.”", []ent{japan}},
		{"verb-noun after a and a modifier", "Asked twice, Wang did not give a direct answer that day.", []ent{wang}},
		{"verb-noun after an and a modifier", "Japan is an umbrella term that covers four main islands.", []ent{japan}},
		{"verb-noun after a and a modifier, then that", "Huawei made a formal request that the ministry reply soon.", []ent{huawei}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := attributed(t, testArticle([][]string{{tc.sentence}}, tc.ents...))
			if got[0] != "" {
				t.Errorf("%q: reported as %q", tc.sentence, got[0])
			}
		})
	}
}

// TestAttributionUnnamedSources: a speaker the text does not name makes a
// reported claim with no speaker and the words that stand for it.
func TestAttributionUnnamedSources(t *testing.T) {
	reuters := ent{"Reuters", "Reuters", claimx.Org}
	ministry := ent{"Ministry of Commerce", "Ministry of Commerce", claimx.Org}
	tests := []struct {
		name     string
		sentence string
		ents     []ent
		want     string
	}{
		{"plural subject, name only in a citation", "Exports have slowed, officials said (Reuters, May 4, 2023).",
			[]ent{reuters}, "(officials) | said"},
		{"across a clause break, not the name before it", "Japan signed the pact; officials later said it was a mistake.",
			[]ent{japan}, "(officials) | said"},
		{"after a place", "In Beijing, analysts argued that the rules were too loose.", []ent{beijing}, "(analysts) | argued"},
		{"a described person after a quotation", "“There were seven or eight people brought here,” the hospital employee said.",
			nil, "(hospital employee) | said"},
		{"inverted, with a modifier", "“The police are everywhere,” said a Guma business owner.",
			nil, "(Guma business owner) | said"},
		{"told an outlet", "Senior Taiwanese officials told Reuters that the drills were a rehearsal.",
			[]ent{reuters}, "(Senior Taiwanese officials) | told"},
		{"told an outlet, no that", "Senior Taiwanese officials told Reuters the drills were a rehearsal.",
			[]ent{reuters}, "(Senior Taiwanese officials) | told"},
		{"told reporters, no that", "Wang Yi told reporters on Monday the talks were over.",
			[]ent{wangYi}, "Wang Yi | told"},
		{"told a news briefing", "A ministry official told a news briefing the plan stood.", nil, "(ministry official) | told"},
		{"told someone to do something is no report", "Wang Yi told the ministry to wait.", []ent{wangYi, {"the ministry", "Ministry", claimx.Org}}, ""},
		{"a spokesperson speaks for the body", "A spokesperson for the Ministry of Commerce said the rules would stay.",
			[]ent{ministry}, "Ministry of Commerce | said"},
		{"a named speaker among unnamed ones", "Researchers like Chen Bo have warned of a “lost decade.”",
			[]ent{{"Chen Bo", "Chen Bo", claimx.Person}}, "Chen Bo | warned"},
		{"inverted, the name in a relative clause", "“It will pass,” said one trader who met Wang Yi.", []ent{wangYi}, "(one trader) | said"},
		{"closing, the name in a relative clause", "Two ferries sank, a worker who answered the phone at a port in Japan’s Kyushu region told Reuters.",
			[]ent{japan, reuters, {"Kyushu", "Kyushu", claimx.GPE}}, "(worker) | told"},
		{"the name in an object relative clause", "Officials that Wang Yi met in May said the plan was dead.", []ent{wangYi}, "(Officials) | said"},
		{"a that-clause is no relative clause", "Japan insisted that Wang Yi said the talks were over.", []ent{japan, wangYi}, "Japan | insisted"},
		{"a name owning the noun after of", "A member of Japan’s farming lobby said prices would fall.", []ent{japan}, "(member) | said"},
		{"a participle qualifying the source", "An official representing the Ministry of Commerce gave a speech, announcing that exports would rise.",
			[]ent{ministry}, "(official) | announcing"},
		{"a name as an example", "Scholars such as Chen Bo have argued that the plan fails.", []ent{{"Chen Bo", "Chen Bo", claimx.Person}}, "Chen Bo | argued"},
		{"the body behind a title, past a possessive", "A spokesperson for Japan’s Ministry of Commerce said the rules would stay.",
			[]ent{japan, ministry}, "Ministry of Commerce | said"},
		{"a name after a possessive and a compound is governed", "Inspector Chen Bo of the police’s newly-formed Ministry of Commerce unit told reporters that two men were held.",
			[]ent{{"Chen Bo", "Chen Bo", claimx.Person}, ministry}, "Chen Bo | told"},
		{"two subjects: the first speaks", "Wang Yi (王毅) and Trade Minister Li Qiang told visitors that trade would grow.",
			[]ent{wangYi, {"Li Qiang", "Li Qiang", claimx.Person}}, "Wang Yi | told"},
		{"accused of, with its object", "Opposition lawmakers accused Wang Yi of misleading parliament.", []ent{wangYi}, "(Opposition lawmakers) | accused"},
		{"accusing of, after a comma", "Critics spoke out, accusing the ministry of hiding the figures.", nil, "(Critics) | accusing"},
		{"a participle accused of is no report", "Two students accused of plotting were arrested.", nil, ""},
		{"a place set off after a place", "Chen Bo, a professor at Tsinghua University, Beijing, told Reuters the plan would fail.",
			[]ent{{"Chen Bo", "Chen Bo", claimx.Person}, {"Tsinghua University", "Tsinghua University", claimx.Org}, beijing, reuters}, "Chen Bo | told"},
		{"a source noun ending a name the tagger missed is no source", "A lawsuit with Zephyr Media, which accuses Japan of “misleading” buyers, opened.",
			[]ent{japan}, ""},
		{"the relative pronoun's antecedent speaks", "The trial concerns Reuters, which accuses Japan of “misleading” buyers.",
			[]ent{japan, reuters}, "Reuters | accuses"},
		{"outlets", "Japanese media reported that the minister would resign.", nil, "(Japanese media) | reported"},
		{"politicians", "Opposition politicians have acknowledged that the vote was fair.", nil, "(Opposition politicians) | acknowledged"},
		{"elders", "Village elders say the river has never been this low.", nil, "(Village elders) | say"},
		{"a state's industry, which is no state", "Kesh’s shipping industry has warned that the new fees will sink small lines.", []ent{{"Kesh", "Kesh", claimx.GPE}}, "(Kesh’s shipping industry) | warned"},
		{"the press", "The local press reported that the ferry would be sold.", nil, "(local press) | reported"},
		{"experts think, after the clause, which is what they think", "Climate change is to blame too, scientists think.", nil, "(scientists) | think"},
		{"a view with its clause", "Many analysts believe that the drills were a rehearsal.", nil, "(analysts) | believe"},
		{"a study's finding", "A new study found that early peanuts prevent allergies.", nil, "(new study) | found"},
		{"a group's worry", "Residents worry that the dam will fail.", nil, "(Residents) | worry"},
		{"a belief without a clause is no report", "Analysts believe in the plan.", nil, ""},
		{"a worry about a thing, a relative that further on", "Residents worry about the dam that the company built.", nil, ""},
		{"according to a post from a body, the platform named before it",
			"According to the latest WeChat post from Japan’s Ministry of Commerce, exports fell.",
			[]ent{{"WeChat", "WeChat", claimx.Org}, japan, ministry}, "Ministry of Commerce | According to"},
		{"according to a report by a body", "According to a report by the Ministry of Commerce, exports fell.",
			[]ent{ministry}, "Ministry of Commerce | According to"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := attributed(t, testArticle([][]string{{tc.sentence}}, tc.ents...)); got[0] != tc.want {
				t.Errorf("%q: got %q, want %q", tc.sentence, got[0], tc.want)
			}
		})
	}
}

func TestAttributionPronouns(t *testing.T) {
	tests := []struct {
		name  string
		paras [][]string
		ents  []ent
		want  []string
	}{
		{"he after a governed name",
			[][]string{{"For Wang Yi, trust must be earned.", "He has warned that “words are cheap.”"}},
			[]ent{wangYi}, []string{"", "Wang Yi | warned"}},
		{"she skips organisations",
			[][]string{{"Li Mei left the Ministry of Commerce in 2019.", "She later argued that the tariffs failed."}},
			[]ent{{"Li Mei", "Li Mei", claimx.Person}, commerce}, []string{"", "Li Mei | argued"}},
		{"it takes the subject over a governed place",
			[][]string{{"Huawei opened a laboratory in Japan.", "It said the move was “about talent, not politics.”"}},
			[]ent{huawei, japan}, []string{"", "Huawei | said"}},
		{"the ministry prefers a ministry",
			[][]string{{"Huawei filed a complaint with the Ministry of Commerce.", "The ministry replied that “the review is routine.”"}},
			[]ent{huawei, commerce}, []string{"", "Ministry of Commerce | replied"}},
		{"he continues the previous speaker",
			[][]string{{"Ren Zhengfei said Huawei would survive.", "He added that “Japan and China both need us.”"}},
			[]ent{renZhengfei, huawei, japan, china}, []string{"Ren Zhengfei | said", "Ren Zhengfei | added"}},
		{"a document stands for its author",
			[][]string{{"In 2021, China sent a position paper to the summit.", "The paper urged “respect for national conditions.”"}},
			[]ent{china}, []string{"", "People's Republic of China | urged"}},
		{"no antecedent of the right type: someone the text does not name",
			[][]string{{"Japan raised tariffs.", "He warned that prices would rise."}},
			[]ent{japan}, []string{"", "(He) | warned"}},
		{"pronoun in quote-then-cue shape",
			[][]string{{"Chen Bo runs a small chip lab.", "“Nobody here sleeps,” he said."}},
			[]ent{{"Chen Bo", "Chen Bo", claimx.Person}}, []string{"", "Chen Bo | said"}},
		{"possessive pronoun owning a speech noun",
			[][]string{{"Ren Zhengfei spoke for an hour.", "His warning that “winter is coming” went unheeded."}},
			[]ent{renZhengfei}, []string{"", "Ren Zhengfei | warning"}},
		{"possessive pronoun in an opinion phrase",
			[][]string{{"Chen Bo runs a shipping fund.", "In his view, the tariffs are “a tax on patience.”"}},
			[]ent{{"Chen Bo", "Chen Bo", claimx.Person}}, []string{"", "Chen Bo | view"}},
		{"referring noun owning an opinion noun",
			[][]string{{"The Ministry of Commerce licensed gallium exports.", "In the ministry’s view, the curbs are “proportionate.”"}},
			[]ent{commerce}, []string{"", "Ministry of Commerce | view"}},
		{"referring noun with a possessive as subject",
			[][]string{{"Huawei filed a complaint with the Ministry of Commerce.", "The ministry’s spokesperson said the review was “routine.”"}},
			[]ent{huawei, commerce}, []string{"", "Ministry of Commerce | said"}},
		{"possessive pronoun owning a channel",
			[][]string{{"The Ministry of Commerce reviewed the licences.", "Its annual report said the process was “working as designed.”"}},
			[]ent{commerce}, []string{"", "Ministry of Commerce | said"}},
		{"antecedent too far back, two people before: someone the text does not name",
			[][]string{{"Wang Yi flew to Tokyo with Ren Zhengfei.", "The talks lasted a day.", "Rain fell.", "Prices rose.", "He said nothing."}},
			[]ent{wangYi, renZhengfei}, []string{"", "", "", "", "(He) | said"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := attributed(t, testArticle(tc.paras, tc.ents...))
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestAttributionQuoteOwnership checks that a claim's speaker is the one
// its quotations belong to, and none when they are labels or the words of
// an unnamed source.
func TestAttributionQuoteOwnership(t *testing.T) {
	chen := ent{"Chen Bo", "Chen Bo", claimx.Person}
	tests := []struct {
		name     string
		sentence string
		ents     []ent
		want     string
	}{
		{"quotation in a relative clause with its own speaker",
			"Wang Yi said the plan, which Chen Bo has called “reckless,” would go ahead.",
			[]ent{wangYi, chen}, "Chen Bo | called"},
		{"a named speaker before an unnamed one",
			"Wang Yi warned that the talks could fail; commentators describe the impasse as a “long freeze.”",
			[]ent{wangYi}, "Wang Yi | warned"},
		{"unnamed source in a relative clause after a named speaker's words, which come first",
			"Chen Bo argued that dry docks matter more than hulls, what some admirals call the “second fleet.”",
			[]ent{chen}, "Chen Bo | argued"},
		{"unnamed source in a relative clause alone",
			"Dry docks matter more than hulls, what some admirals call the “second fleet.”",
			nil, "(admirals) | call"},
		{"a label leaves the claim to its cues",
			"Japan restated the so-called “three principles” and insisted that nothing had changed.",
			[]ent{japan}, "Japan | insisted"},
		{"a label is no framing verb's quotation",
			"Since 2019 Japan has run what it refers to as “frontier work” across the region.",
			[]ent{japan}, ""},
		{"known as label, the sentence closed by its source",
			"The scheme, known as the “green channel,” lets firms skip checks, Japan said.",
			[]ent{japan}, "Japan | said"},
		{"label beside an owned quotation",
			"Wang Yi said the so-called “red line” had been crossed, calling it “a grave error.”",
			[]ent{wangYi}, "Wang Yi | calling"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := attributed(t, testArticle([][]string{{tc.sentence}}, tc.ents...)); got[0] != tc.want {
				t.Errorf("%q: got %q, want %q", tc.sentence, got[0], tc.want)
			}
		})
	}
}

// TestAttributionReferringNounFarBack checks that "the ministry" finds the
// last ministry named even several claims and a section back, where a bare
// pronoun would find nothing.
func TestAttributionReferringNounFarBack(t *testing.T) {
	a := testArticle([][]string{
		{"The Ministry of Commerce licensed gallium exports in 2023.", "Prices doubled.", "Traders hoarded stock."},
		{"Japan looked for other suppliers.", "The ministry insisted that “normal trade” would go on.", "It also warned of checks."},
	}, commerce, japan)
	for i := range a.Claims {
		if a.Claims[i].Paragraph == 1 {
			a.Claims[i].Section = "Later"
		}
	}
	want := []string{"", "", "", "", "Ministry of Commerce | insisted", "Ministry of Commerce | warned"}
	if got := attributed(t, a); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestAttributionOverSeveralClaims(t *testing.T) {
	a := testArticle([][]string{
		{"Ren Zhengfei spoke for an hour.", "“We bought time. We did not buy skill,” Ren Zhengfei said.", "Then he left."},
		{"Wang Yi was blunt.", "He said the visit had failed.", "“Nothing was agreed.”", "“Nothing will be.”"},
	}, renZhengfei, wangYi)
	want := []string{"", "Ren Zhengfei | said", "Ren Zhengfei | said", "",
		"", "Wang Yi | said", "Wang Yi | said", "Wang Yi | said"}
	// "We bought time." and "We did not buy skill," are two claims of one quotation.
	a.Claims = splitClaim(a, 1, "“We bought time.")
	if got := attributed(t, a); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
	var pairs []string
	for _, q := range quotations(a) {
		pairs = append(pairs, q.Speaker+": "+q.Text)
	}
	wantPairs := []string{"Ren Zhengfei: We bought time. We did not buy skill,",
		"Wang Yi: Nothing was agreed.", "Wang Yi: Nothing will be."}
	if fmt.Sprint(pairs) != fmt.Sprint(wantPairs) {
		t.Errorf("quotations %q\nwant %q", pairs, wantPairs)
	}
}

// TestAttributionQuotationBeforeFramingVerb checks a quotation over two
// claims whose speaker comes after it with a verb that needs the quotation
// to report speech.
func TestAttributionQuotationBeforeFramingVerb(t *testing.T) {
	li := ent{"Li Mei", "Li Mei", claimx.Person}
	a := testArticle([][]string{
		{"Li Mei chairs the port board.", "“Fees doubled in a year. Nobody planned for it,” Li explained to the committee."},
	}, li, ent{"Li", "Li Mei", claimx.Person})
	a.Claims = splitClaim(a, 1, "“Fees doubled in a year.")
	want := []string{"", "Li Mei | explained", "Li Mei | explained"}
	if got := attributed(t, a); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// splitClaim splits claim i of a after its prefix, as a sentence splitter
// would inside a quotation, and renumbers the claims.
func splitClaim(a *claimx.Article, i int, prefix string) []claimx.Claim {
	c := a.Claims[i]
	n := utf8.RuneCountInString(prefix)
	first, second := c, c
	first.Text, first.End = prefix, c.Start+n
	second.Text = strings.TrimLeft(c.Text[len(prefix):], " ")
	second.Start = c.End - utf8.RuneCountInString(second.Text)
	first.Entities, second.Entities = nil, nil
	for _, e := range c.Entities {
		if first.Contains(e.Span) {
			first.Entities = append(first.Entities, e)
		} else {
			second.Entities = append(second.Entities, e)
		}
	}
	out := append(append(append([]claimx.Claim{}, a.Claims[:i]...), first, second), a.Claims[i+1:]...)
	for k := range out {
		out[k].Index = k
	}
	return out
}

// FuzzAttributions runs Quotes and Attributions over arbitrary text, one
// paragraph per line, with every capitalised word taken for a name, and
// checks that quotes stay inside their claims and are the text of their
// spans, and that every speaker is a name of the article or one the claim
// prints that the tagger missed.
func FuzzAttributions(f *testing.F) {
	for _, s := range []string{
		"Wang said “no. Never,” he added.\n“Still open",
		"“‘a’” ’’ ‘‘ \"x\" 'y' «z» 「w」 „v“",
		"Li, the head of Ming, said: “Fine.” It was. According to Su, “yes” was said by Bo.",
		"He put it so: “One two three four.”\n\n“Next.” The ministry warned that X (Y, May 3) had.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		a := fuzzArticle(text)
		Quotes{}.Tag(context.Background(), a)
		Attributions{}.Tag(context.Background(), a)
		rs := []rune(a.Text)
		names := map[string]bool{}
		for _, c := range a.Claims {
			for _, e := range c.Entities {
				names[e.Name] = true
			}
		}
		for i, c := range a.Claims {
			for _, q := range c.Quotes {
				if !c.Contains(q.Span) || string(rs[q.Start:q.End]) != q.Text {
					t.Fatalf("claim %d %v: quote %q at %v", i, c.Span, q.Text, q.Span)
				}
			}
			if (c.Speaker != "" || c.SpeakerMention != "") != (c.Kind == claimx.Reported) || c.Speaker != "" && !names[c.Speaker] && !strings.Contains(c.Text, c.Speaker) {
				t.Fatalf("claim %d: kind %q, speaker %q", i, c.Kind, c.Speaker)
			}
		}
		for _, q := range quotations(a) {
			if q.Text == "" || len(q.Claims) == 0 {
				t.Fatalf("empty quotation %+v", q)
			}
		}
	})
}

// fuzzArticle splits text into paragraphs at line breaks and claims by the
// sentence splitter, and makes every capitalised word a name, of a type
// chosen by its length.
func fuzzArticle(text string) *claimx.Article {
	a := &claimx.Article{Text: text}
	types := []claimx.EntityType{claimx.Person, claimx.Org, claimx.GPE}
	start := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		body := strings.TrimSuffix(line, "\n")
		a.Paragraphs = append(a.Paragraphs, claimx.Paragraph{Span: claimx.Span{Start: start, End: start + utf8.RuneCountInString(body)}})
		for _, r := range segment.Sentences(body) {
			from := start + utf8.RuneCountInString(body[:r.Start])
			c := claimx.Claim{Index: len(a.Claims), Paragraph: len(a.Paragraphs) - 1, Text: body[r.Start:r.End],
				Span: claimx.Span{Start: from, End: from + utf8.RuneCountInString(body[r.Start:r.End])}}
			for _, w := range strings.Fields(c.Text) {
				if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
					i := strings.Index(c.Text, w)
					c.Entities = append(c.Entities, claimx.Entity{Name: w, Mention: w, Type: types[len(w)%3], Span: c.SpanOf(i, i+len(w))})
				}
			}
			a.Claims = append(a.Claims, c)
		}
		start += utf8.RuneCountInString(line)
	}
	return a
}

// quoteSpeakers runs the quote and attribution taggers and lists every
// quotation as "text <- speaker", "(mention)" for an unnamed one.
func quoteSpeakers(a *claimx.Article) []string {
	Quotes{}.Tag(context.Background(), a)
	Attributions{}.Tag(context.Background(), a)
	var out []string
	for _, c := range a.Claims {
		for _, q := range c.Quotes {
			sp := q.Speaker
			if q.SpeakerMention != "" {
				sp = "(" + q.SpeakerMention + ")"
			}
			out = append(out, q.Text+" <- "+sp)
		}
	}
	return out
}

func TestAttributionSpeakerPerQuotation(t *testing.T) {
	li := ent{"Li Qiang", "Li Qiang", claimx.Person}
	raxit := ent{"Dilxat Raxit", "Dilxat Raxit", claimx.Person}
	tests := []struct {
		name  string
		paras [][]string
		ents  []ent
		want  []string
	}{
		{"two speakers in one sentence",
			[][]string{{"“Growth is stable,” Premier Li Qiang said, but Wang Yi warned that “risks are rising.”"}},
			[]ent{li, wangYi}, []string{"Growth is stable, <- Li Qiang", "risks are rising. <- Wang Yi"}},
		{"a named and an unnamed speaker",
			[][]string{{"“The port is open,” Wang Yi said, while officials said it was “closed for now.”"}},
			[]ent{wangYi}, []string{"The port is open, <- Wang Yi", "closed for now. <- (officials)"}},
		{"a label has no speaker", [][]string{{"Wang Yi said the so-called “red line” had been crossed."}},
			[]ent{wangYi}, []string{"red line <- "}},
		{"nor a name in capitals", [][]string{{"Wang Yi opened the “Silk Road Trade Fair,” saying that “trade is peace.”"}},
			[]ent{wangYi}, []string{"Silk Road Trade Fair, <- ", "trade is peace. <- Wang Yi"}},
		{"nor a title with its small words", [][]string{{"Li Qiang praised “The Art of War” and said it was “still read.”"}},
			[]ent{li}, []string{"The Art of War <- ", "still read. <- Li Qiang"}},
		{"but a capitalised sentence is speech", [][]string{{"“We Will Win!” Li Qiang said."}},
			[]ent{li}, []string{"We Will Win! <- Li Qiang"}},
		{"nor the name a text refers to something as",
			[][]string{{"Wang Yi urged diplomats to refer to the islands as “our southern gate” and said talks would go on."}},
			[]ent{wangYi}, []string{"our southern gate <- "}},
		{"nor what a body refers to as",
			[][]string{{"Exports grew, what Japan still refers to as “friend-shoring” in its papers."}},
			[]ent{japan}, []string{"friend-shoring <- "}},
		{"a second quotation after adding that",
			[][]string{{"“Demand is weak,” a spokesperson for Japan said, adding that prices were “the lowest in years.”"}},
			[]ent{japan}, []string{"Demand is weak, <- Japan", "the lowest in years. <- Japan"}},
		{"a quotation opening the next paragraph goes on with the person quoted",
			[][]string{{"Dilxat Raxit said his group had heard of clashes."}, {"“But it is hard to get figures.”"}},
			[]ent{raxit}, []string{"But it is hard to get figures. <- Dilxat Raxit"}},
		{"but not a body's", [][]string{{"Japan said the talks had failed."}, {"“Nobody won.”"}},
			[]ent{japan}, []string{"Nobody won. <- "}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := quoteSpeakers(testArticle(tc.paras, tc.ents...)); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestAttributionSetTerms checks that a short quotation the text uses as
// the name of a policy, a pact or a doctrine is nobody's words, whoever
// speaks in the sentence, while a speaker's own short phrase stays theirs.
func TestAttributionSetTerms(t *testing.T) {
	li := ent{"Li Qiang", "Li Qiang", claimx.Person}
	tests := []struct {
		name     string
		sentence string
		want     []string
	}{
		{"a Chinese gloss after the mark",
			"Li Qiang praised the “common prosperity” (共同富裕) drive and said growth would be “steady and strong.”",
			[]string{"common prosperity <- ", "steady and strong. <- Li Qiang"}},
		{"but not a bracket inserted in the words quoted",
			"Li Qiang said grain was a “core concern” [核心关切] for the state.",
			[]string{"core concern <- Li Qiang"}},
		{"after the", "Li Qiang said the “three red lines” still applied.", []string{"three red lines <- "}},
		{"after a possessive name", "Li Qiang defended Japan’s “quiet diplomacy” at length.", []string{"quiet diplomacy <- "}},
		{"after a possessive, a parenthesis between", "Li Qiang defended the People’s Republic of China’s (PRC) “quiet diplomacy” at length.",
			[]string{"quiet diplomacy <- "}},
		{"after a possessive pronoun", "Li Qiang said their “friend-shoring” plan would fail.", []string{"friend-shoring <- "}},
		{"but an indefinite phrase is the speaker's", "Li Qiang called the tariffs a “grave mistake” on Monday.", []string{"grave mistake <- Li Qiang"}},
		{"nor a longer phrase after the", "Li Qiang warned of the “slow erosion of trust between old partners” in the region.",
			[]string{"slow erosion of trust between old partners <- Li Qiang"}},
		{"after the, the sentence's stop inside the marks (American copy)", "Li Qiang said the curbs put firms on the “entity list.”",
			[]string{"entity list. <- "}},
		{"after a possessive, the stop inside the marks", "Li Qiang said the curbs hit the country’s “quiet levers.”",
			[]string{"quiet levers. <- "}},
		{"but the category a sorting verb's subject names is theirs", "Li Qiang counted gallium among the country’s “quiet levers.”",
			[]string{"quiet levers. <- Li Qiang"}},
		{"but an indefinite phrase with the stop stays the speaker's", "Li Qiang said the talks had reached “a dead end.”",
			[]string{"a dead end. <- Li Qiang"}},
		{"and a capitalised quotation with a stop is a sentence", "Li Qiang read out the “Trade comes first.”",
			[]string{"Trade comes first. <- Li Qiang"}},
		{"a number opens it", "Li Qiang said there is “one market” and nothing else.", []string{"one market <- "}},
		{"a year opens it", "Li Qiang said talks rest on a “2015 understanding” with Japan.", []string{"2015 understanding <- "}},
		{"a naming verb after a noun", "Li Qiang described a new doctrine called “active shaping” in his speech.", []string{"active shaping <- "}},
		{"a naming participle set off after a noun (newspaper)", "Li Qiang said the plan, dubbed “harbour first,” would start soon.",
			[]string{"harbour first, <- "}},
		{"with an adverb before it (magazine)", "Li Qiang said the scheme, also called “open berths,” had stalled.",
			[]string{"open berths, <- "}},
		{"after a name (wire)", "Li Qiang praised Japan, long nicknamed “the quiet neighbour,” for its help.",
			[]string{"the quiet neighbour, <- "}},
		{"a work's title after its noun (think tank)", "Li Qiang cited a report titled “the long road home” on Monday.",
			[]string{"the long road home <- "}},
		{"but a naming verb with its own subject is the speaker's", "Li Qiang said the plan, which he called “harbour first,” would start soon.",
			[]string{"harbour first, <- Li Qiang"}},
		{"a term noun and of (analysis)", "Li Qiang said the concept of “soft power” still mattered.",
			[]string{"soft power <- "}},
		{"but the idea a speaker's verb takes is the speaker's (blog)", "Li Qiang defended the idea of “shared prosperity” at length.",
			[]string{"shared prosperity <- Li Qiang"}},
		{"but a long phrase after the idea of is someone's", "Li Qiang said the idea of “a rising tide that lifts every single boat in the old harbour” was naive.",
			[]string{"a rising tide that lifts every single boat in the old harbour <- Li Qiang"}},
		{"but what a speaker calls it is theirs", "Li Qiang defended what he called “targeted relief” for exporters.", []string{"targeted relief <- Li Qiang"}},
		{"joined to a label", "Li Qiang urged Japan to refer to the islands as “the east” or “the outer ring,” then left.",
			[]string{"the east <- ", "the outer ring, <- "}},
		{"a long rendering of a short Chinese original (think tank)",
			"Li Qiang stressed adherence to the policy of “guarding the borders against cases from outside and flare-ups within” (外防输入、内防反弹).",
			[]string{"guarding the borders against cases from outside and flare-ups within <- "}},
		{"but a long original is a quoted sentence (translation)",
			"Li Qiang said that “we must build a modern socialist country in all respects” (全面建设社会主义现代化国家新征程).",
			[]string{"we must build a modern socialist country in all respects <- Li Qiang"}},
		{"an instruction after a speech noun is the owner's, glossed or not (think tank)",
			"Li Qiang’s exhortation for cadres to “dare to struggle” (敢于斗争) and to “be good at struggling” (善于斗争) is often cited.",
			[]string{"dare to struggle <- Li Qiang", "be good at struggling <- Li Qiang"}},
		{"an instruction after a reporting verb (newspaper)",
			"Li Qiang urged officials to “tell the story well” (讲好故事) on Monday.",
			[]string{"tell the story well <- Li Qiang"}},
		{"but efforts to do it quote no one (blog)",
			"Li Qiang said little about efforts to “tell the story well” (讲好故事) this year.",
			[]string{"tell the story well <- "}},
		{"a phrase a term noun names (think tank)", "Li Qiang has used the phrase “new productive forces” in every speech since March.",
			[]string{"new productive forces <- "}},
		{"a word the text names (wire)", "Li Qiang noted that the word “decoupling” had fallen out of use.", []string{"decoupling <- "}},
		{"a slogan after a colon (newsletter)", "Li Qiang closed his speech on the slogan: “security first”.", []string{"security first <- "}},
		{"a term the text names (ministry transcript)", "Li Qiang said the term “de-risking” is decoupling by another name.", []string{"de-risking <- "}},
		{"but saying reports the words after it (newspaper)", "Li Qiang left the room, saying “the talks are over”.", []string{"the talks are over <- Li Qiang"}},
		{"nor does a quoted sentence after his words", "In Li Qiang’s words, “We will not yield.”", []string{"We will not yield. <- Li Qiang"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := quoteSpeakers(testArticle([][]string{{tc.sentence}}, li, japan)); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("%q:\n got  %q\n want %q", tc.sentence, got, tc.want)
			}
		})
	}
}

// TestAttributionSpokenComplements checks that a short phrase after a
// determiner, a possessive or a number is the speaker's words when it
// completes a cue whose subject speaks (what they call a thing, the
// category they count it among, the predicate or object closing the clause
// they report), with the sentence's stop inside the marks or after them,
// while a term the sentence only refers to stays no one's.
func TestAttributionSpokenComplements(t *testing.T) {
	chen := ent{"Chen Bo", "Chen Bo", claimx.Person}
	berg := ent{"Anna Berg", "Anna Berg", claimx.Person}
	reed := ent{"Tom Reed", "Tom Reed", claimx.Person}
	lopez := ent{"Maria Lopez", "Maria Lopez", claimx.Person}
	mensah := ent{"Kofi Mensah", "Kofi Mensah", claimx.Person}
	checkQuoteSpeakers(t, []attributionCase{
		{"a possessive predicate after be (newspaper, American stop)", [][]string{{"Chen Bo said the plan was his “last chance.”"}},
			[]ent{chen}, []string{"last chance. <- Chen Bo"}},
		{"the same, British stop", [][]string{{"Chen Bo said the deal was his “last chance”."}},
			[]ent{chen}, []string{"last chance <- Chen Bo"}},
		{"a definite predicate after be", [][]string{{"Anna Berg said the merger was the “end of the road.”"}},
			[]ent{berg}, []string{"end of the road. <- Anna Berg"}},
		{"a plural predicate after be (wire)", [][]string{{"Maria Lopez told reporters the tariffs were the “worst deal ever.”"}},
			[]ent{lopez}, []string{"worst deal ever. <- Maria Lopez"}},
		{"a number the verb group's object", [][]string{{"Tom Reed said growth would reach “5 percent.”"}},
			[]ent{reed}, []string{"5 percent. <- Tom Reed"}},
		{"a possessive object after have", [][]string{{"Kofi Mensah said the ministry had made its “final offer.”"}},
			[]ent{mensah}, []string{"final offer. <- Kofi Mensah"}},
		{"a thinking verb reports the clause too (blog)", [][]string{{"Chen Bo believes the port will be the “next Rotterdam”."}},
			[]ent{chen}, []string{"next Rotterdam <- Chen Bo"}},
		{"what a naming verb's subject calls it", [][]string{{"Ports matter more than ships, what some captains call the “real navy.”"}},
			nil, []string{"real navy. <- (captains)"}},
		{"the category a sorting verb names", [][]string{{"Anna Berg counted copper among the region’s “hidden assets.”"}},
			[]ent{berg}, []string{"hidden assets. <- Anna Berg"}},
		{"but a term reached through a preposition stays a term", [][]string{{"Tom Reed said the rules put banks on the “watch list.”"}},
			[]ent{reed}, []string{"watch list. <- "}},
		{"nor a term a noun follows", [][]string{{"Maria Lopez said the “one belt” scheme had stalled."}},
			[]ent{lopez}, []string{"one belt <- "}},
		{"nor a term after there is", [][]string{{"Kofi Mensah said there is “one market.”"}},
			[]ent{mensah}, []string{"one market. <- "}},
		{"nor a term with no verb of speech in the sentence", [][]string{{"The quarrel was the “second front.”"}},
			nil, []string{"second front. <- "}},
		{"nor what a naming participle after a noun names", [][]string{{"Chen Bo praised a scheme called the “open door.”"}},
			[]ent{chen}, []string{"open door. <- "}},
		{"nor a label set off after a noun", [][]string{{"Anna Berg said the plan, dubbed “harbour first,” was late."}},
			[]ent{berg}, []string{"harbour first, <- "}},
		{"nor a phrase a term noun names", [][]string{{"Tom Reed said the concept of “soft power” was the key."}},
			[]ent{reed}, []string{"soft power <- "}},
		{"but a term noun phrase a speaker's verb takes is the speaker's (wire)", [][]string{{"Anna Berg rejected the idea of “a new cold war” on Tuesday."}},
			[]ent{berg}, []string{"a new cold war <- Anna Berg"}},
		{"with as after it (newspaper)", [][]string{{"Chen Bo dismissed the notion of “decoupling” as a fantasy."}},
			[]ent{chen}, []string{"decoupling <- Chen Bo"}},
		{"after an auxiliary, the stop inside the marks", [][]string{{"Maria Lopez has proposed the concept of “shared berths.”"}},
			[]ent{lopez}, []string{"shared berths. <- Maria Lopez"}},
		{"a reporting verb with a preposition after the phrase (analysis)", [][]string{{"Kofi Mensah denied the notion of “port fatigue” at the hearing."}},
			[]ent{mensah}, []string{"port fatigue <- Kofi Mensah"}},
		{"but a reporting verb's clause may hold the phrase as its subject", [][]string{{"Maria Lopez warned the idea of “decoupling” would fail."}},
			[]ent{lopez}, []string{"decoupling <- "}},
		{"nor a term noun phrase no speaker's verb takes", [][]string{{"The concept of “soft power” has spread."}},
			nil, []string{"soft power <- "}},
		{"nor one a verb that reports nothing takes", [][]string{{"Tom Reed explored the idea of “a new cold war” in his book."}},
			[]ent{reed}, []string{"a new cold war <- "}},
		{"nor one a possessive owns", [][]string{{"Anna Berg’s idea of “a new cold war” worries investors."}},
			[]ent{berg}, []string{"a new cold war <- "}},
	})
}

// TestAttributionStanceOnTerm checks that a named speaker who takes a
// stance on a term ("rejected the idea of “…”") keeps the claim, while a
// term no one's verb takes leaves it the author's.
func TestAttributionStanceOnTerm(t *testing.T) {
	berg := ent{"Anna Berg", "Anna Berg", claimx.Person}
	checkAttributions(t, []attributionCase{
		{"rejected the idea of (wire)", [][]string{{"Anna Berg rejected the idea of “a new cold war” on Tuesday.", "The concept of “soft power” has spread."}},
			[]ent{berg}, []string{"Anna Berg | rejected", ""}},
	})
}

// TestAttributionNicknames checks that a nickname printed inside a
// person's name is part of how the text names them, no one's words, while
// the words the person says after the name stay theirs.
func TestAttributionNicknames(t *testing.T) {
	checkQuoteSpeakers(t, []attributionCase{
		{"between two parts of a name (Indonesian press)",
			[][]string{{"President Joko “Jokowi” Widodo said “there will be no compromise” on the islands."}},
			[]ent{{"Joko", "Joko Widodo", claimx.Person}, {"Widodo", "Joko Widodo", claimx.Person}},
			[]string{"Jokowi <- ", "there will be no compromise <- Joko Widodo"}},
		{"straight marks, the surname untagged (sports wire)", [][]string{{"Earvin \"Magic\" Johnson said the team was \"ready\"."}},
			[]ent{{"Earvin", "Earvin Johnson", claimx.Person}},
			[]string{"Magic <- ", "ready <- Earvin Johnson"}},
		{"two words (blog)", [][]string{{"Dwayne “The Rock” Johnson said the film was “a blast”."}},
			[]ent{{"Dwayne", "Dwayne Johnson", claimx.Person}},
			[]string{"The Rock <- ", "a blast <- Dwayne Johnson"}},
		{"but a quoted word between a name and a lower-case word is theirs", [][]string{{"Lai called the verdict “shameful” and left."}},
			[]ent{{"Lai", "Jimmy Lai", claimx.Person}},
			[]string{"shameful <- Jimmy Lai"}},
	})
}

func TestAttributionPronounAfterAnUnnamedSource(t *testing.T) {
	a := testArticle([][]string{{"“Seven people died,” the hospital employee said.", "“Eight more were hurt,” he said."}})
	want := []string{"(hospital employee) | said", "(hospital employee) | said"}
	if got := attributed(t, a); !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestAttributionTranscriptTurns(t *testing.T) {
	mao := ent{"Mao Ning", "Mao Ning", claimx.Person}
	afp := ent{"AFP", "AFP", claimx.Org}
	a := testArticle([][]string{
		{"AFP: Will the talks resume?", "Officials said they might."},
		{"Mao Ning: We support dialogue.", "The so-called “debt trap” is a lie."},
		{"China will keep the door open."},
		{"Q: What about the sanctions?"},
	}, mao, afp)
	got := attributed(t, a)
	want := []string{"", "(Officials) | said", "Mao Ning | Mao Ning:", "Mao Ning | Mao Ning:", "Mao Ning | Mao Ning:", ""}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	if q := a.Claims[3].Quotes[0]; q.Speaker != "" {
		t.Errorf("a term the spokesperson quotes is no one's speech, got %q", q.Speaker)
	}
	// One label is no transcript.
	one := testArticle([][]string{{"Note: figures are provisional."}, {"Exports fell."}}, mao)
	if got := attributed(t, one); got[0] != "" {
		t.Errorf("a lone label: %q", got)
	}
	// Unless it gives a person a title, as an official transcript does,
	// whether the entity tagger named the person or not.
	for _, tc := range []struct {
		label string
		ents  []ent
		want  string
	}{
		{"Minister Mao Ning:", []ent{mao}, "Mao Ning | Minister Mao Ning:"},
		{"Minister Vivian Balakrishnan:", nil, "Vivian Balakrishnan | Minister Vivian Balakrishnan:"},
		{"SMS Sim Ann:", nil, "Sim Ann | SMS Sim Ann:"},
	} {
		titled := testArticle([][]string{{tc.label + " Thank you all for being here."}, {"This is my fifth trip."}}, tc.ents...)
		if got := attributed(t, titled); got[0] != tc.want || got[1] != tc.want {
			t.Errorf("a titled label: got %q, want %q for both", got, tc.want)
		}
	}
	// A title set off after the name, of several words, labels a turn of a
	// transcript; alone, a news story may so introduce someone once.
	host := ent{"Jane Ford", "Jane Ford", claimx.Person}
	lee := ent{"Karen Lee", "Karen Lee", claimx.Person}
	interview := testArticle([][]string{
		{"Jane Ford: The tariffs are back in the news."},
		{"Karen Lee, Deputy Minister for Trade and Industry: Well, we expect them to go."},
		{"That is our view."},
		{"Jane Ford: Thank you."},
	}, host, lee)
	want = []string{"Jane Ford | Jane Ford:", "Karen Lee | Karen Lee, Deputy Minister for Trade and Industry:", "Karen Lee | Karen Lee, Deputy Minister for Trade and Industry:", "Jane Ford | Jane Ford:"}
	if got := attributed(t, interview); !reflect.DeepEqual(got, want) {
		t.Errorf("a title set off in a label:\ngot  %q\nwant %q", got, want)
	}
	// A turn that is a quotation after its label is the speaker's words.
	quoted := testArticle([][]string{{"Mao Ning: “We support dialogue.”"}, {"Mao Ning: “Trade must go on.”", "The so-called “debt trap” is a lie."}}, mao)
	attributed(t, quoted)
	if q := quoted.Claims[0].Quotes[0]; q.Speaker != "Mao Ning" {
		t.Errorf("a turn quoted after its label: speaker %q", q.Speaker)
	}
	if q := quoted.Claims[2].Quotes[0]; q.Speaker != "" {
		t.Errorf("a term quoted in a turn: speaker %q", q.Speaker)
	}
	// A label giving a surname alone, as official transcripts print it in
	// capitals, names the person the text or the title names in full.
	briefing := testArticle([][]string{
		{"MS. ABARA: Good morning.", "With us is Deputy Director Tomas Reyes."},
		{"NSC ADG REYES: Thank you.", "The patrols will go on."},
		{"MS. ABARA: Thank you, sir."},
	}, ent{"Tomas Reyes", "Tomas Reyes", claimx.Person})
	briefing.Title = "Press Briefing of Ms. Lina Abara with the Coast Guard"
	want = []string{"Lina Abara | MS. ABARA:", "Lina Abara | MS. ABARA:", "Tomas Reyes | NSC ADG REYES:", "Tomas Reyes | NSC ADG REYES:", "Lina Abara | MS. ABARA:"}
	if got := attributed(t, briefing); !reflect.DeepEqual(got, want) {
		t.Errorf("labels naming a surname:\ngot  %q\nwant %q", got, want)
	}
	// Two people of that surname: the label names neither.
	two := testArticle([][]string{
		{"Senator Anna Reyes and Deputy Director Tomas Reyes joined the briefing."},
		{"MR. REYES: The patrols will go on."},
	}, ent{"Anna Reyes", "Anna Reyes", claimx.Person}, ent{"Tomas Reyes", "Tomas Reyes", claimx.Person})
	if got := attributed(t, two); got[1] == "Anna Reyes | MR. REYES:" || got[1] == "Tomas Reyes | MR. REYES:" {
		t.Errorf("a surname two people share: %q", got)
	}
	once := testArticle([][]string{{"Karen Lee, Deputy Minister: Well, we expect them to go."}, {"Exports fell."}}, lee)
	if got := attributed(t, once); got[1] != "" {
		t.Errorf("a lone label with a title set off: %q", got)
	}
}

func TestAttributionRoleNouns(t *testing.T) {
	wang := ent{"Wang Wenbin", "Wang Wenbin", claimx.Person}
	lu := ent{"Lu Shaye", "Lu Shaye", claimx.Person}
	rochebin := ent{"Darius Rochebin", "Darius Rochebin", claimx.Person}
	tests := []struct {
		name  string
		paras [][]string
		ents  []ent
		want  []string
	}{
		{"the title given before the name",
			[][]string{{"Foreign Ministry spokesman Wang Wenbin spoke on Monday.", "Later the spokesman said the talks were over."}},
			[]ent{wang}, []string{"", "Wang Wenbin | said"}},
		{"the title given in an appositive",
			[][]string{{"Lu Shaye, the ambassador, arrived in Paris.", "The ambassador said relations were good."}},
			[]ent{lu}, []string{"", "Lu Shaye | said"}},
		{"another name of the same office",
			[][]string{{"Ambassador Lu Shaye arrived in Paris.", "The envoy said relations were good.",
				"Spokesperson Wang Wenbin spoke on Monday.", "The spokesman said the talks were over."}},
			[]ent{lu, wang}, []string{"", "Lu Shaye | said", "", "Wang Wenbin | said"}},
		{"but a woman's title is not the office a man's title named",
			[][]string{{"Spokesman Wang Wenbin spoke on Monday.", "The spokeswoman said the talks were over."}},
			[]ent{wang}, []string{"", "(spokeswoman) | said"}},
		{"no one given the title: an unnamed official",
			[][]string{{"Wang Wenbin spoke on Monday.", "The official said the talks were over."}},
			[]ent{wang}, []string{"", "(official) | said"}},
		{"the interviewer is not the speaker",
			[][]string{{"In an interview with journalist Darius Rochebin, Chinese ambassador to France Lu Shaye said the states had no status.", "“It is a matter of history,” he said."}},
			[]ent{rochebin, lu}, []string{"Lu Shaye | said", "Lu Shaye | said"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := attributed(t, testArticle(tc.paras, tc.ents...)); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestAttributionQuoteParagraphs checks who speaks a paragraph that is
// nothing but a quotation, with no cue of its own.
func TestAttributionQuoteParagraphs(t *testing.T) {
	li := ent{"Li Mei", "Li Mei", claimx.Person}
	checkAttributions(t, []attributionCase{
		{"the person quoted last, across a caption",
			[][]string{{"“The river is dying,” says Chen Bo."}, {"• A fishing boat at dawn"}, {"“Nobody listens to us.", "We are tired.”"}},
			[]ent{{"Chen Bo", "Chen Bo", claimx.Person}},
			[]string{"Chen Bo | says", "", "Chen Bo | says", "Chen Bo | says"}},
		{"the one person the paragraph before speaks of",
			[][]string{{"For Li Mei, the closures are personal."}, {"“I grew up on these docks.”"}},
			[]ent{li}, []string{"", "Li Mei | "}},
		{"two people before: nobody",
			[][]string{{"Li Mei met Wang Yi in March."}, {"“It was a long winter.”"}},
			[]ent{li, wangYi}, []string{"", ""}},
		{"a body quoted before: nobody",
			[][]string{{"Huawei said sales were “flat.”"}, {"“Next year will be better.”"}},
			[]ent{huawei}, []string{"Huawei | said", ""}},
		{"but a body whose statement was quoted goes on",
			[][]string{{"“The rules apply to every platform,” Huawei said in a written reply."}, {"“Users agree to them when they sign up.”"}},
			[]ent{huawei}, []string{"Huawei | said", "Huawei | said"}},
		{"a slogan is no sentence",
			[][]string{{"“The river is dying,” says Li Mei."}, {"‘We need to listen’"}},
			[]ent{li}, []string{"Li Mei | says", ""}},
		{"too far back",
			[][]string{{"“The river is dying,” says Li Mei."}, {"Rain fell.", "Prices rose.", "Boats stayed in."}, {"“It will pass.”"}},
			[]ent{li}, []string{"Li Mei | says", "", "", "", ""}},
	})
}

// TestAttributionCueShapesAndMentions checks cue shapes and speaker
// mentions news writing uses beyond the plain "X said that".
func TestAttributionCueShapesAndMentions(t *testing.T) {
	an := ent{"An Fengshan", "An Fengshan", claimx.Person}
	ma := ent{"Ma Xiaoguang", "Ma Xiaoguang", claimx.Person}
	chen := ent{"Chen Mingtong", "Chen Mingtong", claimx.Person}
	checkAttributions(t, []attributionCase{
		{"said and a title after a comma",
			[][]string{{"Those who make such remarks have other motives, said spokesperson Ma Xiaoguang at a press conference."}},
			[]ent{ma}, []string{"Ma Xiaoguang | said"}},
		{"added and a surname closing the sentence",
			[][]string{{"Ma Xiaoguang spoke first.", "The talks will resume in spring, added Ma."}},
			[]ent{ma, {"Ma", "Ma Xiaoguang", claimx.Person}}, []string{"", "Ma Xiaoguang | added"}},
		{"an appositive's comma is no inversion",
			[][]string{{"Ma Xiaoguang, the spokesman, said Japan had “crossed a line.”"}},
			[]ent{ma, japan}, []string{"Ma Xiaoguang | said"}},
		{"nor is whom one told",
			[][]string{{"Chen Mingtong, a former adviser, told a conference in Beijing that “the door is shut.”"}},
			[]ent{chen, beijing}, []string{"Chen Mingtong | told"}},
		{"the subject of a clause opened by after",
			[][]string{{"The remarks came after Chen Mingtong, the security chief, said the mainland may “force” talks."}},
			[]ent{chen}, []string{"Chen Mingtong | said"}},
		{"a surname the tagger read as an article",
			[][]string{{"An Fengshan, spokesman for the office, spoke on Wednesday.", "An reiterated that policy is unchanged.", "Asked about trade, An said “nothing has changed.”"}},
			[]ent{an}, []string{"", "An Fengshan | reiterated", "An Fengshan | said"}},
		{"a word of a name inside a longer one is no mention, nor a source noun ending it",
			[][]string{{"An Fengshan spoke on Wednesday.", "The An River Authority said the dam was safe."}},
			[]ent{an}, []string{"", ""}},
		{"a quotation opening a paragraph, named where it ends",
			[][]string{{"Ma Xiaoguang said the talks would go on."}, {"“We spoke about Taiwan.", "We agree,” Wang Yi told reporters."}},
			[]ent{ma, wangYi}, []string{"Ma Xiaoguang | said", "Wang Yi | told", "Wang Yi | told"}},
	})
}

// TestAttributionDocuments checks that a document speaks for the body that
// issued it, as the text tied them, and for no one when it did not.
func TestAttributionDocuments(t *testing.T) {
	mss := ent{"Ministry of State Security", "Ministry of State Security", claimx.Org}
	manila := ent{"Manila", "Manila", claimx.GPE}
	council := ent{"Mainland Affairs Council", "Mainland Affairs Council", claimx.Org}
	scio := ent{"State Council Information Office", "State Council Information Office", claimx.Org}
	vulture := ent{"Vulture", "Vulture", claimx.Org}
	checkAttributions(t, []attributionCase{
		{"a document no body is named for speaks as an unnamed source, but the text's own is the author's",
			[][]string{{"The annual report said exports rose by a tenth.", "This article argues that the curbs will fail.", "Our report finds that prices fell."}},
			[]ent{}, []string{"(annual report) | said", "", ""}},
		{"a post from a body, then the post",
			[][]string{{"According to a WeChat post from the Ministry of State Security, grain is a “strategic issue.”",
				"The post starts out with criticism, before alleging that “foreign firms” steal data."}},
			[]ent{mss}, []string{"Ministry of State Security | According to", "Ministry of State Security | alleging"}},
		{"other documents of the same body",
			[][]string{{"A post from the Ministry of State Security went viral."}, {"The articles consistently emphasize that security comes first."}},
			[]ent{mss}, []string{"", "Ministry of State Security | emphasize"}},
		{"a report a body spoke in",
			[][]string{{"Beijing will keep up its pressure, the Mainland Affairs Council said in a report.", "Trade has slowed, the report said."}},
			[]ent{council, beijing}, []string{"Mainland Affairs Council | said", "Mainland Affairs Council | said"}},
		{"a paper issued by a body",
			[][]string{{"The White Paper on Democracy issued by the State Council Information Office came out in December.",
				"The White Paper avers that China is a democracy."}},
			[]ent{scio, china}, []string{"", "State Council Information Office | avers"}},
		{"a paper described before its name, then the paper (Philippine press)",
			[][]string{{"Tarriela was reacting to an editorial in the state-run tabloid Global Times.", "The editorial said, “Manila must remain vigilant.”"}},
			[]ent{{"Global Times", "Global Times", claimx.Org}, {"Tarriela", "Jay Tarriela", claimx.Person}}, []string{"", "Global Times | said"}},
		{"a think tank described before its name (analysis)",
			[][]string{{"A report by the London-based think tank Chatham House found that exports had fallen."}},
			[]ent{{"Chatham House", "Chatham House", claimx.Org}}, []string{"Chatham House | found"}},
		{"a state's adjective in the description (wire)",
			[][]string{{"A statement from the Chinese government-backed newspaper China Daily said the visit was a “provocation.”"}},
			[]ent{{"China Daily", "China Daily", claimx.Org}}, []string{"China Daily | said"}},
		{"but not a name past another phrase (newspaper)",
			[][]string{{"A statement from the embassy after talks with Japan said the visit was over."}},
			[]ent{japan}, []string{"(statement) | said"}},
		{"a statement a body issued, saying (wire)",
			[][]string{{"The Ministry of State Security issued a statement saying the visit was a provocation."}},
			[]ent{mss}, []string{"Ministry of State Security | saying"}},
		{"a time between the document and its participle (newspaper)",
			[][]string{{"Huawei released a statement on Monday saying it would appeal."}},
			[]ent{huawei}, []string{"Huawei | saying"}},
		{"a document from a body, stating that (think tank)",
			[][]string{{"An editorial from the Mainland Affairs Council, published in May, was blunt; an editorial from the Mainland Affairs Council stating that Beijing “must stop” followed."}},
			[]ent{council, beijing}, []string{"Mainland Affairs Council | stating"}},
		{"a pronoun publishes it (blog)",
			[][]string{{"Wang Yi spoke in Lima.", "He later posted a tweet claiming that the talks had “failed.”"}},
			[]ent{wangYi}, []string{"", "Wang Yi | claiming"}},
		{"but a participle with no clause reports an act (regulator's notice)",
			[][]string{{"Japan amended the rules six months after its announcement requesting public comment."}},
			[]ent{japan}, []string{""}},
		{"a tweet from a magazine reads",
			[][]string{{"The tweet from Vulture reads, “The show was interrupted.”"}},
			[]ent{vulture}, []string{"Vulture | reads"}},
		{"as the report a body issued states",
			[][]string{{"Japan issued a report in May.", "As the report states: “Supply chains are weapons now.”"}},
			[]ent{japan}, []string{"", "Japan | states"}},
		{"said in a statement, then the statement",
			[][]string{{"Japan said in a statement that the talks had “failed.”", "The statement also warned of “grave consequences.”"}},
			[]ent{japan}, []string{"Japan | said", "Japan | warned"}},
		{"a statement no one was said to issue is no one's the text names, not the nearest name's",
			[][]string{{"Chinese ships blocked a supply run near Manila.", "The statement said the ships “acted lawfully.”"}},
			[]ent{manila}, []string{"", "(statement) | said"}},
		{"another document of a kind a body issued",
			[][]string{{"According to a WeChat post from the Ministry of State Security, grain is a “strategic issue.”"}, {"A post from May 3 reads: “Spies are everywhere.”"}},
			[]ent{mss}, []string{"Ministry of State Security | According to", "Ministry of State Security | reads"}},
		{"documents nobody issued are unnamed sources",
			[][]string{{"About 50 people were hurt, according to local news reports."}},
			nil, []string{"(local news reports) | according to"}},
		{"an indefinite document on a body's channel",
			[][]string{{"A statement on Japan’s official account described the patrols as “routine and lawful.”"}},
			[]ent{japan}, []string{"Japan | described"}},
		{"a subject that reports does not issue the report it names",
			[][]string{{"Manila said the report was wrong.", "The report found that the reef was damaged."}},
			[]ent{manila}, []string{"Manila | said", "(report) | found"}},
	})
}

// TestAttributionAgreement checks number agreement, roles set off by a
// name, and verbs sharing a subject.
func TestAttributionAgreement(t *testing.T) {
	lee := ent{"John Lee", "John Lee", claimx.Person}
	ghannouchi := ent{"Rachid Ghannouchi", "Rachid Ghannouchi", claimx.Person}
	azzouz := ent{"Lotfi Azzouz", "Lotfi Azzouz", claimx.Person}
	ennahda := ent{"Ennahda", "Ennahda", claimx.Org}
	commerce := ent{"Ministry of Commerce", "Ministry of Commerce", claimx.Org}
	checkAttributions(t, []attributionCase{
		{"a passive agent after as and a quotation, a referring noun with a modifier",
			[][]string{{"The Ministry of Commerce set new quotas.", "The cuts have been described as “reckless” by the commerce ministry."}},
			[]ent{commerce}, []string{"", "Ministry of Commerce | described"}},
		{"a verb after and and a phrase shares the subject, not the subordinate clause's",
			[][]string{{"Although Ennahda did not reply, John Lee criticized the plan, and on Thursday said that it was “too late.”"}},
			[]ent{lee, ennahda}, []string{"John Lee | said"}},
		{"they is not one named person",
			[][]string{{"John Lee said he would listen.", "They say he appears more responsive."}},
			[]ent{lee}, []string{"John Lee | said", ""}},
		{"they may be a body",
			[][]string{{"Huawei opened a lab in Japan.", "They said the lab was “about talent.”"}},
			[]ent{huawei, japan}, []string{"", "Huawei | said"}},
		{"a role noun set off by its name",
			[][]string{{"“It is an attack on all of us,” said Lotfi Azzouz.", "The leader of Ennahda, Rachid Ghannouchi, condemned the attack, saying that it “will not break our will.”"}},
			[]ent{azzouz, ghannouchi, ennahda}, []string{"Lotfi Azzouz | said", "Rachid Ghannouchi | saying"}},
		{"a name qualifying an unnamed source is not the speaker",
			[][]string{{"“Seven people were brought here,” the Pishan County Hospital employee said, adding: “There was a bomb.”"}},
			[]ent{{"Pishan County Hospital", "Pishan County Hospital", claimx.Org}}, []string{"(Pishan County Hospital employee) | said"}},
		{"a source closing the sentence speaks it",
			[][]string{{"China has repeatedly stated its stance, and the US is slandering it, Lu Kang said at a briefing."}},
			[]ent{china, {"Lu Kang", "Lu Kang", claimx.Person}}, []string{"Lu Kang | said"}},
		{"and so does a pronoun for a person",
			[][]string{{"Joanne Ou spoke first.", "The US has reiterated that its commitment is solid, she added."}},
			[]ent{{"Joanne Ou", "Joanne Ou", claimx.Person}, {"US", "US", claimx.GPE}}, []string{"", "Joanne Ou | added"}},
		{"but a report closing it only cites where it was read",
			[][]string{{"The Mainland Affairs Council released a report.", "Beijing revealed that imports resumed, the report said."}},
			[]ent{{"Mainland Affairs Council", "Mainland Affairs Council", claimx.Org}, beijing}, []string{"", "Beijing | revealed"}},
		{"a verb after but shares the subject",
			[][]string{{"Beijing suspended imports, but revealed that some goods were allowed in, the report said."}},
			[]ent{beijing}, []string{"Beijing | revealed"}},
	})
}

// TestAttributionBlockQuotations checks who speaks a block quotation
// printed without quotation marks: the paragraphs marked quoted.
func TestAttributionBlockQuotations(t *testing.T) {
	askar := ent{"Ammar Askar", "Ammar Askar", claimx.Person}
	tests := []struct {
		name   string
		paras  [][]string
		quoted []int // paragraphs in the block
		ents   []ent
		want   []string
	}{
		{"the person who introduced it, over several paragraphs",
			[][]string{{"Ammar Askar has released code he said exploits the flaw.", "Here's how it works."},
				{"The client sends a packet.", "The server parses it."}, {"This runs the server out of memory."}, {"The company did not reply."}},
			[]int{1, 2}, []ent{askar},
			[]string{"Ammar Askar | said", "", "Ammar Askar | said", "Ammar Askar | said", "Ammar Askar | said", ""}},
		{"the one person named before it",
			[][]string{{"Ammar Askar wrote a long post."}, {"The fix is not hard."}},
			[]int{1}, []ent{askar}, []string{"", "Ammar Askar | "}},
		{"a claim of the block with a speaker of its own keeps it",
			[][]string{{"Ammar Askar wrote a long post."}, {"Japan said the fix is not hard.", "It is simple."}},
			[]int{1}, []ent{askar, japan}, []string{"", "Japan | said", "Japan | said"}},
		{"no one to speak it",
			[][]string{{"The flaw is old.", "Many servers run it."}, {"The fix is not hard."}},
			[]int{1}, nil, []string{"", "", ""}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := testArticle(tc.paras, tc.ents...)
			for _, p := range tc.quoted {
				a.Paragraphs[p].Quoted = true
			}
			if got := attributed(t, a); fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// attributionCase is a test article of paragraphs of sentences, its
// entities, and each claim's "speaker | cue" as attributed describes it.
type attributionCase struct {
	name  string
	paras [][]string
	ents  []ent
	want  []string
}

// checkQuoteSpeakers checks each quotation's speaker, as quoteSpeakers
// describes them.
func checkQuoteSpeakers(t *testing.T, tests []attributionCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := quoteSpeakers(testArticle(tc.paras, tc.ents...)); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func checkAttributions(t *testing.T, tests []attributionCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := attributed(t, testArticle(tc.paras, tc.ents...))
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestAttributionNewsCueShapes checks cue shapes and speaker mentions as
// wire, newspaper and analysis copy prints them.
func TestAttributionNewsCueShapes(t *testing.T) {
	mao := ent{"Mao Ning", "Mao Ning", claimx.Person}
	reeves := ent{"Reeves", "Alan Reeves", claimx.Person}
	lowy := ent{"Lowy Institute", "Lowy Institute", claimx.Org}
	wu := ent{"Wu Qian", "Wu Qian", claimx.Person}
	pla := ent{"PLA", "People's Liberation Army", claimx.Org}
	xinhua := ent{"Xinhua", "Xinhua", claimx.Org}
	sullivan := ent{"Sullivan", "John Sullivan", claimx.Person}
	reuters := ent{"Reuters", "Reuters", claimx.Org}
	earnest := ent{"Josh Earnest", "Josh Earnest", claimx.Person}
	whiteHouse := ent{"White House", "White House", claimx.Org}
	washington := ent{"Washington", "Washington", claimx.GPE}
	marles := ent{"Richard Marles", "Richard Marles", claimx.Person}
	checkAttributions(t, []attributionCase{
		{"lower-case words qualifying a title before the name, after a quotation",
			[][]string{{"“The US side should stop selling arms,” foreign ministry spokeswoman Mao Ning told a regular news briefing in Beijing."}},
			[]ent{mao, beijing}, []string{"Mao Ning | told"}},
		{"an honorific with its full stop between the verb and the name",
			[][]string{{"“We are watching closely,” said Mr. Reeves, a senior analyst at the Lowy Institute."}},
			[]ent{reeves, lowy}, []string{"Alan Reeves | said"}},
		{"a title and its full stop closing the sentence",
			[][]string{{"The rate will stay high for a year, said Dr. Reeves."}},
			[]ent{reeves}, []string{"Alan Reeves | said"}},
		{"told a programme and its station",
			[][]string{{"“We will respond in kind,” Defence Minister Richard Marles told a Sunday morning radio programme."}},
			[]ent{marles}, []string{"Richard Marles | told"}},
		{"a role noun set off by a name with its titles",
			[][]string{{"The spokesman, Senior Colonel Wu Qian, said the PLA would respond."}},
			[]ent{wu, pla}, []string{"Wu Qian | said"}},
		{"according to an unnamed source closing the sentence",
			[][]string{{"Most of the protesters were students, according to witnesses."}},
			nil, []string{"(witnesses) | according to"}},
		{"an agency closing the sentence with reported",
			[][]string{{"Three people were killed in the blast, the state news agency Xinhua reported."}},
			[]ent{xinhua}, []string{"Xinhua | reported"}},
		{"state media closing the sentence",
			[][]string{{"Three people were killed in the blast, state media reported."}},
			nil, []string{"(state media) | reported"}},
		{"the outlet a sentence was read in does not speak for whom it quotes",
			[][]string{{"Sullivan said the visit was “highly inappropriate”, Reuters reported."}},
			[]ent{sullivan, reuters}, []string{"John Sullivan | said"}},
		{"a cue closing the sentence after its subject and a phrase set off, over the cue of the words it reports",
			[][]string{{"Beijing urges both sides to show restraint, Lin Jian, a spokesperson for the foreign ministry, said on Monday.",
				"Japan hopes the talks will resume soon, Kenji Tanaka, the deputy minister, told reporters.",
				"The board believes prices will settle, Olga Petrova, who chairs it, said."}},
			[]ent{{"Lin Jian", "Lin Jian", claimx.Person}, {"Kenji Tanaka", "Kenji Tanaka", claimx.Person}, {"Olga Petrova", "Olga Petrova", claimx.Person}, beijing, japan},
			[]string{"Lin Jian | said", "Kenji Tanaka | told", "Olga Petrova | said"}},
		{"a role noun right before a name qualifies it, and refers to no one named before",
			[][]string{{"Xi Jinping said the plan was fair.", "According to the official Harbour Daily, the plan will cut taxes.",
				"Dana Mills spoke next.", "The regulator Ofcom said the licence would be revoked."}},
			[]ent{{"Xi Jinping", "Xi Jinping", claimx.Person}, {"Harbour Daily", "Harbour Daily", claimx.Org}, {"Dana Mills", "Dana Mills", claimx.Person}, {"Ofcom", "Ofcom", claimx.Org}},
			[]string{"Xi Jinping | said", "Harbour Daily | According to", "", "Ofcom | said"}},
		{"a study, survey or poll the text said a body made speaks for it when named again",
			[][]string{{"The Harbour Polling Institute conducted a survey of 3,000 voters in March.", "The survey indicated that trust had fallen.",
				"Vale University released a study on Monday.", "The study found that most voters were undecided.",
				"A poll found that turnout would be low."}},
			[]ent{{"Harbour Polling Institute", "Harbour Polling Institute", claimx.Org}, {"Vale University", "Vale University", claimx.Org}},
			[]string{"", "Harbour Polling Institute | indicated", "", "Vale University | found", "(poll) | found"}},
		{"a document named after a quotation and its verb speaks for its issuer",
			[][]string{{"The Harbour Board issued a statement on Monday.", "“We attach no conditions to aid,” says the statement.",
				"“The border is settled,” said the joint statement."}},
			[]ent{{"Harbour Board", "Harbour Board", claimx.Org}}, []string{"", "Harbour Board | says", "Harbour Board | said"}},
		{"a document its issuer names, with a phrase set off after the issuer, is the subject",
			[][]string{{"The statement issued by Lena Ortiz, spokesperson of the embassy, says that the two are old friends."}},
			[]ent{{"Lena Ortiz", "Lena Ortiz", claimx.Person}}, []string{"Lena Ortiz | says"}},
		{"a body qualifying a title through lower-case words is no subject",
			[][]string{{"In Washington, White House press secretary Josh Earnest condemned the attack and said the US was willing to help."}},
			[]ent{earnest, whiteHouse, washington}, []string{"Josh Earnest | condemned"}},
		{"a view reported without that",
			[][]string{{"Many economists believe the slowdown will last into next year."}},
			nil, []string{"(economists) | believe"}},
		{"a framing verb with a clause without that",
			[][]string{{"Mao Ning spoke on Monday.", "She added the talks had been useful."}},
			[]ent{mao}, []string{"", "Mao Ning | added"}},
		{"a framing or thinking verb with an object alone reports nothing",
			[][]string{{"Huawei added 300 staff in Japan last year.", "Few investors believe the hype about the chips.", "Beijing recalled the ambassador on Friday."}},
			[]ent{huawei, japan, beijing}, []string{"", "", ""}},
		{"an unnamed source set off after an inverted verb",
			[][]string{{"“We were terrified,” said one mother, who asked not to be named."}},
			nil, []string{"(one mother) | said"}},
		{"a name set off after an unnamed source names it",
			[][]string{{"The victim’s mother, Sarah Jones, said her son was “a gentle soul.”", "A lawyer for the family, Tom Reed, told reporters the case would go ahead."}},
			[]ent{{"Sarah Jones", "Sarah Jones", claimx.Person}, {"Tom Reed", "Tom Reed", claimx.Person}}, []string{"Sarah Jones | said", "Tom Reed | told"}},
		{"told an outlet the tagger did not name",
			[][]string{{"Sources close to the singer tell TMZ the couple split last month."}},
			nil, []string{"(Sources) | tell"}},
		{"a cue and its subject set off inside the sentence they report",
			[][]string{{"Climate change is to blame too, scientists think, with warmer seas pushing fish south.", "The plan, officials say, will cost billions."}},
			nil, []string{"(scientists) | think", "(officials) | say"}},
		{"plurals of titles and nationalities are unnamed sources",
			[][]string{{"Local leaders further pledged “to safeguard the core.”", "Many Tunisians worry that the army is too weak.", "Taiwanese ministers said the drills were a provocation."}},
			nil, []string{"(Local leaders) | pledged", "(Tunisians) | worry", "(Taiwanese ministers) | said"}},
		{"but those accused of saying something say nothing",
			[][]string{{"The camps hold Uyghurs and other minorities accused of harboring “strong religious views.”"}},
			nil, []string{""}},
		{"a spokesperson no body is named for speaks for the body heard last",
			[][]string{{"West Mercia Police said they were investigating.", "A spokesman said: “We are urging people not to take these pills.”"}},
			[]ent{{"West Mercia Police", "West Mercia Police", claimx.Org}}, []string{"West Mercia Police | said", "West Mercia Police | said"}},
		{"but not for a news outlet that reported it",
			[][]string{{"Reuters reported the fire on Monday.", "A spokesperson said it was under control.", "The spokesperson said crews would stay."}},
			[]ent{reuters}, []string{"", "(spokesperson) | said", "(spokesperson) | said"}},
		{"or for the body it is named for, in a later clause too",
			[][]string{{"Japan spoke first.", "“Demand is weak,” a spokesperson for the Ministry of Commerce said, and warned that prices were “the lowest in years.”"}},
			[]ent{japan, commerce}, []string{"", "Ministry of Commerce | said"}},
		{"or is the person the next paragraph names with the same role",
			[][]string{{"Taiwan's role should rest on the one-China principle, a spokesman said on Wednesday."}, {"Ma Xiaoguang, spokesman for the office, was answering a question."}},
			[]ent{{"Ma Xiaoguang", "Ma Xiaoguang", claimx.Person}}, []string{"Ma Xiaoguang | said", ""}},
		{"but not after a person spoke",
			[][]string{{"Wang Yi said the talks were useful.", "A spokesman said no date was set."}},
			[]ent{wangYi}, []string{"Wang Yi | said", "(spokesman) | said"}},
		{"family and friends are unnamed sources, a name set off after them names them",
			[][]string{{"“We're devastated,” the family said in a statement.", "“I don't think anyone knew,” said her friend, Anna Brown."}},
			[]ent{{"Anna Brown", "Anna Brown", claimx.Person}}, []string{"(family) | said", "Anna Brown | said"}},
		{"he or she with no one named before is someone the text does not name",
			[][]string{{"In April, an anonymous user posted a picture of his room.", "This life is possible, he explained, if you want little.", "“Lying flat is my wise movement,” he wrote."}},
			nil, []string{"", "(he) | explained", "(he) | wrote"}},
		{"the group for a body, posted for a post, but claimed responsibility is an act",
			[][]string{{"Balochistan Liberation Army fighters attacked a convoy.", "“The attack is still ongoing,” the separatist group said in a statement.",
				"“I condemn the attack,” Sarfaraz Bugti posted.", "The Balochistan Liberation Army claimed responsibility for a blast in May."}},
			[]ent{{"Balochistan Liberation Army", "Balochistan Liberation Army", claimx.Org}, {"Sarfaraz Bugti", "Sarfaraz Bugti", claimx.Person}},
			[]string{"", "Balochistan Liberation Army | said", "Sarfaraz Bugti | posted", ""}},
		{"a participle of framing with its agent after a noun",
			[][]string{{"State media led with a speech Xi Jinping gave, characterized by Reuters as a warning that China faces “concentrated risks.”"}},
			[]ent{{"Xi Jinping", "Xi Jinping", claimx.Person}, reuters}, []string{"Reuters | characterized"}},
		{"a passive of saying or of a view that names no one (seeds/README.md: `It is thought that …` is reported)",
			[][]string{{"Separately, it was reported that the US side had invited a general.", "The period will be devoted to growth, we are told.", "It is feared that the deal could open the door to troops."}},
			nil, []string{"(it) | reported", "(we) | told", "(It) | feared"}},
		{"or names the document it was read in",
			[][]string{{"The State Department published two tweets on Monday.", "It was claimed in the tweets that the commitment remains solid."}},
			[]ent{{"State Department", "State Department", claimx.Org}}, []string{"", "State Department | claimed"}},
		{"documents someone received are no one's issue, and it goes on with an unnamed source",
			[][]string{{"Intelligence reports seen by Reuters suggest that the general plans to run.", "A study published on Monday found that early feeding helps.", "It also found that the risk fell."}},
			[]ent{reuters}, []string{"(Intelligence reports) | suggest", "(study) | found", "(study) | found"}},
		{"the officer after a person spoke, a name before an unnamed source joined by and",
			[][]string{{"Li Kwai-wah said four students were arrested.", "The officer said they had made posts online.", "Hori Parata and his family believe whale oil and its byproducts could cure the disease."}},
			[]ent{{"Li Kwai-wah", "Li Kwai-wah", claimx.Person}, {"Hori Parata", "Hori Parata", claimx.Person}},
			[]string{"Li Kwai-wah | said", "Li Kwai-wah | said", "Hori Parata | believe"}},
		{"praise, hail and slam are speech acts, whose object's owner is no speaker",
			[][]string{{"Beijing yesterday praised President Ma Ying-jeou’s call for talks.", "Lawmakers slammed the deal as a sell-out."}},
			[]ent{beijing, {"Ma Ying-jeou", "Ma Ying-jeou", claimx.Person}}, []string{"Beijing | praised", "(Lawmakers) | slammed"}},
		{"a statement's judgments go on in the body's voice, not a person's nor a fact's",
			[][]string{{"The Mainland Affairs Council reiterated that it would not intervene.", "The CCP should immediately cease its false allegations.", "It should also stop its threats."},
				{"Wang Yi said the talks were useful.", "Both sides must now act."}, {"Japan said it would reply.", "Tokyo raised tariffs in May."}},
			[]ent{{"Mainland Affairs Council", "Mainland Affairs Council", claimx.Org}, {"CCP", "Chinese Communist Party", claimx.Org}, wangYi, japan, {"Tokyo", "Tokyo", claimx.GPE}},
			[]string{"Mainland Affairs Council | reiterated", "Mainland Affairs Council | reiterated", "Mainland Affairs Council | reiterated",
				"Wang Yi | said", "", "Japan | said", ""}},
		{"supporters and opponents",
			[][]string{{"Supporters argue the changes were overdue.", "Opponents say the plan is unworkable."}},
			nil, []string{"(Supporters) | argue", "(Opponents) | say"}},
	})
}

// TestAttributionSpeakerNamedAfter checks speakers the text names after
// their words, by role first or in a phrase set off after their document.
func TestAttributionSpeakerNamedAfter(t *testing.T) {
	amnesty := ent{"Amnesty International", "Amnesty International", claimx.Org}
	office := ent{"General Office", "General Office", claimx.Org}
	checkAttributions(t, []attributionCase{
		{"a role noun first, the name opening the next sentence",
			[][]string{{"“We will not accept this,” the minister said.", "Wang Yi, speaking in Beijing, added that China would respond."}},
			[]ent{wangYi, beijing, china}, []string{"Wang Yi | said", "Wang Yi | added"}},
		{"a body by its noun first, in a press release",
			[][]string{{"“The decision is final,” the company said in a statement.", "Huawei added that it would appeal."}},
			[]ent{huawei}, []string{"Huawei | said", "Huawei | added"}},
		{"but not a name of another kind, nor one in the next paragraph",
			[][]string{{"“The decision is final,” the company said."}, {"Huawei added staff."}},
			[]ent{huawei}, []string{"", ""}},
		{"a report's issuer in a phrase set off after it",
			[][]string{{"The report, released on Tuesday by Amnesty International, says that at least 100 people were detained."}},
			[]ent{amnesty}, []string{"Amnesty International | says"}},
		{"a document's issuer after its participle",
			[][]string{{"The document, issued by the General Office, states that “ideological work is extremely important.”"}},
			[]ent{office}, []string{"General Office | states"}},
		{"an unnamed source qualified by an adjective and its preposition",
			[][]string{{"People familiar with the matter said the deal could be announced next week.", "Officials briefed on the plan said it was close."}},
			nil, []string{"(People) | said", "(Officials) | said"}},
	})
}

// TestAttributionPersonLastQuoted checks that a definite "the official"
// and a pronoun under a crosshead go on with the person last quoted.
func TestAttributionPersonLastQuoted(t *testing.T) {
	zhang := ent{"Zhang Ming", "Zhang Ming", claimx.Person}
	kenya := ent{"Kenya", "Kenya", claimx.GPE}
	a := testArticle([][]string{
		{"Vice Foreign Minister Zhang Ming said the railway was an investment."},
		{"“A debt put in the right project is no burden,” Mr Zhang said in a statement."},
		{"The line cost more than planned."},
		{"In the statement, the Chinese official argued that the line was necessary."},
		{"BENEFITS"},
		{"“Kenya needs speed the old railway could not give,” he argued."},
		{"A senior official, speaking on condition of anonymity, said the loan was signed.", "The official added that talks went on."},
	}, zhang, ent{"Zhang", "Zhang Ming", claimx.Person}, kenya)
	for i := range a.Claims {
		if a.Claims[i].Paragraph >= 5 {
			a.Claims[i].Section = "BENEFITS" // under the crosshead
		}
	}
	want := []string{"Zhang Ming | said", "Zhang Ming | said", "", "Zhang Ming | argued", "", "Zhang Ming | argued",
		"(senior official) | said", "(official) | added"}
	if got := attributed(t, a); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
	// A body's words, and claims naming no one, between the person and "he".
	b := testArticle([][]string{
		{"Replying to a question, Zhang Ming said the loans were fair."},
		{"Huawei said the line was on schedule.", "Prices rose.", "Trade fell.", "Kenya borrowed more."},
		{"The railway is profitable, he added."},
	}, zhang, kenya, huawei)
	want = []string{"Zhang Ming | said", "Huawei | said", "", "", "", "Zhang Ming | added"}
	if got := attributed(t, b); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("he after a body's words: got %q\nwant %q", got, want)
	}
}

// TestAttributionBodiesByState checks bodies named by their state and a
// common noun, which speak for themselves rather than for the state.
func TestAttributionBodiesByState(t *testing.T) {
	korea := ent{"South Korea", "South Korea", claimx.GPE}
	checkAttributions(t, []attributionCase{
		{"a possessive state, lower-case words and a body noun",
			[][]string{{"China’s commerce ministry said the talks were “candid.”", "The ministry added that it would reply."}},
			[]ent{china}, []string{"China’s commerce ministry | said", "China’s commerce ministry | added"}},
		{"a nationality of two words",
			[][]string{{"“The two ministers agreed to step up cooperation,” the South Korean foreign ministry said."}},
			[]ent{korea}, []string{"South Korean foreign ministry | said"}},
		{"a possessive state and the body noun alone",
			[][]string{{"China’s embassy called the institute “anti-China.”"}},
			[]ent{china}, []string{"China’s embassy | called"}},
		{"but not a body noun qualifying another, nor a capitalised name",
			[][]string{{"China’s embassy building was closed on Monday.", "China’s Ministry of Commerce said the rules would stay."}},
			[]ent{china, {"Ministry of Commerce", "Ministry of Commerce", claimx.Org}}, []string{"", "Ministry of Commerce | said"}},
		{"a body named by its state is another state's body of that name only if that one names no state or the same",
			[][]string{
				{"The Vietnam Coast Guard said a fishing boat was rammed.", "The Chinese coast guard said the boat had entered its waters."},
				{"The Japan Defence Ministry said it had tracked two ships.", "The Japanese defence ministry added that the ships left on Sunday."}},
			[]ent{{"Vietnam Coast Guard", "Vietnam Coast Guard", claimx.Org}, {"Japan Defence Ministry", "Japan Defence Ministry", claimx.Org}, japan},
			[]string{"Vietnam Coast Guard | said", "Chinese coast guard | said", "Japan Defence Ministry | said", "Japan Defence Ministry | added"}},
	})
}

// TestAttributionBodyHoldingItsState checks a body the entity tagger names
// by its state, a noun and more (an embassy's host place), the state's own
// mention starting with it: the whole name speaks, not the state and its
// noun as mergeBodies would read them.
func TestAttributionBodyHoldingItsState(t *testing.T) {
	for _, tc := range []struct {
		name, text, body, state, next string
		want                          []string
	}{
		{"a possessive state, an embassy and its host place with its article",
			"Tarvo’s embassy in the Lessa Islands said on Monday that the ferry would sail.",
			"Tarvo’s embassy in the Lessa Islands", "Tarvo", "The embassy added that the port was open.",
			[]string{"Tarvo’s embassy in the Lessa Islands | said", "Tarvo’s embassy in the Lessa Islands | added"}},
		{"a possessive state, a consulate and its host city, a quotation after the verb",
			"Tarvo's consulate in Port Mira told reporters: “The visas are ready.”",
			"Tarvo's consulate in Port Mira", "Tarvo", "It added that more staff would come.",
			[]string{"Tarvo's consulate in Port Mira | told", "Tarvo's consulate in Port Mira | added"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := testArticle([][]string{{tc.text, tc.next}}, ent{tc.body, tc.body, claimx.Org})
			c := &a.Claims[0]
			from := strings.Index(c.Text, tc.state)
			state := claimx.Entity{Name: tc.state, Mention: tc.state, Type: claimx.GPE, Span: c.SpanOf(from, from+len(tc.state))}
			c.Entities = append([]claimx.Entity{state}, c.Entities...) // the tagger lists the state first
			if got := attributed(t, a); fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestAttributionIntroducedBlock checks paragraphs a claim ending in a
// colon introduces, printed without quotation marks.
func TestAttributionIntroducedBlock(t *testing.T) {
	bloomberg := ent{"Bloomberg", "Bloomberg", claimx.Org}
	qiao := ent{"Helen Qiao", "Helen Qiao", claimx.Person}
	xi := ent{"Xi Jinping", "Xi Jinping", claimx.Person}
	checkAttributions(t, []attributionCase{
		{"the source's, whatever the block reports, up to the author's conjunction",
			[][]string{{"He has reason to be worried.", "As Bloomberg reports:"},
				{"Three banks cut their forecasts on Tuesday.", "Helen Qiao and others are warning that growth may slow."},
				{"That is endangering Xi Jinping’s plans."}, {"But Xi Jinping is not worried."}},
			[]ent{bloomberg, qiao, xi},
			[]string{"", "Bloomberg | reports", "Bloomberg | reports", "Bloomberg | reports", "Bloomberg | reports", ""}},
		{"a quoted paragraph after the colon is read as quoted speech",
			[][]string{{"Speaking to reporters, Helen Qiao said:"}, {"“Growth will slow.”"}, {"The bank cut its forecast."}},
			[]ent{qiao}, []string{"Helen Qiao | said", "Helen Qiao | said", ""}},
		{"no speaker, no block",
			[][]string{{"The measures are these:"}, {"Banks must hold more capital."}},
			nil, []string{"", ""}},
	})
}

// TestAttributionOfficeNamedLater checks speakers a text first gives by
// office alone, as ledes in wire, newspaper and ministry copy do: the
// person the text names with that office a little later speaks, not the
// state the office belongs to, nor another person named in between.
func TestAttributionOfficeNamedLater(t *testing.T) {
	hua := ent{"Hua Chunying", "Hua Chunying", claimx.Person}
	mnuchin := ent{"Steven Mnuchin", "Steven Mnuchin", claimx.Person}
	sogavare := ent{"Manasseh Sogavare", "Manasseh Sogavare", claimx.Person}
	solomons := ent{"Solomon Islands", "Solomon Islands", claimx.GPE}
	wentao := ent{"Wang Wentao", "Wang Wentao", claimx.Person}
	mao := ent{"Mao Ning", "Mao Ning", claimx.Person}
	ministry := ent{"Foreign Ministry", "Foreign Ministry", claimx.Org}
	us := ent{"U.S.", "United States", claimx.GPE}
	burns := ent{"Nicholas Burns", "Nicholas Burns", claimx.Person}
	checkAttributions(t, []attributionCase{
		{"wire: a spokeswoman by office, another person quoted, then her name set off after the title",
			[][]string{
				{"A foreign ministry spokeswoman complained the decision was erratic.", "Treasury Secretary Steven Mnuchin said then that the conflict was on hold."},
				{"The spokeswoman, Hua Chunying, declined to say whether talks would go ahead."}},
			[]ent{hua, mnuchin}, []string{"Hua Chunying | complained", "Steven Mnuchin | said", ""}},
		{"newspaper: a state's office in the lede, the person speaking in the next paragraph",
			[][]string{
				{"The Solomon Islands prime minister said on Tuesday the pact would not allow a base."},
				{"In parliament, Manasseh Sogavare confirmed the agreement had been signed."}},
			[]ent{sogavare, solomons}, []string{"Manasseh Sogavare | said", "Manasseh Sogavare | confirmed"}},
		{"a possessive state's office, its holder named in the next sentence",
			[][]string{{"China’s commerce minister warned that the curbs would hurt trade.", "Wang Wentao made the remarks in San Francisco."}},
			[]ent{wentao, china}, []string{"Wang Wentao | warned", ""}},
		{"a state's office no one is named for is someone the text does not name, not the state",
			[][]string{{"China’s commerce minister warned that the curbs would hurt trade."}, {"Exports fell in May."}},
			[]ent{china}, []string{"(China’s commerce minister) | warned", ""}},
		{"wire: an office qualified by two words joined by and is still the official's",
			[][]string{{"Japan’s trade and industry minister told reporters that the rules named no country."}, {"Exports fell in May."}, {"The U.S. foreign and defence ministers said on Friday that the drills were routine."}},
			[]ent{japan, {"U.S.", "United States", claimx.GPE}}, []string{"(Japan’s trade and industry minister) | told", "", "(U.S. foreign and defence ministers) | said"}},
		{"a spokesperson for a body, named in the next paragraph",
			[][]string{
				{"A spokesperson for the Foreign Ministry said on Tuesday that Beijing would respond."},
				{"“The U.S. side should stop,” the spokesperson, Mao Ning, told a briefing."}},
			[]ent{mao, ministry, beijing}, []string{"Mao Ning | said", "Mao Ning | told"}},
		{"a spokesperson for a body no one is named for is the body's",
			[][]string{{"A spokesperson for the Foreign Ministry said on Tuesday that Beijing would respond."}, {"Trade fell."}},
			[]ent{ministry, beijing}, []string{"Foreign Ministry | said", ""}},
		{"any title of a state's office, after qualifying words",
			[][]string{{"Separately, Japan’s chief cabinet secretary warned that the dispute could hurt growth."}},
			[]ent{japan}, []string{"(Japan’s chief cabinet secretary) | warned"}},
		{"another body's office after a quoted person is not that person",
			[][]string{{"“We will respond,” Wang Yi said.", "Huawei’s chief executive said sales had recovered.", "The U.S. official added that talks would go on."}},
			[]ent{wangYi, huawei, us}, []string{"Wang Yi | said", "(Huawei’s chief executive) | said", "(U.S. official) | added"}},
		{"a lede's office, named by who closes the quotation of several sentences after it; the office again later",
			[][]string{
				{"Norway’s ambassador to Kenya has insisted there will be no retreat on aid."},
				{"“What does retreat mean?", "Ask the families,” Lars Holm said."},
				{"Trade between the two fell last year."},
				{"Pressed on the cuts, the ambassador warned that the budget was to blame."}},
			[]ent{{"Lars Holm", "Lars Holm", claimx.Person}, {"Norway", "Norway", claimx.GPE}, {"Kenya", "Kenya", claimx.GPE}},
			[]string{"Lars Holm | insisted", "Lars Holm | said", "Lars Holm | said", "", "Lars Holm | warned"}},
		{"an office with its holder's name speaks as the name",
			[][]string{{"The U.S. ambassador Nicholas Burns said the talks were useful."}},
			[]ent{us, burns}, []string{"Nicholas Burns | said"}},
	})
}

// TestAttributionOfficeLabels checks transcripts whose answers are
// labelled by office alone or as answers ("Minister:", "A:"), as defence
// and foreign ministries print them: the turn is the official's whom the
// running text or the title gives that office; a reporter's question
// keeps what it reports of others.
func TestAttributionOfficeLabels(t *testing.T) {
	nakatani := ent{"Gen Nakatani", "Gen Nakatani", claimx.Person}
	lin := ent{"Lin Jian", "Lin Jian", claimx.Person}
	philippines := ent{"Philippines", "Philippines", claimx.GPE}
	for _, tc := range []struct {
		name  string
		title string
		paras [][]string
		ents  []ent
		want  []string
	}{
		{"defence ministry: the office in the title, the name left as words",
			"Press Conference by the Defense Minister Nakatani(08:29-08:36 A.M. January 12, 2016)",
			[][]string{{"Question: A news report says a warship entered the waters.", "Is this true?"},
				{"Minister: We are aware of the report.", "We will respond calmly."}},
			nil, []string{"(news report) | says", "", "Nakatani | Minister:", "Nakatani | Minister:"}},
		{"defence ministry: the office given in the running text",
			"Press Conference",
			[][]string{{"Defense Minister Gen Nakatani held a press conference on Tuesday."},
				{"Question: Will the government protest?"}, {"Minister: That is a matter for the foreign ministry."}},
			[]ent{nakatani}, []string{"", "", "Gen Nakatani | Minister:"}},
		{"foreign ministry: answers under A:, the spokesperson in the title",
			"Foreign Ministry Spokesperson Lin Jian’s Regular Press Conference on June 3, 2025",
			[][]string{{"Q: The Philippines said that Chinese vessels fired water cannon.", "What is China’s response?"},
				{"A: Huangyan Dao has always been China’s territory.", "The vessels intruded without permission."},
				{"Q: Do you have any comment?"}, {"A: We welcome exchanges."}},
			[]ent{philippines}, []string{"Philippines | said", "", "Lin Jian | A:", "Lin Jian | A:", "", "Lin Jian | A:"}},
		{"a spokesperson named in the text answers under A:",
			"Regular Press Conference",
			[][]string{{"Spokesperson Lin Jian answered questions."}, {"Q: Is there any update?"}, {"A: I have nothing to offer."}},
			[]ent{lin}, []string{"", "", "Lin Jian | A:"}},
		{"a person a question names with a title does not answer",
			"Foreign Ministry Spokesperson Lin Jian’s Regular Press Conference on June 3, 2025",
			[][]string{{"Q: Is President Ferdinand Marcos Jr. going to visit Beijing?"}, {"A: I have no information to release."},
				{"Reuters: Will Prime Minister Rangi Parata attend the forum?"}, {"A: We will release information in due course."}},
			[]ent{{"Ferdinand Marcos Jr.", "Ferdinand Marcos Jr.", claimx.Person}, {"Rangi Parata", "Rangi Parata", claimx.Person}, {"Reuters", "Reuters", claimx.Org}},
			[]string{"", "Lin Jian | A:", "", "Lin Jian | A:"}},
		// The office speaks, as "officials said" does, with no one named.
		{"an office no one holds in the text or the title is an unnamed speaker",
			"Press Conference",
			[][]string{{"Question: Will the government protest?"}, {"Minister: That is a matter for the foreign ministry."}},
			nil, []string{"", "(Minister) | Minister:"}},
		{"an office label with the words qualifying the office, in capitals too",
			"Press Conference by the Chief Cabinet Secretary",
			[][]string{{"REPORTER: A patrol boat entered the zone today.", "What is the response?"},
				{"CHIEF CABINET SECRETARY: We protested at once.", "It will not happen again."},
				{"REPORTER: Is a meeting planned?"}, {"CHIEF CABINET SECRETARY: Not yet."}},
			nil, []string{"", "", "(CHIEF CABINET SECRETARY) | CHIEF CABINET SECRETARY:", "(CHIEF CABINET SECRETARY) | CHIEF CABINET SECRETARY:", "", "(CHIEF CABINET SECRETARY) | CHIEF CABINET SECRETARY:"}},
		{"an office label qualified, the holder given the office in the running text",
			"Radio interview",
			[][]string{{"The trade envoy, Deputy Minister Asha Varma, spoke to us on Friday."}, {"Deputy Minister: Thank you for having me.", "Our exports are recovering."},
				{"Host: And the tariffs?"}, {"Deputy Minister: They should go by August."}},
			[]ent{{"Asha Varma", "Asha Varma", claimx.Person}}, []string{"", "Asha Varma | Deputy Minister:", "Asha Varma | Deputy Minister:", "", "Asha Varma | Deputy Minister:"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := testArticle(tc.paras, tc.ents...)
			a.Title = tc.title
			if got := attributed(t, a); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestAttributionBodiesUnnamed checks bodies the text names by an
// indefinite noun alone, as wire, court and think-tank copy do: they are
// sources the text does not name; a claim of an attack or of territory is
// an act, a claim with its clause a report; a ruling and an agreement with
// their clause are reported.
func TestAttributionBodiesUnnamed(t *testing.T) {
	checkAttributions(t, []attributionCase{
		{"an indefinite tribunal and a court",
			[][]string{{"An international arbitral tribunal has said Beijing’s claim has no basis.", "A court in Shanghai ruled that the contract was void."}},
			[]ent{beijing}, []string{"(international arbitral tribunal) | said", "(court) | ruled"}},
		{"plural bodies with no determiner",
			[][]string{{"Rights groups say the law is too vague.", "Western governments have accused Beijing of supplying weapons."}},
			[]ent{beijing}, []string{"(Rights groups) | say", "(Western governments) | accused"}},
		{"a body named before is referred to, not unnamed",
			[][]string{{"The Ministry of Commerce issued new rules.", "The ministry said they would take effect in May."}},
			[]ent{commerce}, []string{"", "Ministry of Commerce | said"}},
		{"claiming an attack or territory is an act",
			[][]string{{"Militant groups have claimed attacks on the projects.", "Five people died in an attack claimed by a separatist group.", "China claims sovereignty over the islands."}},
			[]ent{china}, []string{"", "", ""}},
		{"a claim with its clause reports",
			[][]string{{"Huawei claimed that its sales had doubled.", "Officials claimed the figures were false."}},
			[]ent{huawei}, []string{"Huawei | claimed", "(Officials) | claimed"}},
		{"leaders agreeing on a clause, in a readout",
			[][]string{{"Wang Yi and his Japanese counterpart agreed that the talks should continue.", "They agreed to meet again."}},
			[]ent{wangYi}, []string{"Wang Yi | agreed", ""}},
	})
}

// TestAttributionInfinitiveAfterName checks that a verb of framing in its
// base form after a name that is a verb's object is that name's
// infinitive, no report of its words: the quotation is the speaker's of
// the clause around it.
func TestAttributionInfinitiveAfterName(t *testing.T) {
	state := ent{"State Department", "State Department", claimx.Org}
	taiwan := ent{"Taiwan", "Taiwan", claimx.GPE}
	russia := ent{"Russia", "Russia", claimx.GPE}
	checkAttributions(t, []attributionCase{
		{"wire: an object's infinitive inside a that-clause",
			[][]string{{"The State Department said the sale would help Taiwan maintain “a sufficient self-defense capability”.", "A spokesperson added that policy had not changed."}},
			[]ent{state, taiwan}, []string{"State Department | said", "State Department | added"}},
		{"newspaper: let a name claim",
			[][]string{{"Critics said the deal would let Beijing claim “a diplomatic victory”."}},
			[]ent{beijing}, []string{"(Critics) | said"}},
		{"two names joined as a subject keep their verb",
			[][]string{{"China and Russia say the sanctions are “illegal”."}},
			[]ent{china, russia}, []string{"People's Republic of China | say"}},
	})
}

// TestAttributionAnalysisShapes checks how analysis and think-tank copy
// reports the people it reads: an as-clause of saying around the
// sentence, "make it clear that", a description "as the “…”", the head of
// a list of speakers, and the theorists and strategists it does not name.
func TestAttributionAnalysisShapes(t *testing.T) {
	thomas := ent{"Neil Thomas", "Neil Thomas", claimx.Person}
	qu := ent{"Qu Qingshan", "Qu Qingshan", claimx.Person}
	xi := ent{"Xi", "Xi Jinping", claimx.Person}
	checkAttributions(t, []attributionCase{
		{"think tank: an as-clause opening the sentence, after an adverb, inside it",
			[][]string{{"As Neil Thomas notes, the commission has become the main venue for reform.",
				"First, as Neil Thomas rightly notes, the commission leads.", "The commission, as Neil Thomas observed, has grown."}},
			[]ent{thomas}, []string{"Neil Thomas | notes", "Neil Thomas | notes", "Neil Thomas | observed"}},
		{"but not an as-clause of time or manner",
			[][]string{{"As Neil Thomas arrived, the meeting began."}},
			[]ent{thomas}, []string{""}},
		{"newsletter: make it clear that",
			[][]string{{"Qu Qingshan makes it clear that Xi's leadership will be needed.", "He has made clear that there is no alternative.", "He made it clear to his staff."}},
			[]ent{qu}, []string{"Qu Qingshan | makes it clear", "Qu Qingshan | made clear", ""}},
		{"a description as the “…” is the speaker's words, a list with as well as is not",
			[][]string{{"In a 2013 speech, Xi described the internet as the “main battlefield” of public opinion.", "Xi urged Taipei to resume flights, as well as the “small three links”."}},
			[]ent{xi}, []string{"Xi Jinping | described", "Xi Jinping | urged"}},
		{"the head of a list of speakers",
			[][]string{{"In speeches and articles, Xi, other Party leaders, and Party theorists have repeatedly stressed that discipline matters."}},
			[]ent{xi}, []string{"Xi Jinping | stressed"}},
		{"theorists and strategists no one names",
			[][]string{{"Party theorists have long maintained that struggle is permanent.", "Some strategists argue that the window is closing."}},
			nil, []string{"(Party theorists) | maintained", "(strategists) | argue"}},
	})
}

// TestAttributionItAfterDocument checks that "it" after a claim a document
// speaks in goes on with the document's issuer, in a ministry's and a
// think tank's words.
func TestAttributionItAfterDocument(t *testing.T) {
	council := ent{"State Council", "State Council", claimx.Org}
	checkAttributions(t, []attributionCase{
		{"a white paper's issuer, then it",
			[][]string{{"The State Council issued a white paper on Monday.", "The document states that party committees must lead.", "It also calls for stricter supervision."}},
			[]ent{council}, []string{"", "State Council | states", "State Council | calls for"}},
		{"a ministry's statement read by a person, then it",
			[][]string{{"Wang Yi released a statement on the talks.", "The statement said the talks were useful.", "It also urged restraint."}},
			[]ent{wangYi}, []string{"", "Wang Yi | said", "Wang Yi | urged"}},
	})
}

// TestAttributionVoicesOfHoldersAndStates covers the voices a text gives a
// speaker by what stands before them: a possessive ("his office said", an
// office speaking for its holder, "its spokesperson" for a body, "his
// spokesman" a person it does not name) and a state's adjective or name
// ("the Chinese side", "the U.S. side", "the Philippine government"), with
// the plural naming the parties to talks as one unnamed speaker.
func TestAttributionVoicesOfHoldersAndStates(t *testing.T) {
	marcos := ent{"Ferdinand Marcos Jr.", "Ferdinand Marcos Jr.", claimx.Person}
	ruiz := ent{"Ana Ruiz", "Ana Ruiz", claimx.Person}
	parata := ent{"Rangi Parata", "Rangi Parata", claimx.Person}
	kestrali := ent{"Kestrali Mining", "Kestrali Mining", claimx.Org}
	chen := ent{"Chen Bo", "Chen Bo", claimx.Person}
	india := ent{"India", "India", claimx.GPE}
	us := ent{"U.S.", "United States", claimx.GPE}
	korea := ent{"South Korea", "South Korea", claimx.GPE}
	checkAttributions(t, []attributionCase{
		{"office closing a wire sentence",
			[][]string{{"President Ferdinand Marcos Jr. secured $22.8 billion in investment pledges during the visit, his office said on Thursday."}},
			[]ent{marcos}, []string{"Ferdinand Marcos Jr. | said"}},
		{"office of the person last heard",
			[][]string{{"Senator Ana Ruiz criticised the deal.", "Her office said in a statement that she would seek a vote."}},
			[]ent{ruiz}, []string{"Ana Ruiz | criticised", "Ana Ruiz | said"}},
		{"spokesperson of a company",
			[][]string{{"Kestrali Mining posted its first loss in a decade.", "Its spokesperson said the mine would reopen in May."}},
			[]ent{kestrali}, []string{"", "Kestrali Mining | said"}},
		{"spokesperson of a company, named",
			[][]string{{"Kestrali Mining posted its first loss in a decade.", "Its spokesperson, Chen Bo, said the mine would reopen in May."}},
			[]ent{kestrali, chen}, []string{"", "Chen Bo | said"}},
		{"spokesman of a person, not named",
			[][]string{{"Prime Minister Rangi Parata will travel to Jakarta next week, his spokesman said."}},
			[]ent{parata}, []string{"(spokesman) | said"}},
		{"the Chinese side in a readout",
			[][]string{{"China and India held the 23rd round of border talks.", "The Chinese side said the talks were candid and constructive."}},
			[]ent{china, india}, []string{"", "People's Republic of China | said"}},
		{"the side of a state named by its name",
			[][]string{{"The U.S. side said it would keep channels of communication open."}},
			[]ent{us}, []string{"United States | said"}},
		{"the side of a state in two words",
			[][]string{{"Officials from South Korea and Japan met in Seoul.", "The South Korean side stressed that the talks should continue."}},
			[]ent{korea, japan}, []string{"", "South Korea | stressed"}},
		{"a government by its adjective, the state not named",
			[][]string{{"The Philippine government said it would file a diplomatic protest."}},
			nil, []string{"Philippines | said"}},
		{"the two sides of a joint statement",
			[][]string{{"India and China held talks in New Delhi.", "The two sides agreed that peace in the border areas must be maintained."}},
			[]ent{india, china}, []string{"", "(two sides) | agreed"}},
		{"both governments",
			[][]string{{"Both governments said the treaty would be signed in May."}},
			nil, []string{"(governments) | said"}},
		{"a body named again in lower case",
			[][]string{{"Two men were arrested by the Kestrel Bay Police on Monday.", "Kestrel Bay police said the men had been released on bail."}},
			[]ent{{"Kestrel Bay Police", "Kestrel Bay Police", claimx.Org}}, []string{"", "Kestrel Bay Police | said"}},
		{"a spokesman of a department named before",
			[][]string{{"The National Security Department of the Hong Kong Police opened the case.", "A national security department spokesman said three more arrests were expected."}},
			[]ent{{"National Security Department", "National Security Department", claimx.Org}, {"Hong Kong Police", "Hong Kong Police", claimx.Org}},
			[]string{"", "National Security Department | said"}},
		{"police no body was named for",
			[][]string{{"Kestrel Bay police said the men had been released on bail."}},
			nil, []string{"(Kestrel Bay police) | said"}},
		{"an official told apart by the state's adjective",
			[][]string{{"Chinese Foreign Minister Wang Yi met his Japanese counterpart Takeshi Iwaya in Tokyo on Tuesday.", "The Japanese minister called for the early release of detained nationals.", "The Chinese minister said the cases were handled according to law."}},
			[]ent{wangYi, {"Takeshi Iwaya", "Takeshi Iwaya", claimx.Person}}, []string{"", "Takeshi Iwaya | called for", "Wang Yi | said"}},
		{"the adjective of the one named last",
			[][]string{{"Indian External Affairs Minister Subrahmanyam Jaishankar hosted Kenyan Foreign Minister Musalia Mudavadi in New Delhi.", "The Indian minister stressed that trade should double by 2030."}},
			[]ent{{"Subrahmanyam Jaishankar", "Subrahmanyam Jaishankar", claimx.Person}, {"Musalia Mudavadi", "Musalia Mudavadi", claimx.Person}},
			[]string{"", "Subrahmanyam Jaishankar | stressed"}},
		{"the spokesman of an office the text names by its title",
			[][]string{{"Chen Bo was arrested in Hong Kong on Monday.", "The Prime Minister’s spokesman said the government was “deeply concerned”."}},
			[]ent{chen}, []string{"", "(Prime Minister’s spokesman) | said"}},
		{"both sides of a strait are places",
			[][]string{{"Fishermen from both sides of the strait say the catch has fallen."}},
			nil, []string{"(Fishermen) | say"}},
	})
}

// TestAttributionFramingVerbs covers verbs that report speech before a
// that-clause, a colon or a quotation, in several house styles, and are
// acts without one.
func TestAttributionFramingVerbs(t *testing.T) {
	checkAttributions(t, []attributionCase{
		{"reckon holds a view with its clause right after it (British copy)",
			[][]string{{"Ren Zhengfei reckons the slump will last into next year.", "Japan reckoned with a long slump."}},
			[]ent{renZhengfei, japan}, []string{"Ren Zhengfei | reckons", ""}},
		{"hint is the verb after a subject or an auxiliary, not the noun (newspaper)",
			[][]string{{"Japan hints that tariffs could fall.", "Wang Yi has hinted that talks could resume.", "Japan dropped a broad hint that tariffs could fall.", "There was no hint that talks would resume."}},
			[]ent{japan, wangYi}, []string{"Japan | hints", "Wang Yi | hinted", "", ""}},
		{"hinted that frames a clause, hinted at names a topic (wire)",
			[][]string{{"Wang Yi hinted that talks could resume in spring.", "Japan hinted at a compromise."}},
			[]ent{wangYi, japan}, []string{"Wang Yi | hinted", ""}},
		{"likened to a quotation (analysis)",
			[][]string{{"Ren Zhengfei likened the export curbs to “a siege of the whole industry.”", "Huawei likened its phones to cameras."}},
			[]ent{renZhengfei, huawei}, []string{"Ren Zhengfei | likened", ""}},
		{"downplayed, played down and mused report speech on their own (newspaper)",
			[][]string{{"Wang Yi downplayed fears of a trade war.", "Japan played down the risk to its exporters.", "“Who can say?” Ren Zhengfei mused."}},
			[]ent{wangYi, japan, renZhengfei}, []string{"Wang Yi | downplayed", "Japan | played down", "Ren Zhengfei | mused"}},
		{"commended and congratulated report speech on their own: praise and good wishes are said (readout)",
			[][]string{{"Wang Yi commended the progress of the talks.", "Ren Zhengfei congratulated the team on its launch.", "Japan has congratulated the new premier."}},
			[]ent{wangYi, renZhengfei, japan}, []string{"Wang Yi | commended", "Ren Zhengfei | congratulated", "Japan | congratulated"}},
		{"wire: specified that",
			[][]string{{"Wang Yi specified that the boats had ignored repeated warnings."}},
			[]ent{wangYi}, []string{"Wang Yi | specified"}},
		{"a clause without that whose subject and verb are one contracted word",
			[][]string{{"Ren Zhengfei believes it’s a turning point for the firm.", "He thinks there's room for a deal.",
				"Wang Yi noted they’re still talking.", "Japan added we'll see results soon.", "Ren Zhengfei believes China’s market is huge."}},
			[]ent{renZhengfei, wangYi, japan, china}, []string{"Ren Zhengfei | believes", "Ren Zhengfei | thinks", "Wang Yi | noted", "Japan | added", "Ren Zhengfei | believes"}},
		{"a cue in a clause of supposition or question reports nothing",
			[][]string{{"If Ren Zhengfei thinks it’s safe, the board will travel.", "Whether Wang Yi believes the vote is fair hardly matters.",
				"Unless Wang Yi says the talks are over, they go on."}},
			[]ent{renZhengfei, wangYi}, []string{"", "", ""}},
		{"but a name's possessive is no contraction",
			[][]string{{"Wang Yi noted Japan’s concerns."}},
			[]ent{wangYi, japan}, []string{""}},
		{"rejecting what others said frames the words rejected: rejected, refuted, debunked, rebutted … that",
			[][]string{{"Wang Yi rejected accusations that Japan had been misled.", "Huawei on Monday refuted a media report that it had cut jobs.",
				"Ren Zhengfei debunked rumours that he would retire.", "Japan rebutted the claim: “No ship entered.”",
				"Japan rejected the offer.", "Huawei refuted the figures in court."}},
			[]ent{wangYi, japan, huawei, renZhengfei}, []string{"Wang Yi | rejected", "Huawei | refuted", "Ren Zhengfei | debunked", "Japan | rebutted", "", ""}},
		{"newspaper: reminded reporters that",
			[][]string{{"Ren Zhengfei reminded reporters that Huawei had survived worse."}},
			[]ent{renZhengfei, huawei}, []string{"Ren Zhengfei | reminded"}},
		{"ministry: clarified that",
			[][]string{{"The Ministry of Commerce clarified that the list covers only dual-use items."}},
			[]ent{commerce}, []string{"Ministry of Commerce | clarified"}},
		{"think tank: mentioned that, with a pronoun",
			[][]string{{"Wang Yi spoke at the forum.", "He mentioned that the initiative was open to all."}},
			[]ent{wangYi}, []string{"", "Wang Yi | mentioned"}},
		{"blog: disclosed in a filing that",
			[][]string{{"Huawei disclosed in a filing that revenue had fallen by a fifth."}},
			[]ent{huawei}, []string{"Huawei | disclosed"}},
		{"maintain and recall report a that-clause, a colon or a quotation before them; a quotation after one is its object",
			[][]string{{"Wang Yi said Japan maintains “close and friendly ties” with the region.", "Ren Zhengfei recalled the “golden era” of the firm.",
				"Japan maintains that the islands are its own.", "“We keep our word,” Wang Yi maintained.", "Ren Zhengfei recalled: “We had nothing.”"}},
			[]ent{wangYi, japan, renZhengfei}, []string{"Wang Yi | said", "", "Japan | maintains", "Wang Yi | maintained", "Ren Zhengfei | recalled"}},
		{"what was said after as or an infinitive: described X as, dismissed X as, pledged to, threatened to",
			[][]string{{"Japan described the patrols as routine.", "Ren Zhengfei dismissed the report as a smear.", "Huawei has pledged to hire 300 engineers.",
				"Wang Yi threatened to end the talks.", "Japan pledged $5 million to the fund.", "The plan, described as bold, was dropped.", "Huawei was pledged to secrecy."}},
			[]ent{japan, renZhengfei, huawei, wangYi}, []string{"Japan | described", "Ren Zhengfei | dismissed", "Huawei | pledged", "Wang Yi | threatened", "", "", ""}},
		{"blaming someone for something, or something on someone, is an accusation; being blamed is none",
			[][]string{{"Wang Yi blamed Japan for the collision.", "Huawei blamed the loss on the sanctions.", "The delay was blamed on bad weather."}},
			[]ent{japan, huawei, wangYi}, []string{"Wang Yi | blamed", "Huawei | blamed", ""}},
		{"a quotation after the verb",
			[][]string{{"Ren Zhengfei elaborated: “We will make our own chips.”"}},
			[]ent{renZhengfei}, []string{"Ren Zhengfei | elaborated"}},
		{"a participle's clause right after it",
			[][]string{{"Wang Yi ended the visit on Friday, adding that talks would resume in May."}},
			[]ent{wangYi}, []string{"Wang Yi | adding"}},
		{"a participle's object qualified by a that-clause",
			[][]string{{"Huawei linked the accounts, specifying an address that it controls.", "Ren Zhengfei answered the letter, mentioning a plan that the board had rejected."}},
			[]ent{huawei, renZhengfei}, []string{"", ""}},
		{"analysis: a clause of as with its agent opens the sentence",
			[][]string{{"As described by the People’s Daily, the protests were a plot.", "As reported by Huawei, revenue fell.", "Prices are set as required by law."}},
			[]ent{{"People’s Daily", "People’s Daily", claimx.Org}, huawei}, []string{"People’s Daily | described", "Huawei | reported", ""}},
		{"feature: exclaimed, instructed and recounted around a quotation",
			[][]string{{"“Never again!” Ren Zhengfei exclaimed.", "“Hold the line,” instructed Wang Yi.", "Ren Zhengfei recounted that the first chips had failed."}},
			[]ent{renZhengfei, wangYi}, []string{"Ren Zhengfei | exclaimed", "Wang Yi | instructed", "Ren Zhengfei | recounted"}},
		{"acts without a clause",
			[][]string{{"Huawei disclosed its revenue.", "The Ministry of Commerce specified the items.", "Wang Yi mentioned the visit.", "Wang Yi instructed the crew to leave."}},
			[]ent{huawei, commerce, wangYi}, []string{"", "", "", ""}},
	})
}

// TestAttributionBodyNounAgreement checks that a referring noun for a kind
// of body ("the ministry", "the embassy") stands only for a body of that
// kind named before, never for the company or place last named, where a
// noun for any body ("the company", "the group") takes the last one.
func TestAttributionBodyNounAgreement(t *testing.T) {
	samsung := ent{"Samsung", "Samsung", claimx.Org}
	embassy := ent{"Chinese Embassy in Nairobi", "Chinese Embassy in Nairobi", claimx.Org}
	checkAttributions(t, []attributionCase{
		{"wire: a ministry after a company is none the text names",
			[][]string{{"Huawei reported record revenue in 2023.", "The ministry said the figures were encouraging."}},
			[]ent{huawei}, []string{"", "(ministry) | said"}},
		{"newspaper: the embassy after a company and a place",
			[][]string{{"Samsung opened a plant in Japan.", "The embassy said in a statement that it welcomed the investment."}},
			[]ent{samsung, japan}, []string{"", "(embassy) | said"}},
		{"statement: an embassy named before is the embassy",
			[][]string{{"The Chinese Embassy in Nairobi hosted a reception.", "Huawei sent engineers.", "The embassy said the project would create jobs."}},
			[]ent{embassy, huawei}, []string{"", "", "Chinese Embassy in Nairobi | said"}},
		{"business copy: the company is the company last named",
			[][]string{{"Samsung shipped fewer phones last quarter.", "The company said demand remained weak."}},
			[]ent{samsung}, []string{"", "Samsung | said"}},
		{"analysis: the group after an organisation",
			[][]string{{"Huawei joined the consortium in May.", "The group argued that the rules were unfair."}},
			[]ent{huawei}, []string{"", "Huawei | argued"}},
		{"a body noun that is a verb's object is no speaker",
			[][]string{{"Huawei opened a lab in May.", "That afternoon Ren Zhengfei left the office without saying a word."}},
			[]ent{huawei, renZhengfei}, []string{"", ""}},
	})
}

// TestAttributionPronounGoesOnInItsSentence checks that a pronoun subject
// of a later cue in a sentence stands for the speaker an earlier cue of the
// same sentence made speak, before any name of the sentences before it.
func TestAttributionPronounGoesOnInItsSentence(t *testing.T) {
	gao := ent{"Gao Hucheng", "Gao Hucheng", claimx.Person}
	checkQuoteSpeakers(t, []attributionCase{
		{"wire: an office, then he",
			[][]string{{"Wang Yi met reporters in Beijing.", "Trade is too important to risk, the commerce minister said on Tuesday, but he also warned of a “reaction” to tariffs.", "Gao Hucheng spoke at a news conference."}},
			[]ent{wangYi, gao}, []string{"reaction <- Gao Hucheng"}},
		{"newspaper: a name, then she",
			[][]string{{"Li Mei visited Tokyo in May.", "Wang Yi said the talks had gone well, and he added that Beijing wanted “steady progress.”"}},
			[]ent{{"Li Mei", "Li Mei", claimx.Person}, wangYi}, []string{"steady progress. <- Wang Yi"}},
		{"think tank: unnamed sources, then they",
			[][]string{{"Wang Yi arrived on Monday.", "Officials said the visit was routine, but they warned of “grave consequences” if it was cancelled."}},
			[]ent{wangYi}, []string{"grave consequences <- (Officials)"}},
		{"a body, then it",
			[][]string{{"Huawei opened a lab.", "The Ministry of Commerce said exports fell, and it cautioned that “the outlook is weak.”"}},
			[]ent{huawei, commerce}, []string{"the outlook is weak. <- Ministry of Commerce"}},
	})
}

// TestAttributionDescriptionShapes checks shapes that give a quoted
// description its speaker: a passive of describing in a clause of "as"
// after it, a verb that defends or portrays something as the quoted
// words, a document in a paper, and a phrase owned as an opinion is.
func TestAttributionDescriptionShapes(t *testing.T) {
	mahama := ent{"John Mahama", "John Mahama", claimx.Person}
	chiu := ent{"Chiu Kuo-cheng", "Chiu Kuo-cheng", claimx.Person}
	cowen := ent{"Tyler Cowen", "Tyler Cowen", claimx.Person}
	daily := ent{"People’s Daily", "People’s Daily", claimx.Org}
	nk := ent{"North Korea", "North Korea", claimx.GPE}
	checkQuoteSpeakers(t, []attributionCase{
		{"newspaper: as described by after a comma",
			[][]string{{"The island is a “forward base,” as described by Defense Minister Chiu Kuo-cheng."}},
			[]ent{chiu}, []string{"forward base, <- Chiu Kuo-cheng"}},
		{"think tank: as characterised by after a phrase",
			[][]string{{"Ghana was a “land of gold” for miners, as characterised by President John Mahama in an interview."}},
			[]ent{mahama}, []string{"land of gold <- John Mahama"}},
		{"wire: defends as",
			[][]string{{"North Korea defends its nuclear program as a “treasured sword” against aggression."}},
			[]ent{nk}, []string{"treasured sword <- North Korea"}},
		{"analysis: portrays as",
			[][]string{{"The People’s Daily portrays the tariffs as “economic bullying.”"}},
			[]ent{daily}, []string{"economic bullying. <- People’s Daily"}},
		{"blog: in a name's phrase",
			[][]string{{"In Tyler Cowen’s phrase, there are “markets in everything.”"}},
			[]ent{cowen}, []string{"markets in everything. <- Tyler Cowen"}},
		{"newspaper: a commentary in a paper",
			[][]string{{"In 2000, a commentary in the People’s Daily noted that Asian art was “at a disadvantage.”"}},
			[]ent{daily}, []string{"at a disadvantage. <- People’s Daily"}},
		{"but a statement in a place is no place's",
			[][]string{{"A statement in Beijing noted that talks were “useful.”"}},
			[]ent{beijing}, []string{"useful. <- (statement)"}},
		{"wire: as reported by, closing the sentence",
			[][]string{{"The talks ended on Friday with a “joint understanding,” as reported by the People’s Daily."}},
			[]ent{daily}, []string{"joint understanding, <- People’s Daily"}},
		{"as without a passive agent reports nothing",
			[][]string{{"The island is a “forward base,” as it has been for decades."}},
			nil, []string{"forward base, <- "}},
	})
}

// TestAttributionTitlesAroundNames checks titles that name the speaker
// around a name: an appositive title left unclosed before the verb, and a
// title whose place stands inside it, before the name it gives a role.
func TestAttributionTitlesAroundNames(t *testing.T) {
	hu := ent{"Hu Jintao", "Hu Jintao", claimx.Person}
	cpc := ent{"Central Committee of the CPC", "Central Committee of the CPC", claimx.Org}
	xiao := ent{"Xiao Qian", "Xiao Qian", claimx.Person}
	australia := ent{"Australia", "Australia", claimx.GPE}
	france := ent{"France", "France", claimx.GPE}
	lu := ent{"Lu Shaye", "Lu Shaye", claimx.Person}
	checkAttributions(t, []attributionCase{
		{"newspaper: an appositive title with its body, left unclosed",
			[][]string{{"In 2012, Hu Jintao, then General Secretary of the Central Committee of the CPC said that trust was vital."}},
			[]ent{hu, cpc}, []string{"Hu Jintao | said"}},
		{"think tank: a director of an institute, left unclosed",
			[][]string{{"Li Mei, director of the Shanghai Institute for Trade Studies argued that tariffs were a tax."}},
			[]ent{{"Li Mei", "Li Mei", claimx.Person}, {"Shanghai Institute for Trade Studies", "Shanghai Institute for Trade Studies", claimx.Org}},
			[]string{"Li Mei | argued"}},
		{"but a spokesperson for a body with no name before speaks for it",
			[][]string{{"A spokesperson for the Ministry of Commerce said the rules were lawful."}},
			[]ent{commerce}, []string{"Ministry of Commerce | said"}},
		{"wire: a headline gives the title with its place, the lede the title alone",
			[][]string{{"China's ambassador to Australia Xiao Qian warns of “all necessary means”."},
				{"China's ambassador to Australia has stressed there will be no compromise on Taiwan."}},
			[]ent{china, xiao, australia}, []string{"Xiao Qian | warns", "Xiao Qian | stressed"}},
		{"newspaper: the ambassador after a title with its place",
			[][]string{{"Chinese ambassador to France Lu Shaye spoke on Monday.", "The ambassador said it was “a question of history.”"}},
			[]ent{france, lu}, []string{"", "Lu Shaye | said"}},
	})
}

// TestAttributionQuotationRunningToItsCue checks that a quotation over
// several sentences of a paragraph is the speaker's its closing cue names,
// not the one who spoke in the sentence before it, and goes on with that
// one only when no cue closes it.
func TestAttributionQuotationRunningToItsCue(t *testing.T) {
	zhao := ent{"Zhao Lijian", "Zhao Lijian", claimx.Person}
	checkQuoteSpeakers(t, []attributionCase{
		{"wire: a state speaks, then a spokesman's words over two sentences",
			[][]string{{"China warned that its military would not sit idly by.", "“We are standing by.", "We will take strong countermeasures,” spokesman Zhao Lijian told reporters."}},
			[]ent{china, zhao}, []string{"We are standing by. <- Zhao Lijian", "We will take strong countermeasures, <- Zhao Lijian"}},
		{"newspaper: a pronoun closing it",
			[][]string{{"Huawei said revenue fell.", "Ren Zhengfei was blunt.", "“The winter is long.", "We will survive it,” he said."}},
			[]ent{huawei, renZhengfei}, []string{"The winter is long. <- Ren Zhengfei", "We will survive it, <- Ren Zhengfei"}},
		{"with no cue closing it, the speaker before goes on",
			[][]string{{"Wang Yi said talks would resume.", "“The door is open.", "It stays open.”"}},
			[]ent{wangYi}, []string{"The door is open. <- Wang Yi", "It stays open. <- Wang Yi"}},
	})
}

// TestAttributionRelayedWords checks who a quotation belongs to when one
// speaker passes on another's words: a named speaker reporting what an
// unnamed one said owns the phrase quoted, a statement that printed words a
// colon introduced only carries them, and a dash may open a clause with a
// speaker of its own.
func TestAttributionRelayedWords(t *testing.T) {
	lopez := ent{"Alexander Lopez", "Alexander Lopez", claimx.Person}
	wale := ent{"Matthew Wale", "Matthew Wale", claimx.Person}
	sogavare := ent{"Manasseh Sogavare", "Manasseh Sogavare", claimx.Person}
	checkQuoteSpeakers(t, []attributionCase{
		{"a named speaker passes on an unnamed body's phrase (Philippine press)",
			[][]string{{"Alexander Lopez said the council expressed “serious concern over the harassment” at its meeting."}},
			[]ent{lopez}, []string{"serious concern over the harassment <- Alexander Lopez"}},
		{"after told and a that-less clause (wire)",
			[][]string{{"Wang Yi told reporters officials had warned of “grave consequences” if the ships returned."}},
			[]ent{wangYi}, []string{"grave consequences <- Wang Yi"}},
		{"but a quoted sentence stays the unnamed source's (analysis)",
			[][]string{{"Wang Yi said foreign media commented, “The visit was rebuffed.”"}},
			[]ent{wangYi}, []string{"The visit was rebuffed. <- (foreign media)"}},
		{"and a clause a conjunction opens has its own speaker (newspaper)",
			[][]string{{"Wang Yi said the talks went well, but officials warned of “grave risks” ahead."}},
			[]ent{wangYi}, []string{"grave risks <- (officials)"}},
		{"a statement after the quotation carries words a colon introduced (wire)",
			[][]string{{"Wang Yi told Antony Blinken in Lima: “The two sides must talk,” a statement read."}},
			[]ent{wangYi, {"Antony Blinken", "Antony Blinken", claimx.Person}}, []string{"The two sides must talk, <- Wang Yi"}},
		{"but a name after the quotation still speaks (newspaper)",
			[][]string{{"The ministry was blunt: “The two sides must talk,” Wang Yi said."}},
			[]ent{wangYi}, []string{"The two sides must talk, <- Wang Yi"}},
		{"a dash opens a clause with its own subject (Pacific press)",
			[][]string{{"Prime Minister Manasseh Sogavare signed the pact.", "Matthew Wale attacked the deal — the prime minister has long criticised Australia, claiming it was engaged in “colonialism.”"}},
			[]ent{wale, sogavare, {"Australia", "Australia", claimx.GPE}}, []string{"colonialism. <- Manasseh Sogavare"}},
		{"but a pair of dashes sets off a phrase (magazine)",
			[][]string{{"Matthew Wale — who has long opposed the pact — said it was “a betrayal.”"}},
			[]ent{wale}, []string{"a betrayal. <- Matthew Wale"}},
	})
}

// TestAttributionTitlesAgree checks that an office given before its
// holder's name is remembered for the holder, that a participle opening the
// sentence has the main clause's subject, and that a specific title agrees
// only with a person given that title or none.
func TestAttributionTitlesAgree(t *testing.T) {
	xiao := ent{"Xiao Qian", "Xiao Qian", claimx.Person}
	pelosi := ent{"Nancy Pelosi", "Nancy Pelosi", claimx.Person}
	milei := ent{"Javier Milei", "Javier Milei", claimx.Person}
	ruiz := ent{"Ana Ruiz", "Ana Ruiz", claimx.Person}
	checkAttributions(t, []attributionCase{
		{"a lede's office, its holder named after, then the office again (Australian broadcaster)",
			[][]string{{"China’s ambassador to Australia has stressed there will be no compromise on Taiwan."},
				{"“You can use your imagination,” Xiao Qian said."},
				{"Speaker Nancy Pelosi visited the island last week."},
				{"The ambassador said the drills were “legitimate.”"}},
			[]ent{xiao, pelosi, china}, []string{"Xiao Qian | stressed", "Xiao Qian | said", "", "Xiao Qian | said"}},
		{"a participle opening the sentence speaks with the main clause's subject (newspaper)",
			[][]string{{"Saying the response was “justified”, Xiao Qian repeated China’s blame on the US."}},
			[]ent{xiao, china}, []string{"Xiao Qian | Saying"}},
		{"but an opening participle of finding reports no one (magazine)",
			[][]string{{"“He carried a lot in his head,” Xiao Qian said.", "Finding that difficult, he narrowed his focus even further."}},
			[]ent{xiao}, []string{"Xiao Qian | said", ""}},
		{"and with a title for subject (wire)",
			[][]string{{"“You can use your imagination,” Xiao Qian said.", "Speaker Nancy Pelosi visited the island last week.",
				"Saying the response was “justified”, the ambassador repeated China’s blame on the US."}},
			[]ent{xiao, pelosi, china}, []string{"Xiao Qian | said", "", "Xiao Qian | Saying"}},
		{"but a title the person last named does not hold is not that person (analysis)",
			[][]string{{"Speaker Nancy Pelosi visited the island last week.", "The ambassador said the drills were “legitimate.”"}},
			[]ent{pelosi}, []string{"", ""}},
		{"an umbrella title fits a person given another (think tank)",
			[][]string{{"President Javier Milei took office in December.", "The libertarian leader stated that he would not “negotiate” with China."}},
			[]ent{milei, china}, []string{"", "Javier Milei | stated"}},
		{"an office named before its holder's name is that holder again (local news)",
			[][]string{{"Governor Ana Ruiz toured the flooded valley on Sunday.", "The governor said help was on the way."}},
			[]ent{ruiz}, []string{"", "Ana Ruiz | said"}},
		{"so is a board's office given in an appositive (business page)",
			[][]string{{"The chairwoman of the bank, Ana Ruiz, opened the meeting.", "The chairwoman added that lending would grow."}},
			[]ent{ruiz}, []string{"", "Ana Ruiz | added"}},
		{"an occupation with no name given to it goes on with the person last quoted (wire)",
			[][]string{{"Foreign Minister Wang Yi spoke for an hour, saying ties were “stable”.", "Wang fielded questions on trade.",
				"The diplomat said respect was the basic principle."}},
			[]ent{wangYi, wang}, []string{"Wang Yi | saying", "", "Wang Yi | said"}},
		{"but not a person given another office (analysis)",
			[][]string{{"Senator Ana Ruiz visited the port.", "The mayor said the port would expand."}},
			[]ent{ruiz}, []string{"", ""}},
	})
}

// TestAttributionSubjectShapes checks subjects the verb is kept from by
// what news copy puts between them: an appositive whose closing comma the
// writer left out, and a time phrase.
func TestAttributionSubjectShapes(t *testing.T) {
	zhang := ent{"Zhang Weiying", "Zhang Weiying", claimx.Person}
	peking := ent{"Peking University", "Peking University", claimx.Org}
	jones := ent{"Sarah Jones", "Sarah Jones", claimx.Person}
	chatham := ent{"Chatham House", "Chatham House", claimx.Org}
	liQiang := ent{"Li Qiang", "Li Qiang", claimx.Person}
	emery := ent{"Emery", "David Emery", claimx.Person}
	checkAttributions(t, []attributionCase{
		{"news: an age set off after the name, then an appositive",
			[][]string{{"Sarah Jones, 52, a taxi driver, said the slogans meant nothing.", "“It is a coronation,” Li Qiang, 64, a retired teacher, told reporters."}},
			[]ent{jones, liQiang}, []string{"Sarah Jones | said", "Li Qiang | told"}},
		{"a phrasal reporting verb's passive participle reports nothing",
			[][]string{{"Sarah Jones, 75, is the leading expert, called on by tribes across the country."}},
			[]ent{jones}, []string{""}},
		{"digest: an appositive left unclosed before the verb",
			[][]string{{"Zhang Weiying, a professor at Peking University wrote that there are six misconceptions."}},
			[]ent{zhang, peking}, []string{"Zhang Weiying | wrote"}},
		{"non-US English: an unclosed relative clause",
			[][]string{{"Sarah Jones, who heads the Asia programme at Chatham House said the talks had stalled."}},
			[]ent{jones, chatham}, []string{"Sarah Jones | said"}},
		{"think tank: an unclosed title phrase",
			[][]string{{"Sarah Jones, director of studies at Chatham House argued that sanctions had failed."}},
			[]ent{jones, chatham}, []string{"Sarah Jones | argued"}},
		{"closed appositive still reads as before",
			[][]string{{"Zhang Weiying, a professor at Peking University, said that growth would slow."}},
			[]ent{zhang, peking}, []string{"Zhang Weiying | said"}},
		{"a verb form inside the phrase is not the clause's verb (blog)",
			[][]string{{"Emery, a writer who will soon be in charge of labelling “fake news” shared an article."}},
			[]ent{emery}, []string{""}},
		{"a name not heading its clause is no subject (wire)",
			[][]string{{"After meeting Li Qiang, an economist said the talks were useful."}},
			[]ent{liQiang}, []string{"(economist) | said"}},
		{"wire: a day between an appositive and the verb",
			[][]string{{"Li Qiang, the premier, on Friday told delegates that growth would reach 5 percent."}},
			[]ent{liQiang}, []string{"Li Qiang | told"}},
		{"newspaper: a week between an appositive and the verb",
			[][]string{{"Sarah Jones, the director, last week warned that the talks had stalled."}},
			[]ent{jones}, []string{"Sarah Jones | warned"}},
		{"ministry: a date between an appositive and the verb",
			[][]string{{"Li Qiang, Premier of the State Council, on 3 March stressed that reform would continue."}},
			[]ent{liQiang}, []string{"Li Qiang | stressed"}},
		{"a place between an appositive and the verb is no time phrase",
			[][]string{{"Li Qiang, the premier, in Beijing said growth would slow."}},
			[]ent{liQiang, beijing}, []string{""}},
	})
}

// TestAttributionOutletNouns checks that a noun for a news outlet refers to
// the outlet last named whatever its name, but not as the end of a name
// the tagger missed.
func TestAttributionOutletNouns(t *testing.T) {
	itv := ent{"ITV News", "ITV News", claimx.Org}
	gt := ent{"Global Times", "Global Times", claimx.Org}
	aj := ent{"Al Jazeera", "Al Jazeera", claimx.Org}
	cmc := ent{"Central Military Commission", "Central Military Commission", claimx.Org}
	ministry := ent{"Commerce Ministry", "Commerce Ministry", claimx.Org}
	reuters := ent{"Reuters", "Reuters", claimx.Org}
	courier := ent{"Harbour Courier", "Harbour Courier", claimx.Org}
	interior := ent{"Interior Ministry", "Interior Ministry", claimx.Org}
	fsa := ent{"Food Safety Agency", "Food Safety Agency", claimx.Org}
	institute := ent{"Harbour Institute", "Harbour Institute", claimx.Org}
	weekly := ent{"Harbour Weekly", "Harbour Weekly", claimx.Org}
	science := ent{"Harbour Science", "Harbour Science", claimx.Org}
	checkAttributions(t, []attributionCase{
		{"UK broadcaster: the broadcaster with a day before its verb",
			[][]string{{"ITV News said it was seeking answers.", "The broadcaster on Monday said nine people were arrested."}},
			[]ent{itv}, []string{"ITV News | said", "ITV News | said"}},
		{"wire: the tabloid",
			[][]string{{"The Global Times said the tariffs would fail.", "The tabloid, which is run by the People’s Daily, said Washington would regret it."}},
			[]ent{gt}, []string{"Global Times | said", "Global Times | said"}},
		{"newspaper: the network",
			[][]string{{"Al Jazeera reported that the talks had stalled.", "The network said it had spoken to three officials."}},
			[]ent{aj}, []string{"Al Jazeera | reported", "Al Jazeera | said"}},
		{"the newspaper goes back to the outlet past a body it reported on",
			[][]string{{"The Global Times stated that exports had recovered.", "The Commerce Ministry declined to comment.", "The newspaper pointed out that tariffs had fallen."}},
			[]ent{gt, ministry}, []string{"Global Times | stated", "", "Global Times | pointed out"}},
		{"the paper, a channel noun, is the outlet when no paper was issued",
			[][]string{{"Al Jazeera reported that the talks had stalled.", "Regarding the border, the paper said both sides had pulled back."}},
			[]ent{aj}, []string{"Al Jazeera | reported", "Al Jazeera | said"}},
		{"the news agency is the wire that relayed the ministry, not the ministry",
			[][]string{{"An official of the Commerce Ministry has said the minister will visit Peru, Reuters reports.", "The news agency says the visit aims to expand trade."}},
			[]ent{ministry, reuters}, []string{"Commerce Ministry | said", "Reuters | says"}},
		{"an outlet noun beside a name the gazetteer does not list makes it an outlet",
			[][]string{{"The daily Harbour Courier reported that the mayor had resigned.", "The Interior Ministry declined to comment.", "The newspaper said the mayor would leave on Friday."}},
			[]ent{courier, interior}, []string{"Harbour Courier | reported", "", "Harbour Courier | said"}},
		{"but the agency named after the outlet is that agency",
			[][]string{{"Reuters reported that the recall had begun.", "The Food Safety Agency said the recall covered two brands.", "The agency said more brands might follow."}},
			[]ent{reuters, fsa}, []string{"Reuters | reported", "Food Safety Agency | said", "Food Safety Agency | said"}},
		{"and a paper issued by a body stays that body's",
			[][]string{{"Al Jazeera reported on a paper by the Harbour Institute.", "The paper said port fees had doubled."}},
			[]ent{aj, institute}, []string{"", "Harbour Institute | said"}},
		{"no outlet named: the newspaper is no one the text names",
			[][]string{{"The Commerce Ministry said exports had recovered.", "The newspaper said tariffs had fallen."}},
			[]ent{ministry}, []string{"Commerce Ministry | said", "(newspaper) | said"}},
		{"the daily, an outlet noun no other list types, goes back to the outlet",
			[][]string{{"The Global Times said the tariffs would fail.", "The Commerce Ministry declined to comment.", "The daily said exports would recover."}},
			[]ent{gt, ministry}, []string{"Global Times | said", "", "Global Times | said"}},
		{"the weekly is the outlet whose name holds it, however far back",
			[][]string{{"The Harbour Weekly reported that the ferry had sunk.", "Divers searched the bay.", "Two boats joined them.", "The port stayed shut.", "The weekly said the search would go on."}},
			[]ent{weekly}, []string{"Harbour Weekly | reported", "", "", "", "Harbour Weekly | said"}},
		{"the daily is the last outlet named past lookBack claims, not the body last heard",
			[][]string{{"Al Jazeera reported that the talks had stalled.", "Divers searched the bay.", "Two boats joined them.", "The Commerce Ministry said exports fell.", "The daily said the talks would resume."}},
			[]ent{aj, ministry}, []string{"Al Jazeera | reported", "", "", "Commerce Ministry | said", "Al Jazeera | said"}},
		{"the journal after the journal named",
			[][]string{{"The journal Harbour Science published the study.", "The journal said the results were early."}},
			[]ent{science}, []string{"", "Harbour Science | said"}},
		{"no outlet named: the daily is an outlet the text does not name",
			[][]string{{"The Commerce Ministry said exports rose.", "The daily said exports would keep rising."}},
			[]ent{ministry}, []string{"Commerce Ministry | said", "(daily) | said"}},
		{"but daily before a noun is no outlet",
			[][]string{{"Al Jazeera reported that the talks had stalled.", "The daily briefing said the talks would resume."}},
			[]ent{aj}, []string{"Al Jazeera | reported", ""}},
		{"digest: a capitalised outlet noun ends a name, not a reference",
			[][]string{{"The Central Military Commission met on Monday.", "The Central Broadcasting Station reported that the meeting was held."}},
			[]ent{cmc}, []string{"", "Central Broadcasting Station | reported"}},
	})
}

// TestAttributionAccordingToUnnamedSource checks that "according to" set
// off before or after its clause reports the sentence for a source the
// text does not name, whatever noun heads the phrase, and that a manner
// ("according to plan", a phrase the clause runs into), a list's
// introduction, a relative and a definite document stay the author's.
func TestAttributionAccordingToUnnamedSource(t *testing.T) {
	checkAttributions(t, []attributionCase{
		{"figures closing the sentence",
			[][]string{{"The reef has 4,000 residents, according to census figures."}},
			nil, []string{"(census figures) | according to"}},
		{"coverage opening the sentence",
			[][]string{{"According to state television reporting, the two envoys left early."}},
			nil, []string{"(state television reporting) | According to"}},
		{"users of a platform",
			[][]string{{"The slogan vanished from the app overnight, according to regular posters."}},
			nil, []string{"(regular posters) | according to"}},
		{"an indefinite document, the phrase after it left out",
			[][]string{{"According to an early draft of the budget, rents would be frozen."}},
			nil, []string{"(an early draft) | According to"}},
		{"a plural noun alone",
			[][]string{{"According to ledgers from the abbey, the mill burned twice."}},
			nil, []string{"(ledgers) | According to"}},
		{"a manner: one singular noun",
			[][]string{{"The trains ran on time, according to plan."}},
			nil, []string{""}},
		{"a manner: a rule or custom with its modifiers",
			[][]string{{"According to local custom, the bride's family pays.", "According to Chinese law, the firm must register.", "The vote was held, according to party rules."}},
			nil, []string{"", "", ""}},
		{"a manner: the clause runs into the phrase",
			[][]string{{"Seats in the council are allocated according to population figures."}},
			nil, []string{""}},
		{"a list's introduction",
			[][]string{{"The fee is set according to the following rules:"}},
			nil, []string{""}},
		{"a relative: the antecedent's",
			[][]string{{"The board released a study, according to which rents rose."}},
			nil, []string{""}},
		{"a definite document whose issuer the text does not give",
			[][]string{{"According to the announcement, the port will close in May."}},
			nil, []string{""}},
	})
}

// TestAttributionPronounNumber checks that "he", "she" and "it" do not go
// on with an unnamed source in the plural.
func TestAttributionPronounNumber(t *testing.T) {
	checkAttributions(t, []attributionCase{
		{"wire: he after diplomats is someone else",
			[][]string{{"Diplomats said the summit would be postponed.", "He said the mood was grim."}},
			nil, []string{"(Diplomats) | said", "(He) | said"}},
		{"think tank: it after the authors is no one",
			[][]string{{"The authors argue that debt is unsustainable.", "In fact, it is safe to say that reform is overdue."}},
			nil, []string{"(authors) | argue", ""}},
		{"newspaper: he after an official is the official",
			[][]string{{"A senior official said the plan had been approved.", "He said the provinces would follow."}},
			nil, []string{"(senior official) | said", "(senior official) | said"}},
	})
}

// TestAttributionSpokespersonOfBody checks that an unnamed spokesperson of
// a body speaks for it wherever the cue stands, and that "the
// spokesperson" later goes on with that body when the text named no person
// for the role.
func TestAttributionSpokespersonOfBody(t *testing.T) {
	maoNing := ent{"Mao Ning", "Mao Ning", claimx.Person}
	fm := ent{"Foreign Ministry", "Foreign Ministry", claimx.Org}
	checkAttributions(t, []attributionCase{
		{"the spokesperson no one was given the role of speaks for the body heard last, or is unnamed",
			[][]string{{"The Harbour Board summoned the envoy.", "The spokesperson said the talks would go on."}},
			[]ent{{"Harbour Board", "Harbour Board", claimx.Org}}, []string{"", "Harbour Board | said"}},
		{"but a person named beside the spokesperson may be the spokesperson",
			[][]string{{"Li Wei, a spokesperson for the Harbour Board, met reporters on Friday.", "Prices rose in Japan.", "The spokesperson said the talks would go on."}},
			[]ent{{"Li Wei", "Li Wei", claimx.Person}, {"Harbour Board", "Harbour Board", claimx.Org}, japan}, []string{"", "", "Li Wei | said"}},
		{"a spokesperson for a body takes the role even in a sentence that reports nothing",
			[][]string{{"A spokesperson for the Harbour Board met reporters on Friday.", "Prices rose in Japan.", "The spokesperson said the talks would go on."}},
			[]ent{{"Harbour Board", "Harbour Board", claimx.Org}, japan}, []string{"", "", "Harbour Board | said"}},
		{"a person the spokesperson acts on is not the spokesperson",
			[][]string{{"A spokesperson for the Harbour Board wrote to Senator Ana Ruiz about the dredging plan.", "The spokesperson said the port would stay open."}},
			[]ent{{"Harbour Board", "Harbour Board", claimx.Org}, {"Ana Ruiz", "Ana Ruiz", claimx.Person}}, []string{"", "Harbour Board | said"}},
		{"but one set off right after the body may be, so the body does not take the role",
			[][]string{{"A spokesperson for the Harbour Board, Li Wei, met reporters on Friday.", "The spokesperson said the talks would go on."}},
			[]ent{{"Li Wei", "Li Wei", claimx.Person}, {"Harbour Board", "Harbour Board", claimx.Org}}, []string{"", "(spokesperson) | said"}},
		{"the spokesperson of no body the text names is unnamed",
			[][]string{{"Prices rose in May.", "The spokeswoman said the rules would change."}},
			nil, []string{"", "(spokeswoman) | said"}},
		{"wire (Xinhua): an inverted cue with a spokesperson for a body, then the spokesperson",
			[][]string{{"China firmly opposes the move, said a spokesperson for the Ministry of Commerce on Wednesday."},
				{"The United States modified the rules on Tuesday."},
				{"The spokesperson said the United States was overstretching the concept of national security."},
				{"It causes heavy loss to chip firms, the spokesperson said."}},
			[]ent{commerce, china}, []string{"Ministry of Commerce | said", "", "Ministry of Commerce | said", "Ministry of Commerce | said"}},
		{"broadcaster: according to a spokesperson from a body, then the spokesperson added",
			[][]string{{"Nine firms were removed from the list, according to a spokesperson from the Ministry of Commerce."},
				{"China is firmly opposed to the expansion, the spokesperson said, calling it bullying."},
				{"The spokesperson added that the move undermines market rules."}},
			[]ent{commerce, china}, []string{"Ministry of Commerce | according to", "Ministry of Commerce | said", "Ministry of Commerce | added"}},
		{"newspaper: an inverted cue with the body's noun",
			[][]string{{"Huawei shipped fewer phones last quarter.", "Demand remained weak, said the company."}},
			[]ent{huawei}, []string{"", "Huawei | said"}},
		{"magazine: an inverted cue with an unnamed source",
			[][]string{{"The combination, say economists, marks a journey into uncharted territory."}},
			nil, []string{"(economists) | say"}},
		{"ministry transcript: a named spokesperson is theirs, not the body's",
			[][]string{{"A spokesperson for the Foreign Ministry, Mao Ning, said China opposed the move."},
				{"The spokesperson added that talks would continue."}},
			[]ent{fm, maoNing, china}, []string{"Mao Ning | said", "Mao Ning | added"}},
		{"a document after a subject set off is what it issued (blog)",
			[][]string{{"Ren Zhengfei, the founder of Huawei, posted a statement on the company blog: “We did not move fast enough.”"}},
			[]ent{renZhengfei, huawei}, []string{"Ren Zhengfei | posted"}},
	})
}

// TestAttributionOnlineSources checks the people a text quotes from the
// web or a movement without naming them.
func TestAttributionOnlineSources(t *testing.T) {
	checkAttributions(t, []attributionCase{
		{"magazine: adherents say",
			[][]string{{"Adherents say it beats feigning optimism in pursuit of elusive success."}},
			nil, []string{"(Adherents) | say"}},
		{"wire: netizens complained",
			[][]string{{"Netizens complained that the censors had deleted the posts within hours."}},
			nil, []string{"(Netizens) | complained"}},
		{"newspaper: one blogger wrote",
			[][]string{{"“The rent takes everything,” one blogger wrote on Weibo."}},
			nil, []string{"(one blogger) | wrote"}},
		{"think tank: his followers argue",
			[][]string{{"His followers argue that the movement is apolitical."}},
			nil, []string{"(followers) | argue"}},
		{"blog: a commenter a relative clause makes speak",
			[][]string{{"The moderators banned a commenter who said the vote was rigged."}},
			nil, []string{"(commenter) | said"}},
		{"a blogger who speaks of nothing is no source (newspaper)",
			[][]string{{"The site hired a blogger to run its newsletter."}},
			nil, []string{""}},
	})
}

// TestAttributionListItems checks that a list item's marker is layout: a
// quotation printed as a numbered or bulleted item after a speaker
// announces a list goes on with that speaker, as a bare quotation
// paragraph does.
func TestAttributionListItems(t *testing.T) {
	li := ent{"Li Mei", "Li Mei", claimx.Person}
	chen := ent{"Chen Bo", "Chen Bo", claimx.Person}
	checkAttributions(t, []attributionCase{
		{"think tank: numbered items quoting an economist",
			[][]string{{"Li Mei argued that three myths hold the reform back."}, {"1. “Growth alone cannot fix the banks.", "It only hides their losses.”"}, {"2) “Local debt is a central problem.”"}},
			[]ent{li}, []string{"Li Mei | argued", "Li Mei | argued", "Li Mei | argued", "Li Mei | argued"}},
		{"newsletter: bulleted quotations after a colon",
			[][]string{{"Chen Bo listed his worries:"}, {"• “The harvest will be late.”"}, {"- “Prices will not fall before winter.”"}},
			[]ent{chen}, []string{"Chen Bo | listed", "Chen Bo | listed", "Chen Bo | listed"}},
		{"a numbered heading that is no quotation stays the author's",
			[][]string{{"Li Mei said the plan had three parts."}, {"1. The budget is cut."}},
			[]ent{li}, []string{"Li Mei | said", ""}},
	})
}

// TestAttributionAnyBodyNounRecency checks that a noun for a body of any
// kind ("the company", "the group") stands for the body last spoken of, not
// for an older name that happens to end in the noun.
func TestAttributionAnyBodyNounRecency(t *testing.T) {
	trading := ent{"Harbour Trading Company", "Harbour Trading Company", claimx.Org}
	market := ent{"Green Basket Market", "Green Basket Market", claimx.Org}
	council := ent{"Marine Council", "Marine Council", claimx.Org}
	fund := ent{"Delta Relief Group", "Delta Relief Group", claimx.Org}
	checkAttributions(t, []attributionCase{
		{"regional paper: the company after another firm's name in -Company",
			[][]string{{"Harbour Trading Company buys most of the catch."}, {"Green Basket Market plans 300 promotions.", "The company also said it was cutting prices."}},
			[]ent{trading, market}, []string{"", "", "Green Basket Market | said"}},
		{"business desk: the company two claims on, an object named between",
			[][]string{{"Harbour Trading Company buys most of the catch."}, {"Green Basket Market has kept the label of the Marine Council.", "Prices fell."}, {"At the same time, the company claims its prices have saved shoppers “millions of dollars.”"}},
			[]ent{trading, market, council}, []string{"", "", "", "Green Basket Market | claims"}},
		{"wire: the group is still the one whose name holds it when none is named since",
			[][]string{{"Delta Relief Group sent food to the coast.", "Roads were closed."}, {"The group said more aid would follow."}},
			[]ent{fund}, []string{"", "", "Delta Relief Group | said"}},
	})
}

// TestAttributionAppositiveChains checks a subject set off from its verb
// by two phrases in a row, the second describing a name in the first: the
// person before them speaks, not a body the phrases name.
func TestAttributionAppositiveChains(t *testing.T) {
	lopez := ent{"Maria Lopez", "Maria Lopez", claimx.Person}
	harbor := ent{"Harbor Foundation", "Harbor Foundation", claimx.Org}
	okafor := ent{"Ngozi Okafor", "Ngozi Okafor", claimx.Person}
	league := ent{"Tenants League", "Tenants League", claimx.Org}
	checkAttributions(t, []attributionCase{
		{"magazine: quotation, name, a title and a description of its body, told me",
			[][]string{{"“We see things we never wanted to see,” Maria Lopez, the director of the Harbor Foundation, one of the city’s largest charities, told me."}},
			[]ent{lopez, harbor}, []string{"Maria Lopez | told"}},
		{"newspaper: subject, title, body described, then the verb and its clause",
			[][]string{{"Ngozi Okafor, the head of the Tenants League, an advocacy group, warns that rents will rise again."}},
			[]ent{okafor, league}, []string{"Ngozi Okafor | warns"}},
		{"feature: a title then a relative clause",
			[][]string{{"“It is one thing to have a job,” Ngozi Okafor, the head of the Tenants League, who grew up in the shelter, said."}},
			[]ent{okafor, league}, []string{"Ngozi Okafor | said"}},
	})
}

// TestAttributionAdjectivesAndRelatives checks a past form where only an
// adjective can stand (after an infinitive or a modal's verb) and a
// relative "who" after a place governed by a preposition, which stands for
// the people before the place.
func TestAttributionAdjectivesAndRelatives(t *testing.T) {
	tokyo := ent{"Tokyo", "Tokyo", claimx.GPE}
	checkAttributions(t, []attributionCase{
		{"wire: the ability to produce advanced chips is no report",
			[][]string{{"China’s drive to produce advanced semiconductors is a worry for Japan.", "Firms that can buy advanced tools will gain.", "An inquiry was set up to investigate alleged breaches of the treaty."}},
			[]ent{china, japan}, []string{"", "", ""}},
		{"wire: the advanced form after a subject still reports",
			[][]string{{"Japan advanced the argument that the rules named no country."}},
			[]ent{japan}, []string{"Japan | advanced"}},
		{"newspaper: officials in a capital who believe",
			[][]string{{"The curbs are worrying some officials in Tokyo who believe a combative approach may hamper coordination."}},
			[]ent{tokyo}, []string{"(officials) | believe"}},
	})
}

// TestAttributionBodiesByQualifier checks that a body noun qualified by a
// word ("the foreign ministry", "China's commerce ministry") agrees with
// the name it stands for: it is the body the article names in full with
// that word, not the last ministry named, and someone the text does not
// name when no name fits.
func TestAttributionBodiesByQualifier(t *testing.T) {
	mofa := ent{"Ministry of Foreign Affairs", "Ministry of Foreign Affairs", claimx.Org}
	chinaCommerce := ent{"China's commerce ministry", "China's commerce ministry", claimx.Org}
	checkAttributions(t, []attributionCase{
		{"wire: a spokesperson for the foreign ministry after the commerce ministry spoke",
			[][]string{{"Exports fell in May, according to a statement from the Ministry of Commerce."}, {"A spokesperson for the foreign ministry said the claims were false."}},
			[]ent{commerce}, []string{"Ministry of Commerce | according to", "(foreign ministry) | said"}},
		{"broadcaster: the state's ministry in the lede, its full name later",
			[][]string{{"China's commerce ministry on Monday slammed the new curbs."}, {"The move was criticised by the Ministry of Commerce in a statement."}},
			[]ent{chinaCommerce, commerce}, []string{"Ministry of Commerce | slammed", "Ministry of Commerce | criticised"}},
		{"wire: another state's ministry after its possessive is not the ministry named with a state's adjective",
			[][]string{{"The Indian foreign ministry protested on Monday."}, {"Pakistan's foreign ministry said it would respond."}},
			[]ent{{"Indian foreign ministry", "Indian foreign ministry", claimx.Org}, {"Pakistan", "Pakistan", claimx.GPE}, {"foreign ministry", "foreign ministry", claimx.Org}},
			[]string{"", "foreign ministry | said"}},
		{"newspaper: the foreign ministry is the Ministry of Foreign Affairs named before",
			[][]string{{"The Ministry of Foreign Affairs summoned the envoy."}, {"The foreign ministry said the visit was cancelled."}},
			[]ent{mofa}, []string{"", "Ministry of Foreign Affairs | said"}},
	})
}

// TestAttributionBodiesByWhatTheyAre checks body nouns named by what the
// body is ("the coast guard", "the navy"): the last body whose name holds
// the noun, else a source the text does not name; and that a source after
// "according to" is no infinitive ("according to state media").
func TestAttributionBodiesByWhatTheyAre(t *testing.T) {
	ccg := ent{"China Coast Guard", "China Coast Guard", claimx.Org}
	pcg := ent{"Philippine Coast Guard", "Philippine Coast Guard", claimx.Org}
	checkAttributions(t, []attributionCase{
		{"wire: the coast guard after two coast guards were named",
			[][]string{{"The China Coast Guard expelled two boats.", "“We acted lawfully,” the coast guard said."}, {"The Philippine Coast Guard rejected the account.", "The coast guard said its boats were on a routine mission."}},
			[]ent{ccg, pcg}, []string{"", "China Coast Guard | said", "", "Philippine Coast Guard | said"}},
		{"newspaper: a navy the text does not name",
			[][]string{{"The frigate left port on Monday, according to the navy."}, {"The military said the drills were routine."}},
			nil, []string{"(navy) | according to", "(military) | said"}},
		{"broadcaster: according to state media",
			[][]string{{"The vessel entered the zone twice, according to state media."}},
			nil, []string{"(state media) | according to"}},
	})
}

// TestAttributionSpokespersonNamedLater checks two wire shapes around a
// spokesperson: a body's spokesperson the lede does not name is the person
// the text names with that title a little later, and a participle opening
// the sentence speaks with its main clause's subject, however many commas
// its own phrase holds.
func TestAttributionSpokespersonNamedLater(t *testing.T) {
	mfa := ent{"Foreign Ministry", "Foreign Ministry", claimx.Org}
	zhao := ent{"Zhao Lijian", "Zhao Lijian", claimx.Person}
	tibet := ent{"Tibet", "Tibet", claimx.GPE}
	checkAttributions(t, []attributionCase{
		{"wire: the lede's spokesperson named two paragraphs on",
			[][]string{{"China has lodged protests with Japan, a Chinese Foreign Ministry spokesperson said on Thursday."}, {"Tokyo issued a statement on Tuesday."}, {"Spokesperson Zhao Lijian told a briefing that no one should underestimate China."}},
			[]ent{mfa, zhao, japan}, []string{"Zhao Lijian | said", "", "Zhao Lijian | told"}},
		{"wire: nobody named with the title, the body speaks",
			[][]string{{"China has lodged protests with Japan, a Chinese Foreign Ministry spokesperson said on Thursday."}, {"Tokyo issued a statement on Tuesday."}},
			[]ent{mfa, japan}, []string{"Foreign Ministry | said", ""}},
		{"wire: a participle whose phrase holds a list",
			[][]string{{"Emphasizing that Taiwan, Tibet and trade are internal affairs, which brook no interference, spokesperson Zhao Lijian told a briefing that the talks would go on."}},
			[]ent{zhao, tibet}, []string{"Zhao Lijian | Emphasizing"}},
	})
}

// TestAttributionTitlesOfStates checks that a title qualified by a state's
// name ("the US president") is the person the text gave that title with
// that state ("US President Joe Biden"), not the last president named.
func TestAttributionTitlesOfStates(t *testing.T) {
	biden := ent{"Joe Biden", "Joe Biden", claimx.Person}
	xi := ent{"Xi Jinping", "Xi Jinping", claimx.Person}
	us := ent{"US", "United States", claimx.GPE}
	checkAttributions(t, []attributionCase{
		{"wire: the US president after two presidents were named",
			[][]string{{"Beijing protested remarks by US President Joe Biden about Chinese President Xi Jinping."}, {"Speaking in California, the US president said that the talks had stalled."}},
			[]ent{biden, xi, us, beijing}, []string{"", "Joe Biden | said"}},
		{"wire: a state's title no one was given stays unnamed",
			[][]string{{"Chinese President Xi Jinping met envoys."}, {"The US president said the talks had stalled."}},
			[]ent{xi, us}, []string{"", "(US president) | said"}},
		{"newspaper: the state's adjective then its name",
			[][]string{{"American envoy Jane Hollis met Chinese envoy Li Hua in Geneva."}, {"The U.S. envoy said the talks were frank."}},
			[]ent{{"Jane Hollis", "Jane Hollis", claimx.Person}, {"Li Hua", "Li Hua", claimx.Person}, {"U.S.", "United States", claimx.GPE}, {"Geneva", "Geneva", claimx.GPE}},
			[]string{"", "Jane Hollis | said"}},
	})
}

// TestAttributionCarryBack checks a sentence that answers the one before it
// ("Instead, …") with its source closing it: both are the source's words,
// where a sentence opened otherwise leaves the one before the author's.
func TestAttributionCarryBack(t *testing.T) {
	mao := ent{"Mao Ning", "Mao Ning", claimx.Person}
	checkAttributions(t, []attributionCase{
		{"broadcaster: instead, then the spokesperson closing it",
			[][]string{{"The curbs will not stop China's development.", "Instead, they will backfire, spokesperson Mao Ning said on Saturday."}},
			[]ent{mao}, []string{"Mao Ning | said", "Mao Ning | said"}},
		{"wire: rather, with a pronoun closing it",
			[][]string{{"Mao Ning spoke at a briefing."}, {"Beijing does not seek conflict.", "Rather, it wants stable ties, she said."}},
			[]ent{mao, beijing}, []string{"", "Mao Ning | said", "Mao Ning | said"}},
		{"a sentence opened otherwise leaves the one before alone",
			[][]string{{"Exports fell in May.", "The curbs will backfire, spokesperson Mao Ning said."}},
			[]ent{mao}, []string{"", "Mao Ning | said"}},
	})
}

// TestAttributionParticipleOfNoun checks that a past form with its agent
// after a common noun qualifies the noun and reports nothing, where after
// a speaker's noun it is the speaker's verb.
func TestAttributionParticipleOfNoun(t *testing.T) {
	checkAttributions(t, []attributionCase{
		{"a participle qualifying a noun, its agent no speaker",
			[][]string{{"Japan rejected a spending plan announced by Beijing.", "Huawei said the figures reported by the bureau were wrong.", "Officials said by phone that the talks failed."}},
			[]ent{japan, beijing, huawei}, []string{"", "Huawei | said", "(Officials) | said"}},
	})
}

// TestAttributionOfficeOfPlace checks an office named with the place it
// is held in after "of": the holder speaks, not the place, where a
// spokesperson still speaks for the body.
func TestAttributionOfficeOfPlace(t *testing.T) {
	tibet := ent{"Tibet", "Tibet", claimx.GPE}
	ohio := ent{"Ohio", "Ohio", claimx.GPE}
	ruiz := ent{"Ana Ruiz", "Ana Ruiz", claimx.Person}
	checkAttributions(t, []attributionCase{
		{"an unnamed official of a region (wire)",
			[][]string{{"The top official of Tibet said incomes must rise."}},
			[]ent{tibet}, []string{"(top official) | said"}},
		{"a governor named before (local news)",
			[][]string{{"Governor Ana Ruiz toured the valley.", "During the visit, the governor of Ohio stated that help was coming."}},
			[]ent{ruiz, ohio}, []string{"", "Ana Ruiz | stated"}},
		{"an office of a place is not a holder the text titled with another state (wire)",
			[][]string{{"Kenyan Foreign Minister Ana Ruiz met her counterpart in Nairobi.", "The foreign minister of Ghana said trade would double."}},
			[]ent{ruiz, ent{"Kenya", "Kenyan", claimx.GPE}, ent{"Nairobi", "Nairobi", claimx.GPE}, ent{"Ghana", "Ghana", claimx.GPE}}, []string{"", "(foreign minister) | said"}},
		{"an office of a place is the holder the text titled with that state (wire)",
			[][]string{{"Kenyan Foreign Minister Ana Ruiz met reporters on Monday.", "The foreign minister of Kenya said the talks had been useful."}},
			[]ent{ruiz, ent{"Kenya", "Kenyan", claimx.GPE}}, []string{"", "Ana Ruiz | said"}},
		{"an office of a place whose holder the text does not name (government release)",
			[][]string{{"During the meeting, the governor of Ohio stated that the county was rich in coal."}},
			[]ent{ohio}, []string{"(governor) | stated"}},
		{"a spokesperson of a body speaks for it (press release)",
			[][]string{{"A spokesperson of the Ministry of Commerce said the curbs were unfair."}},
			[]ent{commerce}, []string{"Ministry of Commerce | said"}},
	})
}

// TestAttributionNamedEarlierInItsSentence checks that a referring noun
// stands for a body its own sentence named before it, whose name holds the
// noun, before any body of the sentences before it.
func TestAttributionNamedEarlierInItsSentence(t *testing.T) {
	council := ent{"State Council", "State Council", claimx.Org}
	agency := ent{"National Energy Agency", "National Energy Agency", claimx.Org}
	checkAttributions(t, []attributionCase{
		{"a plenum's committee",
			[][]string{{"After the Standing Committee’s spring session, the committee called for calm."}},
			[]ent{{"Standing Committee", "Standing Committee", claimx.Org}}, []string{"Standing Committee | called for"}},
		{"an agency in a clause before it",
			[][]string{{"The State Council met in March.", "When the National Energy Agency published its figures, the agency warned that supply was short."}},
			[]ent{council, agency}, []string{"", "National Energy Agency | warned"}},
		{"a body qualified apart is another",
			[][]string{{"Once the Ministry of Commerce had spoken, the foreign ministry said it disagreed."}},
			[]ent{commerce}, []string{"(foreign ministry) | said"}},
	})
}

// TestAttributionObjectPronouns checks that an object pronoun names the
// source of a phrase whose source follows it, with agreement in number.
func TestAttributionObjectPronouns(t *testing.T) {
	owusu := ent{"Ama Owusu", "Ama Owusu", claimx.Person}
	checkAttributions(t, []attributionCase{
		{"according to him",
			[][]string{{"Wang Yi spoke in Lagos on Monday.", "According to him, trade doubled in a decade."}},
			[]ent{wangYi}, []string{"", "Wang Yi | According to"}},
		{"according to her",
			[][]string{{"Finance minister Ama Owusu opened the budget debate.", "According to her, the deficit will shrink."}},
			[]ent{owusu}, []string{"", "Ama Owusu | According to"}},
		{"her as a possessive is no source",
			[][]string{{"Ama Owusu spoke first.", "According to her office, the deficit will shrink."}},
			[]ent{owusu}, []string{"", "Ama Owusu | According to"}},
		{"them is no one person",
			[][]string{{"Ama Owusu met the unions.", "According to them, wages fell."}},
			[]ent{owusu}, []string{"", ""}},
	})
}

// TestAttributionCommonNounSubjects checks the last resort for a cue whose
// subject is a common noun for one who acts, which no rule named: someone
// the text does not name speaks, where a thing's noun is no speaker.
func TestAttributionCommonNounSubjects(t *testing.T) {
	checkAttributions(t, []attributionCase{
		{"protesters believed",
			[][]string{{"Protesters believed that the police had gone too far."}}, nil, []string{"(Protesters) | believed"}},
		{"a plural opening the sentence",
			[][]string{{"Picketers insisted that the mill would close."}}, nil, []string{"(Picketers) | insisted"}},
		{"a described company",
			[][]string{{"The German car giant warned that the tariffs would backfire."}}, nil, []string{"(German car giant) | warned"}},
		{"a poster online",
			[][]string{{"One anonymous poster wrote that the rent had tripled."}}, nil, []string{"(One anonymous poster) | wrote"}},
		{"a quantifier standing alone",
			[][]string{{"Some argue that the reform came too late."}}, nil, []string{"(Some) | argue"}},
		{"others",
			[][]string{{"Others said the vote had been rushed."}}, nil, []string{"(Others) | said"}},
		{"a modal supposes",
			[][]string{{"Some may argue that the reform came too late."}}, nil, []string{""}},
		{"after a clause of its own",
			[][]string{{"When the vote came, some argued that it was rushed."}}, nil, []string{"(some) | argued"}},
		{"after a phrase of place",
			[][]string{{"In the port towns, dockworkers warned that jobs would go."}}, nil, []string{"(dockworkers) | warned"}},
		{"a thing's noun",
			[][]string{{"The campaign claims that the river is clean."}}, nil, []string{""}},
		{"a document's noun",
			[][]string{{"The agreement states that both sides will cut tariffs."}}, nil, []string{""}},
		{"a finding",
			[][]string{{"The researchers found that the river is clean."}}, nil, []string{"(researchers) | found"}},
	})
}

// TestAttributionItAfterAnOffice checks that "it" goes on with the person
// whose office spoke, an "it" where the person is not, before a place the
// office's sentence names.
func TestAttributionItAfterAnOffice(t *testing.T) {
	osei := ent{"Kofi Osei", "Kofi Osei", claimx.Person}
	checkAttributions(t, []attributionCase{
		{"a name's office",
			[][]string{{"Kofi Osei spoke in March.", "On Friday, Osei’s office said the islands would widen their ties with Japan.", "“No one has a monopoly of ideas,” it said."}},
			[]ent{osei, {"Osei", "Kofi Osei", claimx.Person}, japan}, []string{"", "Kofi Osei | said", "Kofi Osei | said"}},
		{"his office",
			[][]string{{"Kofi Osei spoke in March.", "His office said the islands would widen their ties with Japan.", "The talks will go on, it said."}},
			[]ent{osei, japan}, []string{"", "Kofi Osei | said", "Kofi Osei | said"}},
	})
}

// TestAttributionUntaggedNames checks that a capitalised name the entity
// tagger missed still speaks where a name would: as the subject before the
// cue, after a quotation's cue or after "according to"; but not a title,
// a single capitalised word, nor a heading set in title case.
func TestAttributionUntaggedNames(t *testing.T) {
	checkAttributions(t, []attributionCase{
		{"a subject opening its clause",
			[][]string{{"The Northern Grain Cooperative warned that the harvest would fail."}}, nil,
			[]string{"Northern Grain Cooperative | warned"}},
		{"a subject with a name connector, after a phrase of time",
			[][]string{{"On Tuesday, Green Watch of Yunnan said the smog would stay."}}, nil,
			[]string{"Green Watch of Yunnan | said"}},
		{"a subject after a quotation",
			[][]string{{"“Prices will rise,” the Harbour Traders Guild said."}}, nil,
			[]string{"Harbour Traders Guild | said"}},
		{"a name after the quotation's cue",
			[][]string{{"“Prices will rise,” said the Harbour Traders Guild."}}, nil,
			[]string{"Harbour Traders Guild | said"}},
		{"after according to",
			[][]string{{"According to Mountain Rescue Volunteers, the pass is closed."}}, nil,
			[]string{"Mountain Rescue Volunteers | According to"}},
		{"a single capitalised word is no name",
			[][]string{{"Farmers said the harvest would fail."}}, nil, []string{"(Farmers) | said"}},
		{"a title is the grammar's to resolve",
			[][]string{{"The Deputy Minister said the harvest would fail."}}, nil, []string{""}},
		{"a heading in title case",
			[][]string{{"Harvest Will Fail, Grain Cooperative Says"}}, nil, []string{""}},
		{"a day and its time is no name",
			[][]string{{"Monday Morning said the dam had failed."}}, nil, []string{""}},
	})
}

// TestAttributionUntaggedPerson checks that an untagged name opening with
// a given name is a person, whom "he" then stands for.
func TestAttributionUntaggedPerson(t *testing.T) {
	checkAttributions(t, []attributionCase{
		{"he goes on with an untagged person",
			[][]string{{"Peter Okonkwo wrote that the bridge was unsafe.", "He added that repairs would take a year."}}, nil,
			[]string{"Peter Okonkwo | wrote", "Peter Okonkwo | added"}},
	})
}

// TestAttributionObjectPronounIsAddressee checks that an object pronoun
// after a verb of saying names the one spoken to, never the speaker; only
// "according to" makes one a source.
func TestAttributionObjectPronounIsAddressee(t *testing.T) {
	wang := ent{"Wang Lei", "Wang Lei", claimx.Person}
	checkAttributions(t, []attributionCase{
		{"addressed him",
			[][]string{{"Wang Lei arrived late.", "The next day I thus addressed him: “You must leave these rooms.”"}}, []ent{wang}, []string{"", ""}},
		{"told her",
			[][]string{{"Wang Lei came back from Hanoi.", "The guards told her: “The gate shuts at nine.”"}}, []ent{wang}, []string{"", ""}},
		{"warned them",
			[][]string{{"Wang Lei met the dockers.", "The mayor’s aides warned them that the port would close."}}, []ent{wang}, []string{"", "(mayor’s aides) | warned"}},
	})
}

// TestAttributionCommonSubjectGuards checks what the last-resort unnamed
// subject leaves alone: a thing's noun with an agent's ending, a noun that
// refers back to a name, a cue with no complement, and a cue inside a clause
// of time.
func TestAttributionCommonSubjectGuards(t *testing.T) {
	wang := ent{"Wang Lei", "Wang Lei", claimx.Person}
	li := ent{"Li Na", "Li Na", claimx.Person}
	checkAttributions(t, []attributionCase{
		{"an order", [][]string{{"The order states that all shops must close by noon."}}, nil, []string{""}},
		{"a list", [][]string{{"The list suggests that few firms paid the levy."}}, nil, []string{""}},
		{"a patent", [][]string{{"The patent claims that the pump needs no oil."}}, nil, []string{""}},
		{"the former",
			[][]string{{"Wang Lei met Li Na in May.", "The former said that the deal was fair."}}, []ent{wang, li}, []string{"", ""}},
		{"the latter",
			[][]string{{"Wang Lei met Li Na in May.", "The latter argued that the deal was unfair."}}, []ent{wang, li}, []string{"", ""}},
		{"a cue's word as a noun before a verb", [][]string{{"Insurer claims rose sharply in May."}}, nil, []string{""}},
		{"an object after the cue",
			[][]string{{"One blogger warned the city about the flood."}}, nil, []string{"(One blogger) | warned"}},
		{"whenever a coder thinks",
			[][]string{{"Whenever a programmer thinks, “Hey, this is easy”, the code grows."}}, nil, []string{""}},
		{"when a trader believes",
			[][]string{{"When a gardener believes that frost is near, she covers the beds."}}, nil, []string{""}},
	})
}

// TestAttributionItAfterANearerBody checks that a body opening a claim
// between stops "it" going on with an office that spoke before it.
func TestAttributionItAfterANearerBody(t *testing.T) {
	osei := ent{"Kofi Osei", "Kofi Osei", claimx.Person}
	checkAttributions(t, []attributionCase{
		{"the ministry between",
			[][]string{{"Kofi Osei spoke in March.", "His office said the talks would go on.", "The ministry disagreed.", "It said the islands had erred."}},
			[]ent{osei}, []string{"", "Kofi Osei | said", "", ""}},
	})
}

// TestAttributionSessionShapes: a nickname inside a name, a definite noun
// closing a sentence whose earlier cue named its speaker, a document noun
// that is the verb of the name before it, a bulleted field that is no
// transcript turn, and nouns that double as cue verbs.
func TestAttributionSessionShapes(t *testing.T) {
	ramos := ent{"Fidel “Eddie” Ramos", "Fidel Ramos", claimx.Person}
	clara := ent{"Clara Ortiz", "Clara Ortiz", claimx.Person}
	tribune := ent{"Daily Tribune", "Daily Tribune", claimx.Org}
	reuters := ent{"Reuters", "Reuters", claimx.Org}
	bureau := ent{"Statistics Bureau", "Statistics Bureau", claimx.Org}
	checkAttributions(t, []attributionCase{
		{"a nickname inside a name leaves the name a subject",
			[][]string{{"Clara Ortiz said the deal was fair."}, {"Former minister Fidel “Eddie” Ramos was less kind.", "“It is a bad deal,” he said."}},
			[]ent{ramos, clara}, []string{"Clara Ortiz | said", "", "Fidel Ramos | said"}},
		{"a closing definite noun goes back to the body its sentence named",
			[][]string{{"The Statistics Bureau said on Friday that exports fell, the authority said in a note."}},
			[]ent{bureau}, []string{"Statistics Bureau | said"}},
		{"an indefinite closing noun is another source",
			[][]string{{"The Statistics Bureau said exports fell, officials said."}},
			[]ent{bureau}, []string{"(officials) | said"}},
		{"a document noun after a name, then that, is its verb",
			[][]string{{"The Daily Tribune reports that the port will close."}},
			[]ent{tribune}, []string{"Daily Tribune | reports"}},
		{"a document noun after a name, then a quotation",
			[][]string{{"Reuters reports: “The port will close.”"}},
			[]ent{reuters}, []string{"Reuters | reports"}},
		{"an outlet's reports are no verb of the outlet",
			[][]string{{"Reuters reports of a deal were denied."}},
			[]ent{reuters}, []string{""}},
		{"a bulleted field is no transcript turn",
			[][]string{{"• HSK Level: HSK 5 for learners."}, {"• CEFR Band: B2 for most senses."}, {"It is used widely."}},
			nil, []string{"", "", ""}},
		{"nouns that double as cue verbs",
			[][]string{{"Worker claims rose sharply.", "Police reports increased in March.", "Bank notes were printed in Japan.", "Member states agreed on the budget.", "Expert claims are often wrong."}},
			[]ent{japan}, []string{"", "", "", "", ""}},
	})
}

// TestAttributionMeans: a gerund after a preposition of means is done by
// the subject of the verb of saying before it, not by that verb's object.
func TestAttributionMeans(t *testing.T) {
	diaz := ent{"Rosa Díaz", "Rosa Díaz", claimx.Person}
	checkAttributions(t, []attributionCase{
		{"by saying: the subject of the verb of saying before it",
			[][]string{{"Rosa Díaz criticised Wang Yi by saying he was “out of touch.”"}},
			[]ent{diaz, wangYi}, []string{"Rosa Díaz | saying"}},
		{"for saying: the object",
			[][]string{{"Rosa Díaz criticised Wang Yi for saying that talks were “pointless.”"}},
			[]ent{diaz, wangYi}, []string{"Wang Yi | saying"}},
	})
}

// TestAttributionParticipleAfterClosingCue: a participle that goes on
// from a cue closing its sentence ("…, he said, adding that …") is that
// cue's speaker's, not the first name of the sentence.
func TestAttributionParticipleAfterClosingCue(t *testing.T) {
	diaz := ent{"Rosa Díaz", "Rosa Díaz", claimx.Person}
	chile := ent{"Chile", "Chile", claimx.GPE}
	checkAttributions(t, []attributionCase{
		{"he said, adding",
			[][]string{{"Rosa Díaz spoke in Lima."}, {"The reef lies off Chile and far from Japan, she said, adding that boats there were “intruders”."}},
			[]ent{diaz, chile, japan}, []string{"", "Rosa Díaz | adding"}},
		{"said X, adding",
			[][]string{{"The reef lies off Chile, said Rosa Díaz, adding that boats there were “intruders”."}},
			[]ent{diaz, chile}, []string{"Rosa Díaz | adding"}},
	})
	a := testArticle([][]string{{"Rosa Díaz spoke in Lima."}, {"The reef lies off Chile and far from Japan, she said, adding that boats there were “intruders”."}}, diaz, chile, japan)
	attributed(t, a)
	if q := a.Claims[1].Quotes[0]; q.Speaker != "Rosa Díaz" {
		t.Errorf("the quotation after adding: got %q, want Rosa Díaz", q.Speaker)
	}
}

// TestAttributionTitleOfBody: a title qualified by a word of the body the
// text titled a person with ("the commission president" after "European
// Commission President Ana Ruiz") is that person, not the last holder of
// the title named since.
func TestAttributionTitleOfBody(t *testing.T) {
	ruiz := ent{"Ana Ruiz", "Ana Ruiz", claimx.Person}
	commission := ent{"European Commission", "European Commission", claimx.Org}
	xi := ent{"Xi Jinping", "Xi Jinping", claimx.Person}
	checkAttributions(t, []attributionCase{
		{"the commission president",
			[][]string{{"European Commission President Ana Ruiz will meet Chinese President Xi Jinping on Friday."}, {"The commission president said that trade must be fair."}},
			[]ent{ruiz, commission, xi, china}, []string{"", "Ana Ruiz | said"}},
		{"the president alone is the last one named",
			[][]string{{"European Commission President Ana Ruiz will meet Chinese President Xi Jinping on Friday."}, {"The president said that trade must be fair."}},
			[]ent{ruiz, commission, xi, china}, []string{"", "Xi Jinping | said"}},
	})
}

// TestAttributionGerundDoer: a gerund's doer is the subject of the nearest
// finite verb before it in its clause, a complement clause's own subject
// included, or the agent of a by-phrase right before it.
func TestAttributionGerundDoer(t *testing.T) {
	park := ent{"Lena Park", "Lena Park", claimx.Person}
	haddad := ent{"Omar Haddad", "Omar Haddad", claimx.Person}
	chile := ent{"Chile", "Chile", claimx.GPE}
	peru := ent{"Peru", "Peru", claimx.GPE}
	tests := []struct {
		name     string
		sentence string
		ents     []ent
		want     string
	}{
		{"a complement clause's subject, after an adjective", "Lena Park said Omar Haddad was mistaken in saying the reef was “Vietnamese waters”.", []ent{park, haddad}, "Omar Haddad"},
		{"a complement clause's subject, after an adjective and in", "Lena Park said Chile was keen on saying “yes” to the offer.", []ent{park, chile}, "Chile"},
		{"a complement clause's subject, its verb's object before by", "Lena Park said Peru had angered Chile by saying the border was “temporary”.", []ent{park, peru, chile}, "Peru"},
		{"a verb that acts on its object, then in", "Omar Haddad thanked Lena Park in saying the visit was “warm”.", []ent{park, haddad}, "Omar Haddad"},
		{"a verb of saying, then by", "Rosa Díaz criticised Omar Haddad by saying he was “out of touch”.", []ent{{"Rosa Díaz", "Rosa Díaz", claimx.Person}, haddad}, "Rosa Díaz"},
		{"the agent of a passive by-phrase right before the gerund", "Lena Park was alarmed by Omar Haddad saying the talks were “over”.", []ent{park, haddad}, "Omar Haddad"},
		{"the same inside a reported clause", "Lena Park said she was annoyed by Omar Haddad saying the plan was “dead”.", []ent{park, haddad}, "Omar Haddad"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := quoteSpeakers(testArticle([][]string{{tc.sentence}}, tc.ents...))
			for _, s := range got {
				if !strings.HasSuffix(s, " <- "+tc.want) {
					t.Errorf("quotes spoken by %q, want %q", got, tc.want)
					break
				}
			}
		})
	}
}

// TestAttributionBulletedTurns: a bulleted label that is a person's or a
// body's name is a transcript turn; other bulleted labels are a list's
// fields.
func TestAttributionBulletedTurns(t *testing.T) {
	park := ent{"Lena Park", "Lena Park", claimx.Person}
	haddad := ent{"Omar Haddad", "Omar Haddad", claimx.Person}
	checkAttributions(t, []attributionCase{
		{"bulleted names are turns",
			[][]string{{"The vote drew sharp replies."}, {"• Lena Park: Chile rejects the result."}, {"• Omar Haddad: We will appeal."}},
			[]ent{park, haddad, {"Chile", "Chile", claimx.GPE}}, []string{"", "Lena Park | Lena Park:", "Omar Haddad | Omar Haddad:"}},
		{"a bulleted turn before a plain one",
			[][]string{{"In brief:"}, {"• Lena Park: The port stays shut."}, {"Lena Park: We have no choice."}},
			[]ent{park}, []string{"", "Lena Park | Lena Park:", "Lena Park | Lena Park:"}},
		{"bulleted fields are no turns",
			[][]string{{"• Word Count: 900 words in all."}, {"• Reading Time: four minutes."}, {"It is short."}},
			nil, []string{"", "", ""}},
	})
}

// TestAttributionRelativeAfterReports: "reports that" after a name is the
// name's verb only where the name is the clause's subject and "that" opens
// a complement, not a relative clause on the noun.
func TestAttributionRelativeAfterReports(t *testing.T) {
	yonhap := ent{"Yonhap", "Yonhap", claimx.Org}
	seoul := ent{"Seoul", "Seoul", claimx.GPE}
	for _, s := range []string{"Seoul rejected Yonhap reports that the talks had failed.", "Seoul rejected Yonhap reports that cited two aides."} {
		if got := attributed(t, testArticle([][]string{{s}}, seoul, yonhap)); strings.HasPrefix(got[0], "Yonhap") {
			t.Errorf("%s: got %q, want no verb of Yonhap's", s, got)
		}
	}
	checkAttributions(t, []attributionCase{
		{"a relative that with its verb right after",
			[][]string{{"Yonhap reports that quoted unnamed diplomats were false, the ministry said."}},
			[]ent{yonhap}, []string{"(ministry) | said"}},
		{"a complement that",
			[][]string{{"Yonhap reports that the talks will resume."}},
			[]ent{yonhap}, []string{"Yonhap | reports"}},
	})
}

// TestAttributionBodysStaff: a body's own staff, sources or figures named
// after it speak for it, as its spokesperson does; its members, students,
// workers, drivers, investors, outside experts, one person alone and a
// state's officials speak for themselves.
func TestAttributionBodysStaff(t *testing.T) {
	bank := ent{"Banco Andino", "Banco Andino", claimx.Org}
	party := ent{"Liberal Union", "Liberal Union", claimx.Org}
	chile := ent{"Chile", "Chile", claimx.GPE}
	college := ent{"Kestrel University", "Kestrel University", claimx.Org}
	motors := ent{"Orbis Motors", "Orbis Motors", claimx.Org}
	cab := ent{"Swiftcab", "Swiftcab", claimx.Org}
	council := ent{"Arctic Council", "Arctic Council", claimx.Org}
	checkAttributions(t, []attributionCase{
		{"economists of a body",
			[][]string{{"“Copper demand will soften,” Banco Andino economists wrote in a note."}},
			[]ent{bank}, []string{"Banco Andino | wrote"}},
		{"sources of a body",
			[][]string{{"The governor will fly to Lima on Friday, Banco Andino sources said."}},
			[]ent{bank}, []string{"Banco Andino | said"}},
		{"a bare noun for the body named before",
			[][]string{{"The Andean Bureau of Statistics revised its series."}, {"Lending slowed in March, bureau data showed, pointing to weaker credit."}},
			[]ent{{"Andean Bureau of Statistics", "Andean Bureau of Statistics", claimx.Org}}, []string{"", "Andean Bureau of Statistics | showed"}},
		{"members of a party",
			[][]string{{"Liberal Union legislators said the budget was unlawful."}},
			[]ent{party}, []string{"(Liberal Union legislators) | said"}},
		{"one person of a body",
			[][]string{{"A Banco Andino witness said the vault was open."}},
			[]ent{bank}, []string{"(Banco Andino witness) | said"}},
		{"officials of a state",
			[][]string{{"Chile officials said the mine would reopen."}},
			[]ent{chile}, []string{"(Chile officials) | said"}},
		{"officials of a body",
			[][]string{{"Banco Andino officials told reporters the branch network would shrink."}},
			[]ent{bank}, []string{"Banco Andino | told"}},
		{"students of a body",
			[][]string{{"Kestrel University students said the college had ignored their petition."}},
			[]ent{college}, []string{"(Kestrel University students) | said"}},
		{"workers of a body",
			[][]string{{"Orbis Motors workers complained that the plant had cut their overtime."}},
			[]ent{motors}, []string{"(Orbis Motors workers) | complained"}},
		{"drivers of a body",
			[][]string{{"The fare cut is a trick, Swiftcab drivers argued on Monday."}},
			[]ent{cab}, []string{"(Swiftcab drivers) | argued"}},
		{"investors of a body",
			[][]string{{"Orbis Motors investors warned that the merger undervalued the firm."}},
			[]ent{motors}, []string{"(Orbis Motors investors) | warned"}},
		{"independent experts of a body",
			[][]string{{"Detentions in the province are arbitrary, Arctic Council experts said."}},
			[]ent{council}, []string{"(Arctic Council experts) | said"}},
	})
}

// TestAttributionInfinitive: a verb of saying in the infinitive tells what
// someone means or is made to do; it reports only with its clause or
// quotation after it.
func TestAttributionInfinitive(t *testing.T) {
	peru := ent{"Peru", "Peru", claimx.GPE}
	ito := ent{"Kenji Ito", "Kenji Ito", claimx.Person}
	checkAttributions(t, []attributionCase{
		{"a purpose infinitive",
			[][]string{{"Peru moved two frigates north to assert its claim over the bay."}},
			[]ent{peru}, []string{""}},
		{"an infinitive of what others are driven to do",
			[][]string{{"The new fares are driving commuters to criticize the rail operator."}},
			nil, []string{""}},
		{"an infinitive with its clause",
			[][]string{{"Kenji Ito went on to say that the plant would close in May."}},
			[]ent{ito}, []string{"Kenji Ito | say"}},
		{"an infinitive with a quotation after a colon",
			[][]string{{"Kenji Ito rose to remind the board: “We promised these jobs.”"}},
			[]ent{ito}, []string{"Kenji Ito | remind"}},
		// the first word has no word before it to be "to"
		{"a verb opening the claim",
			[][]string{{"Warn the crews before noon, Kenji Ito told the harbour staff."}},
			[]ent{ito}, []string{"Kenji Ito | told"}},
	})
}

// TestAttributionGerundOfAct: a gerund after "for" or "of" names the act
// someone is thanked, blamed or known for; the sentence reports that act,
// not the words.
func TestAttributionGerundOfAct(t *testing.T) {
	kenya := ent{"Kenya", "Kenya", claimx.GPE}
	osei := ent{"Ama Osei", "Ama Osei", claimx.Person}
	checkAttributions(t, []attributionCase{
		{"thanked for reiterating",
			[][]string{{"The cabinet thanked Kenya for reiterating its support for the corridor."}},
			[]ent{kenya}, []string{""}},
		{"fined for denouncing",
			[][]string{{"Three editors were fined in 2019 for denouncing the new press rules."}},
			nil, []string{""}},
		{"the tactic of saying",
			[][]string{{"Voters are tired of the old tactic of saying one thing and doing another."}},
			nil, []string{""}},
		{"the cue before the gerund still reports",
			[][]string{{"Ama Osei accused the board of hiding losses, saying the audit was incomplete."}},
			[]ent{osei}, []string{"Ama Osei | accused"}},
	})
}

// TestAttributionNameBeforeVerb: a name followed by a verb in the past is
// a subject, not a qualifier of the title and name after the verb; a
// participle after the clause is the subject's.
func TestAttributionNameBeforeVerb(t *testing.T) {
	ghana := ent{"Ghana", "Ghana", claimx.GPE}
	kim := ent{"Kim Sun-hee", "Kim Sun-hee", claimx.Person}
	xinhua := ent{"Xinhua", "Xinhua", claimx.Org}
	checkAttributions(t, []attributionCase{
		{"a verb after the name",
			[][]string{{"Ghana welcomed Prime Minister Kim Sun-hee’s remarks on the corridor, saying that the project would go ahead."}},
			[]ent{ghana, kim}, []string{"Ghana | saying"}},
		{"a lexicon past form after the name",
			[][]string{{"Ghana appreciated President Kim Sun-hee’s offer, saying that talks could resume."}},
			[]ent{ghana, kim}, []string{"Ghana | saying"}},
		{"an outlet's verb relays its object",
			[][]string{{"“Ties are strong,” Xinhua quoted President Kim Sun-hee as saying."}},
			[]ent{xinhua, kim}, []string{"Kim Sun-hee | saying"}},
	})
}

// TestAttributionParticipleInSubject: a participle right after a noun, with
// no finite verb before it, qualifies the subject; the finite verb after it
// is the sentence's own, not a clause the participle reports.
func TestAttributionParticipleInSubject(t *testing.T) {
	bank := ent{"Banco Andino", "Banco Andino", claimx.Org}
	osei := ent{"Ama Osei", "Ama Osei", claimx.Person}
	checkAttributions(t, []attributionCase{
		{"a document's participle in the subject",
			[][]string{{"A paper noting the risks was published by Banco Andino in May."}},
			[]ent{bank}, []string{""}},
		{"the participle after its clause",
			[][]string{{"Ama Osei toured the port, noting the cranes were idle."}},
			[]ent{osei}, []string{"Ama Osei | noting"}},
		{"a document's participle with that",
			[][]string{{"Banco Andino issued a statement stating that the risks were small."}},
			[]ent{bank}, []string{"Banco Andino | stating"}},
	})
}

// TestAttributionQualifiedSubjects checks the head of a subject qualified
// by a name before it or by a participle after it: the people the phrase
// names speak, not the name that qualifies them or the participle's
// object; and "who" after a phrase set off after a person, which stands
// for the person, not the body the phrase names.
func TestAttributionQualifiedSubjects(t *testing.T) {
	lopez := ent{"Maria Lopez", "Maria Lopez", claimx.Person}
	okafor := ent{"Ngozi Okafor", "Ngozi Okafor", claimx.Person}
	league := ent{"Tenants League", "Tenants League", claimx.Org}
	berg := ent{"Anna Berg", "Anna Berg", claimx.Person}
	nordic := ent{"Nordic Institute", "Nordic Institute", claimx.Org}
	checkAttributions(t, []attributionCase{
		{"consumer story: customers of a named company",
			[][]string{{"Huawei launched the handset in March.", "Huawei customers said the battery drained within hours."}},
			[]ent{huawei}, []string{"", "(Huawei customers) | said"}},
		{"court report: lawyers and the participle's object",
			[][]string{{"Lawyers representing the family of Maria Lopez say the police ignored key evidence."}},
			[]ent{lopez}, []string{"(Lawyers) | say"}},
		{"wire: officials speaking to reporters",
			[][]string{{"Officials speaking to reporters said the talks would resume within a week."}},
			nil, []string{"(Officials) | said"}},
		{"markets: analysts covering a company",
			[][]string{{"Analysts covering Huawei believe the handset unit will recover next year."}},
			[]ent{huawei}, []string{"(Analysts) | believe"}},
		{"feature: who after a title and its body",
			[][]string{{"The plan was welcomed by Ngozi Okafor, the head of the Tenants League, who called it “a long overdue step”."}},
			[]ent{okafor, league}, []string{"Ngozi Okafor | called"}},
		{"analysis: who after a name and its institute",
			[][]string{{"Critics included Anna Berg of the Nordic Institute, who said the deal was “rushed”."}},
			[]ent{berg, nordic}, []string{"Anna Berg | said"}},
		{"wire: which stands for the body",
			[][]string{{"The council signed a deal with Huawei, which said the handsets would ship in May."}},
			[]ent{huawei}, []string{"Huawei | said"}},
	})
}

// TestAttributionPersonClosingTheAgent checks a cue after a quotation whose
// agent phrase is closed by the person it describes, set off by a comma or
// not: the person speaks, not the role noun that opens the phrase.
func TestAttributionPersonClosingTheAgent(t *testing.T) {
	okoth := ent{"Peter Okoth", "Peter Okoth", claimx.Person}
	johnston := ent{"Alastair Johnston", "Alastair Johnston", claimx.Person}
	zakharova := ent{"Maria Zakharova", "Maria Zakharova", claimx.Person}
	li := ent{"Li Wei", "Li Wei", claimx.Person}
	checkAttributions(t, []attributionCase{
		{"wire: title of a body, then the name set off",
			[][]string{{"“Trade is growing again,” said the head of the chamber, Peter Okoth."}},
			[]ent{okoth}, []string{"Peter Okoth | said"}},
		{"book: a descriptor and the name",
			[][]string{{"“Rhetoric and doctrine move together,” writes scholar of strategy Alastair Johnston."}},
			[]ent{johnston}, []string{"Alastair Johnston | writes"}},
		{"newspaper: a possessive title, the name, a time",
			[][]string{{"“Nothing has changed,” said the ministry’s spokeswoman, Maria Zakharova, on Friday."}},
			[]ent{zakharova}, []string{"Maria Zakharova | said"}},
		{"a name after a participle is no agent",
			[][]string{{"“We were surprised,” said an official, citing Li Wei."}},
			[]ent{li}, []string{"(official) | said"}},
		{"a name after a clause word is no agent",
			[][]string{{"“We were surprised,” said the official after meeting Li Wei."}},
			[]ent{li}, []string{"(official) | said"}},
		{"book: a place as the scholar's field, then the name",
			[][]string{{"“The archive changed everything,” writes historian of China Peter Okoth."}},
			[]ent{ent{"China", "China", claimx.GPE}, okoth}, []string{"Peter Okoth | writes"}},
	})
}

// TestAttributionPrincipalAfterTheAgent checks a cue after a quotation
// whose agent works for, or is kin to, the person named after "for", "of"
// or "at": that person is the object, not the agent; a person set off by a
// comma after the phrase is the agent.
func TestAttributionPrincipalAfterTheAgent(t *testing.T) {
	lai := ent{"Jimmy Lai", "Jimmy Lai", claimx.Person}
	navalny := ent{"Alexei Navalny", "Alexei Navalny", claimx.Person}
	navalnaya := ent{"Yulia Navalnaya", "Yulia Navalnaya", claimx.Person}
	havel := ent{"Tomas Havel", "Tomas Havel", claimx.Person}
	amara := ent{"Amara Diallo", "Amara Diallo", claimx.Person}
	sekou := ent{"Sekou Diallo", "Sekou Diallo", claimx.Person}
	okoth := ent{"Peter Okoth", "Peter Okoth", claimx.Person}
	checkAttributions(t, []attributionCase{
		{"wire: a lawyer for the defendant",
			[][]string{{"“He has done nothing wrong,” said a lawyer for Jimmy Lai."}},
			[]ent{lai}, []string{"(lawyer) | said"}},
		{"wire: a friend of the dissident",
			[][]string{{"“The charges are political,” said a friend of Alexei Navalny."}},
			[]ent{navalny}, []string{"(friend) | said"}},
		{"wire: kin, then the name set off",
			[][]string{{"“The verdict is unjust,” said the wife of Alexei Navalny, Yulia Navalnaya."}},
			[]ent{navalny, navalnaya}, []string{"Yulia Navalnaya | said"}},
		{"court report: a described client",
			[][]string{{"“We will appeal within the week,” said a lawyer for jailed publisher Tomas Havel."}},
			[]ent{havel}, []string{"(lawyer) | said"}},
		{"feature: a determiner opens the object",
			[][]string{{"“She never gave up,” said a friend of the singer Amara Diallo."}},
			[]ent{amara}, []string{"(friend) | said"}},
		{"obituary: kin of the person, the speaker named after a comma, then a time",
			[][]string{{"“He loved this town,” said the son of Amara Diallo, Sekou Diallo, on Sunday."}},
			[]ent{amara, sekou}, []string{"Sekou Diallo | said"}},
		{"business: an adviser at a person's firm",
			[][]string{{"“Orders are up,” said an adviser at Peter Okoth’s firm."}},
			[]ent{okoth}, []string{"(adviser) | said"}},
	})
}

// TestAttributionPronounSex checks that "he" and "she" agree in sex with a
// person whose sex an honorific or a title told ("Ms Lopez", "Mr Carter",
// "spokeswoman"), past a nearer or more salient person of the other sex,
// and that a person whose sex the text never told may still be either.
func TestAttributionPronounSex(t *testing.T) {
	lopez := ent{"Lopez", "Maria Lopez", claimx.Person}
	carter := ent{"Carter", "John Carter", claimx.Person}
	hua := ent{"Hua Chunying", "Hua Chunying", claimx.Person}
	blinken := ent{"Blinken", "Antony Blinken", claimx.Person}
	checkAttributions(t, []attributionCase{
		{"newspaper: she after a man named as subject",
			[][]string{{"Mr Carter spoke to reporters after his talks with Ms Lopez.", "“We made real progress,” she said."}},
			[]ent{lopez, carter}, []string{"", "Maria Lopez | said"}},
		{"newspaper: he, then she, in turn",
			[][]string{{"Ms Lopez met Mr Carter in Geneva.", "“We made real progress,” he said.", "“But the gaps remain,” she added."}},
			[]ent{lopez, carter}, []string{"", "John Carter | said", "Maria Lopez | added"}},
		{"wire: a title in -woman tells it",
			[][]string{{"Foreign ministry spokeswoman Hua Chunying spoke after Mr Blinken left.", "She said the visit had been “candid”."}},
			[]ent{hua, blinken}, []string{"", "Hua Chunying | said"}},
		{"analysis: no honorific, the subject as before",
			[][]string{{"Hua Chunying answered Antony Blinken on Friday.", "She said the visit had been “candid”."}},
			[]ent{hua, ent{"Antony Blinken", "Antony Blinken", claimx.Person}}, []string{"", "Hua Chunying | said"}},
		{"feature: a given name tells it, past the subject",
			[][]string{{"John Carter met Maria Lopez in Geneva on Tuesday.", "“We made real progress,” she said."}},
			[]ent{ent{"John Carter", "John Carter", claimx.Person}, ent{"Maria Lopez", "Maria Lopez", claimx.Person}}, []string{"", "Maria Lopez | said"}},
		{"magazine: a woman's given name passed over for he",
			[][]string{{"Elena Novak and Tomasz Wilk lost their flats in May.", "“It is hard to find work,” he said."}},
			[]ent{ent{"Elena Novak", "Elena Novak", claimx.Person}, ent{"Tomasz Wilk", "Tomasz Wilk", claimx.Person}}, []string{"", "Tomasz Wilk | said"}},
	})
}

// TestAttributionPronounSexNearMisses checks what does not tell a sex: a
// title in -man, which women hold too, and a given name borne by both
// sexes; and a given name of the other sex passes over the nearest person
// only for a person who fits named in the same or the paragraph before,
// else the pronoun names no one.
func TestAttributionPronounSexNearMisses(t *testing.T) {
	cheney := ent{"Liz Cheney", "Liz Cheney", claimx.Person}
	starmer := ent{"Keir Starmer", "Keir Starmer", claimx.Person}
	reyes := ent{"Dana Reyes", "Dana Reyes", claimx.Person}
	okafor := ent{"Okafor", "Okafor", claimx.Person}
	tedros := ent{"Tedros Adhanom Ghebreyesus", "Tedros Adhanom Ghebreyesus", claimx.Person}
	laporta := ent{"Joan Laporta", "Joan Laporta", claimx.Person}
	young := ent{"Ashley Young", "Ashley Young", claimx.Person}
	novak := ent{"Elena Novak", "Elena Novak", claimx.Person}
	wilk := ent{"Tomasz Wilk", "Tomasz Wilk", claimx.Person}
	checkAttributions(t, []attributionCase{
		{"news: a woman titled Congressman",
			[][]string{{"Former Congressman Liz Cheney met Sir Keir Starmer on Monday.", "“We discussed Ukraine,” she said."}},
			[]ent{cheney, starmer}, []string{"", "Liz Cheney | said"}},
		{"hearing: a woman titled Chairman, a man by honorific",
			[][]string{{"Committee Chairman Dana Reyes thanked Mr Okafor for his evidence.", "“The hearing is closed,” she said."}},
			[]ent{reyes, okafor}, []string{"", "Dana Reyes | said"}},
		{"sport: a Catalan man named Joan",
			[][]string{{"The senator called Tedros Adhanom Ghebreyesus incompetent."}, {"Joan Laporta met the squad on Monday.", "“We will win the league,” he said."}},
			[]ent{tedros, laporta}, []string{"", "", "Joan Laporta | said"}},
		{"sport: a man named Ashley",
			[][]string{{"The senator called Tedros Adhanom Ghebreyesus incompetent."}, {"Ashley Young spoke to reporters.", "“I feel fit,” he said."}},
			[]ent{tedros, young}, []string{"", "", "Ashley Young | said"}},
		{"feature: a man named in the paragraph before",
			[][]string{{"Tomasz Wilk has run the plant since 2010."}, {"Elena Novak joined him in May.", "“We never stop,” he said."}},
			[]ent{wilk, novak}, []string{"", "", "Tomasz Wilk | said"}},
		{"feature: no man named near, no one named far back",
			[][]string{{"Tomasz Wilk has run the plant since 2010."}, {"The plant employs 400 workers."}, {"Elena Novak works the night shift.", "“We never stop,” he said."}},
			[]ent{wilk, novak}, []string{"", "", "", "(he) | said"}},
	})
}

// TestAttributionQuotationInAReportedClause checks that a quotation a
// second speaker said inside the that-clause of a first gives the sentence
// to the first, whose words come first, and so does one whose own cue
// names no one inside a clause without "that".
func TestAttributionQuotationInAReportedClause(t *testing.T) {
	chen := ent{"Chen Wei", "Chen Wei", claimx.Person}
	mensah := ent{"Kofi Mensah", "Kofi Mensah", claimx.Person}
	checkAttributions(t, []attributionCase{
		{"speech report: an earlier leader quoted inside the clause",
			[][]string{{"Ambassador Chen Wei spoke at the forum in Accra.", "He observed that, just as Kofi Mensah once said the “future of Africa lies in its unity”, China would stand with Ghana."}},
			[]ent{chen, mensah}, []string{"", "Chen Wei | observed"}},
		{"wire: the same with a comma before that",
			[][]string{{"Chen Wei argued, that as Kofi Mensah had warned, the loans were “a trap for the unwary”."}},
			[]ent{chen, mensah}, []string{"Chen Wei | argued"}},
		{"science desk: a clause without that whose own cue names no one",
			[][]string{{"Ngozi Okafor, who led the survey, said her team observed “unnatural” damage to the reef."}},
			[]ent{ent{"Ngozi Okafor", "Ngozi Okafor", claimx.Person}}, []string{"Ngozi Okafor | said"}},
		{"wire: the same after a pronoun",
			[][]string{{"Chen Wei toured the plant on Monday.", "He said the inspectors described the repairs as “overdue”."}},
			[]ent{chen}, []string{"", "Chen Wei | said"}},
		{"a quotation before the clause stays its cue's",
			[][]string{{"“We will not bend,” Kofi Mensah said, and Chen Wei agreed that the talks had stalled."}},
			[]ent{chen, mensah}, []string{"Kofi Mensah | said"}},
	})
}

// TestAttributionDocumentAfterCue checks a document named after its cue as
// the source of the sentence: the name printed before the document noun
// issued it, unless that name is a platform that only carries others'
// posts; and after a verb that closes a sentence with its source, a
// document with its issuer speaks, where after another verb it is what the
// subject put out.
func TestAttributionDocumentAfterCue(t *testing.T) {
	daily := ent{"Harbour Daily", "Harbour Daily", claimx.Org}
	council := ent{"Quay Council", "Quay Council", claimx.Org}
	wechat := ent{"WeChat", "WeChat", claimx.Org}
	park := ent{"Lina Park", "Lina Park", claimx.Person}
	checkAttributions(t, []attributionCase{
		{"according to a paper's report",
			[][]string{{"Freight rates doubled in March, according to a Harbour Daily report."}},
			[]ent{daily}, []string{"Harbour Daily | according to"}},
		{"according to a body's statement with a participle after it",
			[][]string{{"The tariffs will stay in place, according to a Quay Council statement released on Friday."}},
			[]ent{council}, []string{"Quay Council | according to"}},
		{"according to a platform's post: the platform is not who speaks, an unnamed poster is",
			[][]string{{"Two ferries collided near the pier, according to a WeChat post."}},
			[]ent{wechat}, []string{"(a WeChat post) | according to"}},
		{"according to a post on a platform the tagger left untagged: no one named",
			[][]string{{"Two ferries collided near the pier, according to a WeChat post."}},
			nil, []string{"(WeChat post) | according to"}},
		{"according to a platform's post from a body",
			[][]string{{"The pier was closed, according to a WeChat post from the Quay Council."}},
			[]ent{wechat, council}, []string{"Quay Council | according to"}},
		{"said a commentary by a paper, closing the sentence",
			[][]string{{"Young workers face long hours and little pay, said a commentary by the Harbour Daily."}},
			[]ent{daily}, []string{"Harbour Daily | said"}},
		{"read an editorial in a paper",
			[][]string{{"The reform came too late, read an editorial in the Harbour Daily on Monday."}},
			[]ent{daily}, []string{"Harbour Daily | read"}},
		{"a claim the writer refutes is still the paper's",
			[][]string{{"Prices fell, according to a Harbour Daily report, but its figures were wrong."}},
			[]ent{daily}, []string{"Harbour Daily | according to"}},
		{"posted a statement: an act, no source closing a sentence",
			[][]string{{"Lina Park, the mayor, posted a statement on the city website."}},
			[]ent{park}, []string{""}},
		{"a document named with no cue",
			[][]string{{"The Harbour Daily report ran to twelve pages."}},
			[]ent{daily}, []string{""}},
		{"said as an adjective",
			[][]string{{"The said statement by the Quay Council was never published."}},
			[]ent{council}, []string{""}},
		{"a headline in quotation marks with no speaker",
			[][]string{{"The report carried the headline “Ports in peril” on its front page."}},
			nil, []string{""}},
	})
}

// TestAttributionRegionsSpeakThroughBodies checks a continent or world
// region named as a speaker: no state, it speaks through the body the
// gazetteer lists as its voice, named last within a few claims, or else is
// a source the text does not name. A body that only bears the region's
// adjective (a central bank, a development bank) is a near miss.
func TestAttributionRegionsSpeakThroughBodies(t *testing.T) {
	europe := ent{"Europe", "Europe", claimx.GPE}
	africa := ent{"Africa", "Africa", claimx.GPE}
	seAsia := ent{"Southeast Asia", "Southeast Asia", claimx.GPE}
	commission := ent{"European Commission", "European Commission", claimx.Org}
	au := ent{"African Union", "African Union", claimx.Org}
	asean := ent{"Association of Southeast Asian Nations", "Association of Southeast Asian Nations", claimx.Org}
	eastAsia := ent{"East Asia Summit", "East Asia Summit", claimx.Org}
	asia := ent{"Asia", "Asia", claimx.GPE}
	ecb := ent{"European Central Bank", "European Central Bank", claimx.Org}
	adb := ent{"Asian Development Bank", "Asian Development Bank", claimx.Org}
	sarb := ent{"South African Reserve Bank", "South African Reserve Bank", claimx.Org}
	eib := ent{"European Investment Bank", "European Investment Bank", claimx.Org}
	checkAttributions(t, []attributionCase{
		{"a region no body is named for is no one the text names",
			[][]string{{"Europe warned on Monday that duties on steel would follow.", "“We will answer in kind,” Africa said."}},
			[]ent{europe, africa}, []string{"(Europe) | warned", "(Africa) | said"}},
		{"the body named for the region before speaks for it",
			[][]string{{"The European Commission opened an inquiry into the subsidies.", "Europe warned that duties would follow."}, {"The African Union met in Lusaka.", "Africa said it would not take sides."}},
			[]ent{europe, africa, commission, au}, []string{"", "European Commission | warned", "", "African Union | said"}},
		{"a region of two words takes the body listed for it, not one that shares a word",
			[][]string{{"The East Asia Summit met in Vientiane.", "The Association of Southeast Asian Nations met in Jakarta.", "Southeast Asia said it wanted calm."}},
			[]ent{seAsia, asean, eastAsia}, []string{"", "", "Association of Southeast Asian Nations | said"}},
		{"not a body of the region named only after it",
			[][]string{{"Africa said it would not take sides, and the African Union met in Lusaka."}},
			[]ent{africa, au}, []string{"(Africa) | said"}},
		{"a bank bearing the region's adjective does not speak for it",
			[][]string{{"The European Central Bank held rates on Thursday.", "Europe warned that duties on steel would follow."}, {"The Asian Development Bank cut its growth forecast.", "Asia warned that the slowdown would deepen."}},
			[]ent{europe, asia, ecb, adb}, []string{"", "(Europe) | warned", "", "(Asia) | warned"}},
		{"a national body bearing the adjective is no voice of the continent",
			[][]string{{"The South African Reserve Bank cut rates on Tuesday.", "Africa said it would not take sides."}},
			[]ent{africa, sarb}, []string{"", "(Africa) | said"}},
		{"the listed body named last, not the adjective's bank after it",
			[][]string{{"The European Commission proposed duties on bicycles.", "The European Investment Bank later froze a loan.", "Europe warned that the duties would stand."}},
			[]ent{europe, commission, eib}, []string{"", "", "European Commission | warned"}},
		{"a body named long before is out of reach",
			[][]string{{"The African Union met in Lusaka.", "Rains came early to the valley.", "Maize prices fell by a third.", "Traders moved their stock north.", "Africa said it would not take sides."}},
			[]ent{africa, au}, []string{"", "", "", "", "(Africa) | said"}},
		{"a listed body printed by its acronym speaks for the region",
			[][]string{{"The EU opened a summit in Brussels on Monday.", "Europe warned that duties on steel would follow."}},
			[]ent{europe, {"EU", "EU", claimx.Org}}, []string{"", "EU | warned"}},
		{"a listed body whose words later bodies reuse is still found",
			[][]string{{"The African Union held talks with the European Union and the African Development Bank in Accra.", "Africa said it would not take sides."}},
			[]ent{africa, au, {"European Union", "European Union", claimx.Org}, {"African Development Bank", "African Development Bank", claimx.Org}}, []string{"", "African Union | said"}},
	})
}

// TestAttributionQuotedAsSaying checks "X quoted Y as saying": the words
// are the object's, whom the subject only quotes, named, described in
// apposition or unnamed.
func TestAttributionQuotedAsSaying(t *testing.T) {
	ruiz := ent{"Ana Ruiz", "Ana Ruiz", claimx.Person}
	berg := ent{"Tomas Berg", "Tomas Berg", claimx.Person}
	ortiz := ent{"Lina Ortiz", "Lina Ortiz", claimx.Person}
	daily := ent{"Harbour Daily", "Harbour Daily", claimx.Org}
	weekly := ent{"Tide Weekly", "Tide Weekly", claimx.Org}
	transport := ent{"Ministry of Transport", "Ministry of Transport", claimx.Org}
	checkAttributions(t, []attributionCase{
		{"a named object, with its title, after quoted and cited (wire, newspaper)",
			[][]string{{"The Harbour Daily quoted Lina Ortiz as saying the fees were fair.", "Council member Ana Ruiz cited Mayor Tomas Berg as saying that the berths would reopen."}},
			[]ent{ruiz, berg, ortiz, daily}, []string{"Lina Ortiz | saying", "Tomas Berg | saying"}},
		{"an object in apposition to a description, and in the present (wire)",
			[][]string{{"The report quotes the port's director, Lina Ortiz, as saying that exports would rise."}},
			[]ent{ortiz}, []string{"Lina Ortiz | saying"}},
		{"an unnamed object leaves the named relay as speaker, as seeds/README.md has it (newspaper)",
			[][]string{{"The Harbour Daily quoted a senior port official as saying the talks had stalled.", "The Tide Weekly cited unnamed officials as saying the port would reopen."}},
			[]ent{daily, weekly}, []string{"Harbour Daily | saying", "Tide Weekly | saying"}},
		{"a possessive is stepped over to its head: a person's lawyer or aide is unnamed (wire)",
			[][]string{{"Lina Ortiz filed the appeal in March.", "The Harbour Daily quoted Lina Ortiz's lawyer as saying she would win.", "The Tide Weekly quoted the mayor's aide as saying the vote was close."}},
			[]ent{ortiz, daily, weekly}, []string{"", "Harbour Daily | saying", "Tide Weekly | saying"}},
		{"a body's spokesman speaks for the body (wire)",
			[][]string{{"The Ministry of Transport met the dock unions on Friday.", "The agency quoted the ministry's spokesman as saying talks would resume."}},
			[]ent{transport}, []string{"", "Ministry of Transport | saying"}},
		{"an object pronoun is resolved like any other (newspaper)",
			[][]string{{"Tomas Berg inspected the quay on Monday.", "The Harbour Daily quoted him as saying the cranes were unsafe."}},
			[]ent{berg, daily}, []string{"", "Tomas Berg | saying"}},
	})
	checkQuoteSpeakers(t, []attributionCase{
		{"a quotation after as saying is the object's (newspaper)",
			[][]string{{"Ana Ruiz cited Tomas Berg as saying the harbour would reopen “within weeks.”"}},
			[]ent{ruiz, berg}, []string{"within weeks. <- Tomas Berg"}},
	})
}

// TestAttributionClosingPronoun checks that the pronoun subject of a cue
// that closes the sentence ("…, she added") goes back to a speaker before
// the sentence: the names before it are in what was said, not who says it.
// The pronoun of a cue that opens its sentence may still stand for a name
// in an earlier clause of it.
func TestAttributionClosingPronoun(t *testing.T) {
	ruiz := ent{"Ana Ruiz", "Ana Ruiz", claimx.Person}
	lin := ent{"Lin Tao", "Lin Tao", claimx.Person}
	checkAttributions(t, []attributionCase{
		{"a name in the reported sentence is not the pronoun's",
			[][]string{{"Ana Ruiz said the port would reopen.", "Lin Tao will visit the port next week, she added."}},
			[]ent{ruiz, lin}, []string{"Ana Ruiz | said", "Ana Ruiz | added"}},
		{"nor a possessive one",
			[][]string{{"Ana Ruiz announced the visit on Monday.", "This will be Lin Tao’s first trip to the port, she said in a statement."}},
			[]ent{ruiz, lin}, []string{"", "Ana Ruiz | said"}}, // announcing a noun is an act (TestAttributionAnnounced)
		{"but a clause of its own before a pronoun that opens its cue has its subject",
			[][]string{{"Ana Ruiz spoke first.", "Lin Tao arrived late, and she said the talks had stalled."}},
			[]ent{ruiz, lin}, []string{"", "Lin Tao | said"}},
	})
}

// TestAttributionQuoteAfterVerbAndComma checks a quoted sentence that a
// comma introduces after its subject's verb, where the verb reports no
// speech by itself ("wondered", "interjected"): the subject speaks it, as
// after a colon. Only a verb of speech or thought introduces words so; a
// quotation too short to be a sentence is introduced by none.
func TestAttributionQuoteAfterVerbAndComma(t *testing.T) {
	sorel := ent{"Mina Sorel", "Mina Sorel", claimx.Person}
	kell := ent{"Rasa Kell", "Rasa Kell", claimx.Person}
	velk := ent{"Tomas Velk", "Tomas Velk", claimx.Person}
	checkAttributions(t, []attributionCase{
		{"a pronoun after a sentence that names her",
			[][]string{{"Mina Sorel wrote to the council in March about the ferry fares.", "She wondered, “Who will pay for the new pier?”"}},
			[]ent{sorel}, []string{"", "Mina Sorel | wondered"}},
		{"a name, an appositive and the verb",
			[][]string{{"Rasa Kell, the treasurer of the ferry union, interjected, “The fares have not changed in ten years.”"}},
			[]ent{kell}, []string{"Rasa Kell | interjected"}},
		{"an auxiliary and an adverb in the verb group",
			[][]string{{"Tomas Velk had quietly pondered, “Why would anyone sail north in winter?”"}},
			[]ent{velk}, []string{"Tomas Velk | pondered"}},
		{"a verb of no speech or thought introduces nothing",
			[][]string{{"Tomas Velk, the harbour master, arrived, “Welcome to the free port of Kesh” painted on the wall behind him."}},
			[]ent{velk}, []string{""}},
		{"a short quotation is no sentence introduced",
			[][]string{{"Rasa Kell wondered, “Why not?”"}},
			[]ent{kell}, []string{""}},
	})
}

// TestAttributionClosingPronounPastOthers checks that the pronoun subject of
// a closing cue ("…, she added") goes on with the speaker last quoted, past
// sentences between that only tell of other people.
func TestAttributionClosingPronounPastOthers(t *testing.T) {
	ruiz := ent{"Ana Ruiz", "Ana Ruiz", claimx.Person}
	lin := ent{"Lin Tao", "Lin Tao", claimx.Person}
	haddad := ent{"Omar Haddad", "Omar Haddad", claimx.Person}
	checkAttributions(t, []attributionCase{
		{"a sentence about two others between",
			[][]string{{"Ana Ruiz said the port would reopen in May.", "Lin Tao and Omar Haddad signed the lease last year.", "The ships will be back before the rains, she added."}},
			[]ent{ruiz, lin, haddad}, []string{"Ana Ruiz | said", "", "Ana Ruiz | added"}},
		{"a sentence about another woman between",
			[][]string{{"Ana Ruiz told reporters the budget was tight.", "Mina Sorel had cut it twice before the vote.", "Nobody expects a third cut, she said."}},
			[]ent{ruiz, {"Mina Sorel", "Mina Sorel", claimx.Person}}, []string{"Ana Ruiz | told", "", "Ana Ruiz | said"}},
	})
}

// TestAttributionPronounAfterSpokesperson checks that "he" or "she" after a
// body's words that a spokesperson the text does not name gave goes on with
// the body: the spokesperson speaks for it, and a pronoun can stand for a
// person, never for the body itself.
func TestAttributionPronounAfterSpokesperson(t *testing.T) {
	harbour := ent{"Harbour Authority", "Harbour Authority", claimx.Org}
	board := ent{"Kesh Port Board", "Kesh Port Board", claimx.Org}
	checkAttributions(t, []attributionCase{
		{"a spokeswoman for the body that acted before, then a paragraph on",
			[][]string{{"The Harbour Authority closed the north quay after the storm.", "A spokeswoman told reporters the cranes there had been damaged."}, {"She said the quay would reopen within a week."}},
			[]ent{harbour}, []string{"", "Harbour Authority | told", "Harbour Authority | said"}},
		{"a spokeswoman for the body",
			[][]string{{"“The quays are safe,” a spokeswoman for the Kesh Port Board said.", "She said the repairs would end in May."}},
			[]ent{board}, []string{"Kesh Port Board | said", "Kesh Port Board | said"}},
	})
}

// TestAttributionSpokespersonForReferringNoun checks a spokesperson said to
// speak for a body by a noun that refers to one named before: the body
// speaks.
func TestAttributionSpokespersonForReferringNoun(t *testing.T) {
	ferries := ent{"Tarvo Ferry Association", "Tarvo Ferry Association", claimx.Org}
	sorel := ent{"Mina Sorel", "Mina Sorel", claimx.Person}
	checkAttributions(t, []attributionCase{
		{"a noun for the body after the spokesperson",
			[][]string{{"“The old quay is far too small,” said Mina Sorel, who chairs the Tarvo Ferry Association.", "Winter fares will rise by a tenth, a spokesperson for the association told reporters."}},
			[]ent{ferries, sorel}, []string{"Mina Sorel | said", "Tarvo Ferry Association | told"}},
	})
}

// TestAttributionSubjectsSetOffAfterPhrases checks a subject with a
// prepositional phrase and a phrase set off after it: the noun the phrase
// hangs on speaks, not the name inside the phrase.
func TestAttributionSubjectsSetOffAfterPhrases(t *testing.T) {
	airline := ent{"Kesh Air", "Kesh Air", claimx.Org}
	checkAttributions(t, []attributionCase{
		{"a relative clause and a participle after the phrase",
			[][]string{{"Engineers at Kesh Air, who would not give their names, said the strike would last a week.", "Two workers in Tarvo, speaking after the vote, said the flights were full."}},
			[]ent{airline, {"Tarvo", "Tarvo", claimx.GPE}}, []string{"(Engineers) | said", "(Two workers) | said"}},
	})
}

// TestAttributionStanceVoiced checks a stance verb with a stance noun for
// object: it reports speech with or without a clause after it, a
// participle too; with another object, or as what an act is for, it
// reports nothing.
func TestAttributionStanceVoiced(t *testing.T) {
	airline := ent{"Kesh Air", "Kesh Air", claimx.Org}
	sorel := ent{"Mina Sorel", "Mina Sorel", claimx.Person}
	tarvo := ent{"Tarvo", "Tarvo", claimx.GPE}
	checkAttributions(t, []attributionCase{
		{"expressed, qualified, with an object",
			[][]string{{"Kesh Air expressed deep concern over the new landing fees."}},
			[]ent{airline}, []string{"Kesh Air | expressed deep concern"}},
		{"voiced, plural, no object",
			[][]string{{"Mina Sorel voiced serious worries on Monday."}},
			[]ent{sorel}, []string{"Mina Sorel | voiced serious worries"}},
		{"a name's possessive before the noun",
			[][]string{{"Mina Sorel expressed Tarvo's gratitude for the new ferries."}},
			[]ent{sorel, tarvo}, []string{"Mina Sorel | expressed Tarvo's gratitude"}},
		{"a participle after the main verb",
			[][]string{{"Mina Sorel opened the new terminal, expressing confidence in the harbour's future."}},
			[]ent{sorel}, []string{"Mina Sorel | expressing confidence"}},
		{"another object",
			[][]string{{"Mina Sorel voiced the villain in a cartoon about Tarvo."}},
			[]ent{sorel, tarvo}, []string{""}},
		{"what an act is for",
			[][]string{{"Kesh Air cancelled its flights to express its displeasure."}},
			[]ent{airline}, []string{""}},
	})
}

// TestAttributionWeightObject checks a framing verb whose object is a
// noun of weight or need: it reports what the speaker put forward without
// a clause, where another object, a weight already named or what an act
// is for reports nothing.
func TestAttributionWeightObject(t *testing.T) {
	airline := ent{"Kesh Air", "Kesh Air", claimx.Org}
	sorel := ent{"Mina Sorel", "Mina Sorel", claimx.Person}
	checkAttributions(t, []attributionCase{
		{"the importance of",
			[][]string{{"Mina Sorel highlighted the importance of the new ferry links."}},
			[]ent{sorel}, []string{"Mina Sorel | highlighted"}},
		{"a qualified need for, after a pronoun",
			[][]string{{"Mina Sorel opened the terminal.", "She underlined the urgent need for more berths."}},
			[]ent{sorel}, []string{"", "Mina Sorel | underlined"}},
		{"the significance to, the need to",
			[][]string{{"Kesh Air mentioned the significance to the islands of a daily route.", "Kesh Air noted the need to hire pilots."}},
			[]ent{airline}, []string{"Kesh Air | mentioned", "Kesh Air | noted"}},
		{"another object, a weight already named, the plural",
			[][]string{{"Mina Sorel highlighted the river on the map.", "Mina Sorel mentioned its importance twice.", "Kesh Air noted the needs of its crews."}},
			[]ent{sorel, airline}, []string{"", "", ""}},
		{"what an act is for",
			[][]string{{"Kesh Air held a seminar to highlight the importance of safety."}},
			[]ent{airline}, []string{""}},
	})
}

// TestAttributionOnlyPerson checks "he" or "she" whose claims right
// before name no one: the one person named before it in the section, and
// no one when several were.
func TestAttributionOnlyPerson(t *testing.T) {
	ruiz := ent{"Ana Ruiz", "Ana Ruiz", claimx.Person}
	lin := ent{"Lin Tao", "Lin Tao", claimx.Person}
	scene := []string{"The cups on the table were small and white.", "The first sip was bitter.", "A sweet aroma lingered for a long time."}
	checkAttributions(t, []attributionCase{
		{"one person named four sentences before",
			[][]string{{"Ana Ruiz poured the tea for her guests."}, scene, {"She added that the leaves came from the hills."}},
			[]ent{ruiz}, []string{"", "", "", "", "Ana Ruiz | added"}},
		{"two people named",
			[][]string{{"Ana Ruiz poured the tea for Lin Tao."}, scene, {"She added that the leaves came from the hills."}},
			[]ent{ruiz, lin}, []string{"", "", "", "", "(She) | added"}},
	})
}

// TestAttributionAnnounced checks "announce": with a clause or a quotation
// it reports speech, with only a noun object it names an act.
func TestAttributionAnnounced(t *testing.T) {
	airline := ent{"Kesh Air", "Kesh Air", claimx.Org}
	sorel := ent{"Mina Sorel", "Mina Sorel", claimx.Person}
	checkAttributions(t, []attributionCase{
		{"a that-clause",
			[][]string{{"Kesh Air announced that its winter fares would fall."}},
			[]ent{airline}, []string{"Kesh Air | announced"}},
		{"a clause without that",
			[][]string{{"Mina Sorel announced she would step down in June."}},
			[]ent{sorel}, []string{"Mina Sorel | announced"}},
		{"after a quotation",
			[][]string{{"“The north quay reopens today,” Mina Sorel announced."}},
			[]ent{sorel}, []string{"Mina Sorel | announced"}},
		{"a noun object",
			[][]string{{"Kesh Air announced a new route to the islands."}},
			[]ent{airline}, []string{""}},
		{"a noun object in the passive",
			[][]string{{"The merger was announced by Kesh Air in March."}},
			[]ent{airline}, []string{""}},
	})
}

// TestWindowPassed checks which claims Tag lets go after each claim: those
// lookBack claims back, outside the paragraph before the next claim's, and
// in no quotation still running; the rest after the last claim.
func TestWindowPassed(t *testing.T) {
	// paragraphs: claims 0-4 in one, 5 alone, 6-11 in one, 12-13 in one;
	// a quotation runs over claims 7-10.
	paras := []int{0, 0, 0, 0, 0, 1, 2, 2, 2, 2, 2, 2, 3, 3}
	a := &claimx.Article{}
	for _, p := range paras {
		a.Claims = append(a.Claims, claimx.Claim{Paragraph: p})
	}
	runs := runsOver{byClaim: make([][]int, len(paras)), quotes: []quotation{{Claims: []int{7, 8, 9, 10}}}}
	for _, i := range runs.quotes[0].Claims {
		runs.byClaim[i] = []int{0}
	}
	want := map[int][]int{
		4:  {},        // claim 5 reads back to the paragraph before its own: all of 0-4
		5:  {0, 1, 2}, // claim 6 reads back lookBack claims, to 3
		6:  {3},
		9:  {}, // the quotation from claim 7 still runs: claim 10 may read back from 7 to 4
		10: {4},
		11: {5}, // claim 12 reads back to the paragraph before its own, from 6
		12: {},  // and so does claim 13
		13: {6, 7, 8, 9, 10, 11, 12, 13},
	}
	w := newWindow(a)
	var got []int
	for i := range paras {
		p := slices.Collect(w.passed(i, &runs))
		if exp, ok := want[i]; ok && !reflect.DeepEqual(append([]int{}, p...), exp) {
			t.Errorf("after claim %d passed %v, want %v", i, p, exp)
		}
		got = append(got, p...)
	}
	if len(got) != len(paras) {
		t.Errorf("passed %v in all, want every claim once", got)
	}
	for j, g := range got {
		if g != j {
			t.Fatalf("passed %v in all, want every claim once, in order", got)
		}
	}
}

// TestAttributionTitleBeforeComma checks that a title set off by a comma
// before its holder's name gives the holder that title when the office's
// words are capitalised or the state opens the phrase by its possessive,
// so that "the harbour minister" later is that holder, not a minister
// named after it.
func TestAttributionTitleBeforeComma(t *testing.T) {
	ruiz := ent{"Ana Ruiz", "Ana Ruiz", claimx.Person}
	osei := ent{"Kofi Osei", "Kofi Osei", claimx.Person}
	kesh := ent{"Kesh", "Kesh", claimx.GPE}
	later := []string{"Deputy Minister Kofi Osei opened the second session and says he is pleased."}
	checkAttributions(t, []attributionCase{
		{"capitalised office words",
			[][]string{{"Keshi Harbour Minister, Ana Ruiz says the new berths are ready."}, {"The Harbour Minister said the fees would fall in May."}, later},
			[]ent{ruiz, osei}, []string{"Ana Ruiz | says", "Ana Ruiz | said", "Kofi Osei | says"}},
		{"the state's possessive first",
			[][]string{{"Kesh’s harbour minister, Ana Ruiz says the new berths are ready."}, {"The minister said the fees would fall in May."}, later},
			[]ent{kesh, ruiz, osei}, []string{"Ana Ruiz | says", "Ana Ruiz | said", "Kofi Osei | says"}},
	})
}

// TestAttributionExistentialClause checks that a clause without "that"
// may open with an existential "there" and its finite verb ("confirmed
// there will be", "noted there were"), while "there" as a place ("there and
// then") opens none.
func TestAttributionExistentialClause(t *testing.T) {
	ruiz := ent{"Ana Ruiz", "Ana Ruiz", claimx.Person}
	checkAttributions(t, []attributionCase{
		{"there will be",
			[][]string{{"Ana Ruiz confirmed there will be two more ferries in June."}},
			[]ent{ruiz}, []string{"Ana Ruiz | confirmed"}},
		{"there were",
			[][]string{{"Ana Ruiz noted there were fewer boats in the bay this year."}},
			[]ent{ruiz}, []string{"Ana Ruiz | noted"}},
		{"a place",
			[][]string{{"Ana Ruiz confirmed there and then, at the quay."}},
			[]ent{ruiz}, []string{""}},
	})
}

// TestAttributionBareClosingVerb checks that a verb of framing or finding
// closing its sentence after a comma and its subject reports the sentence
// before it, bare or with where or when after it ("…, a survey found",
// "…, the ministry disclosed on Friday"), while one with an object, a
// topic or an infinitive after it tells an act ("In a speech, Ruiz spoke
// about the ferries").
func TestAttributionBareClosingVerb(t *testing.T) {
	ruiz := ent{"Ana Ruiz", "Ana Ruiz", claimx.Person}
	board := ent{"Harbour Board", "Harbour Board", claimx.Org}
	checkAttributions(t, []attributionCase{
		{"a finding with an unnamed source",
			[][]string{{"Ferry traffic may be lower than the figures show, a recent survey found."}},
			nil, []string{"(recent survey) | found"}},
		{"a disclosing body in the perfect, with a day after it",
			[][]string{{"The berth fees will be halved in June, the Harbour Board has disclosed on Friday."}},
			[]ent{board}, []string{"Harbour Board | disclosed"}},
		{"a person confirming, with a place after her",
			[][]string{{"Two more ferries will sail in June, Ana Ruiz confirmed in Lima."}},
			[]ent{ruiz}, []string{"Ana Ruiz | confirmed"}},
		{"an object after the verb is an act",
			[][]string{{"In 2019, Ana Ruiz announced the new ferry route."}},
			[]ent{ruiz}, []string{""}},
		{"a topic after the verb is an act",
			[][]string{{"In a short speech, Ana Ruiz spoke about the ferries."}},
			[]ent{ruiz}, []string{""}},
		{"an opening clause of time or manner alone before the subject is nothing reported",
			[][]string{{"When the ferry docked, Ana Ruiz confirmed in Lima.", "As expected, the Harbour Board agreed on Friday.", "When the fees fall, more ferries will sail, the Harbour Board found."}},
			[]ent{ruiz, board}, []string{"", "", "Harbour Board | found"}},
	})
}

// TestAttributionPer checks "per" before a person's or a body's name as
// news copy's short "according to" ("per the Harbour Board", "…, per
// Xinhua"), and that "per" before anything else cites no one.
func TestAttributionPer(t *testing.T) {
	board := ent{"Harbour Board", "Harbour Board", claimx.Org}
	xinhua := ent{"Xinhua", "Xinhua", claimx.Org}
	checkAttributions(t, []attributionCase{
		{"opening the sentence",
			[][]string{{"Per the Harbour Board, the ferry will sail again in May."}},
			[]ent{board}, []string{"Harbour Board | Per"}},
		{"closing the sentence",
			[][]string{{"The ferry will sail again in May, per Xinhua."}},
			[]ent{xinhua}, []string{"Xinhua | per"}},
		{"a rate",
			[][]string{{"Berth fees rose 5 per cent in May."}},
			nil, []string{""}},
		{"a place",
			[][]string{{"Income per Japan resident rose in May."}},
			[]ent{japan}, []string{""}},
		{"a name that describes the noun after it, or after 'as'",
			[][]string{{"Fees rose to 500 dollars per Harbour Board member.", "Berths were shared as per the Harbour Board’s rules.", "Sales per Xinhua reader fell."}},
			[]ent{board, xinhua}, []string{"", "", ""}},
	})
}

// TestAttributionReportRelays checks the relay rule for "X reported that
// Y …": the words are the named speaker's whom the report passes on, in
// the sentence and in its quotation, whatever the report's tense or what
// stands before the inner subject; an unnamed inner speaker leaves the
// outlet the speaker, as does a report that names no one.
func TestAttributionReportRelays(t *testing.T) {
	ruiz := ent{"Ana Ruiz", "Ana Ruiz", claimx.Person}
	daily := ent{"Harbour Daily", "Harbour Daily", claimx.Org}
	checkAttributions(t, []attributionCase{
		{"a person's announcement passed on",
			[][]string{{"Harbour Daily reports that Ana Ruiz also announced that a police team would stay."}},
			[]ent{daily, ruiz}, []string{"Ana Ruiz | announced"}},
		{"a phrase before the inner subject",
			[][]string{{"Harbour Daily reported that in a speech to young officials, Ana Ruiz urged them to fight graft."}},
			[]ent{daily, ruiz}, []string{"Ana Ruiz | urged"}},
		{"the quotation and its sentence are the inner speaker's",
			[][]string{{"Harbour Daily reported that Ana Ruiz said the port “will reopen soon.”"}},
			[]ent{daily, ruiz}, []string{"Ana Ruiz | said"}},
		{"an unnamed inner speaker leaves the outlet",
			[][]string{{"Harbour Daily reported that officials said the port would reopen."}},
			[]ent{daily}, []string{"Harbour Daily | reported"}},
		{"a report that names no one is the outlet's",
			[][]string{{"Harbour Daily reported that three ships docked on Monday."}},
			[]ent{daily}, []string{"Harbour Daily | reported"}},
		{"a speaker inside a clause within the report's is no inner speaker",
			[][]string{{"Harbour Daily reported that the board fired the pilot after Ana Ruiz complained."}},
			[]ent{daily, ruiz}, []string{"Harbour Daily | reported"}},
	})
	checkQuoteSpeakers(t, []attributionCase{
		{"the quotation passed on",
			[][]string{{"Harbour Daily reported that Ana Ruiz said the port “will reopen soon.”"}},
			[]ent{daily, ruiz}, []string{"will reopen soon. <- Ana Ruiz"}},
	})
}
