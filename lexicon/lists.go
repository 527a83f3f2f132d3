package lexicon

import (
	"strings"
	"unicode"
)

// The lists, each named after its file in words/, where its header says
// what it holds and why.
var (
	// People, and the words around their names. Titles and occupations
	// ("Premier", "spokesperson"), and the honorifics too ("Mr", "Dr").
	Roles         = union(load("roles"), Honorifics)
	StoppedTitles = load("stopped-titles") // "gov": a title only as "Gov."

	TitleModifiers   = load("title-modifiers")     // words that qualify a title: "Former", "Vice"
	TenureQualifiers = load("tenure-qualifiers")   // title modifiers of tenure that open no name: "Former", "Acting"
	CorporateRoles   = load("roles-corporate")     // roles whose holder's employer is named just before them
	GivenNames       = load("given-names")         // common given names, a cue for a person
	Surnames         = load("surnames")            // Chinese surnames in pinyin and other romanisations
	VietSurnames     = load("vietnamese-surnames") // "Nguyen": opens a Vietnamese name of one-syllable words
	VietShort        = load("vietnamese-short")    // "Le": opens one only before a name of VietMiddle
	VietMiddle       = load("vietnamese-middle")   // "Thi", "Van": middle names only Vietnamese names have
	Pinyin           = load("pinyin")              // every toneless pinyin syllable
	NameParticles    = load("name-particles")      // "de", "van": lower case inside a person's name
	NameConnectors   = load("name-connectors")     // "of", "and": lower case inside any name
	RomanisedNames   = load("romanised-names")     // "mohammed | mohamed": one name romanised several ways

	// Organisations, places and things, and the words around their names.
	LegalForms         = load("legal-forms")                        // "Inc.", "PLC": close a company's name
	LegalInitialisms   = load("legal-initialisms")                  // "SA", "AG": legal forms only in capitals
	CompanyClosers     = union(load("company-closers"), LegalForms) // "Group", "Inc.": close a company's name, the same company's without them
	AbstractHeads      = load("abstract-heads")                     // "Society", "Forces": heads of bodies and of ideas alike
	MastheadHeads      = load("masthead-heads")                     // "Letter", "Weekly": end an outlet's name printed over its articles
	OfficeHeads        = load("office-heads")                       // heads of government bodies named for their field
	SectorHeads        = load("sector-heads")                       // "Mining", "Logistics": end a company's name after a name of its own
	PlaceHeads         = load("place-heads")                        // words that make a capitalised phrase a place
	DivisionHeads      = load("division-heads")                     // "province", "county": in lower case after a name, a place's
	InstrumentHeads    = load("instrument-heads")                   // "Convention", "Treaty": heads of laws and treaties
	ThingOpeners       = load("thing-openers")                      // "Operation": open an event's or undertaking's name
	FeatureHeads       = load("feature-heads")                      // words that make a capitalised phrase a natural feature: "Sea", "Strait"
	Landmasses         = load("landmasses")                         // islands named as land, no state or unit: "Luzon", "Borneo", no entity
	HanziHeads         = load("hanzi-heads")                        // last characters of Chinese names of organisations and places
	HanziBodyWords     = load("hanzi-body-words")                   // free words heading a body's Chinese name: "大学", "日报"
	HanziFeatureHeads  = load("hanzi-feature-heads")                // generic words closing a geographic feature's name: "高原", "海峡"
	HanziFunctionChars = load("hanzi-function-chars")               // pronouns and particles of one character, words of their own: "我", "的"
	HanziFreeChars     = load("hanzi-free-chars")                   // auxiliaries and adverbs of one character before a word: "要", "不"
	Compass            = load("compass")                            // "North": before a place, a region of it
	Cardinals          = load("cardinals")                          // "Two": at a phrase's head, a slogan or a set ("Two Sessions")
	Ordinals           = load("ordinals")                           // "Seventh": numbers one of a series ("Seventh Fleet")
	UnitHeads          = load("unit-heads")                         // "Fleet", "Brigade": after an ordinal, a numbered military unit
	Adjectives         = union(load("adjectives"), Compass)
	Comparatives       = load("comparatives")     // "lower", "greater": adjectives in -er
	Generic            = load("generic")          // generic nouns and adjectives that stand capitalised inside names
	Common             = load("common")           // function words and openers, capitalised only at a sentence start
	Openers            = load("sentence-openers") // other words capitalised at a sentence start far more than in names, measured
	OrgGroups          = load("context-org")      // plurals that introduce organisations ("companies like")
	Legislatures       = load("legislatures")     // "Parliament": alone and capitalised, the country's legislature
	CommonAcronyms     = load("common-acronyms")  // "GDP", "AI": acronyms of common nouns, never a body's name
	Securities         = load("securities")       // "shares", "stock": what a company issues ("Kestrali shares")
	BusinessVerbs      = load("business-verbs")   // "post", "acquire": what a company does with business-objects
	BusinessObjs       = load("business-objects") // "loss", "stake": a business verb's object, the subject a company
	MissionHeads       = load("mission-heads")    // "embassy", "consulate": a mission named with its host place ("Embassy of China in Kathmandu")
	OrgModifiers       = load("org-modifiers")    // adjectives right before a body's name ("ruling")
	OrgOpeners         = load("org-openers")      // words that open a body's name ("Radio Pakistan")
	WorksNouns         = load("works-nouns")      // before "Project", a construction: "Hydropower Project"
	PlaceGroups        = load("context-place")    // plurals that introduce places ("countries such as")
	PlaceVerbs         = load("place-verbs")      // verbs after which "at" introduces a place ("called at")
	Publications       = load("publication-cues") // words after which "in" introduces a publication ("wrote in")
	PressVerbs         = load("press-verbs")      // "reported": an outlet's verbs, "The Hindu reported"
	ActionVerbs        = load("action-verbs")     // "sue", "press": act on a named person or body, their object
	PublishingVerbs    = load("publishing-verbs") // "published", "ran": an outlet put out a report ("Harbour Daily ran …")
	ReportNouns        = load("report-nouns")     // "editorial": what an outlet puts out, dated in prose ("a May 3 editorial by …")
	ReleaseNouns       = load("release-nouns")    // "statement": what a body issues its words in
	Authoring          = load("authoring-verbs")  // participles after which "by" introduces a person ("translated by")
	Vessels            = load("vessels")          // ship nouns before a ship's name ("the carrier Shandong")
	Platforms          = load("platforms")        // social media, named as products unless the company acts ("on WeChat" / "Twitter said")
	BylineOpeners      = load("byline-openers")   // "By", "Posted by": open a by-line
	ArticleKinds       = load("article-kinds")    // "Commentary", "Analysis": a page's label of what kind of piece it is
	ItemKinds          = load("item-kinds")       // "infographic": a kind of piece a story may also embed as an item of its own
	SpeechKinds        = load("speech-kinds")     // "Statement", "Remarks": open the headline of a page of one speaker's words
	LinkLabels         = load("link-labels")      // "PDF", "Video", "Archived": a bracketed label of a link's medium, file or state
	Salutations        = load("salutations")      // "Hi", "Dear": open a letter's greeting
	CommentLabels      = load("comment-labels")   // "Comments", "Leave a Reply": open the readers' comments under an article
	StoryLists         = load("story-lists")      // "Related Stories", "Most Read": head a page's lists of other stories
	UIVerbs            = load("ui-verbs")         // "View", "Skip": open a page's buttons and links
	ListLabels         = load("list-labels")      // "Tags", "Filed under": open a page's list of an article's tags or topics
	PagePrompts        = load("page-prompts")     // "your", "please", "accept": a page speaking to its reader
	PageThings         = load("page-things")      // "browser", "cookies": what a page's notices to its reader are about
	WireAgencies       = load("wire-agencies")    // "Reuters", "AFP": credit a caption's photo as agency/photographer ("AFP/Li Wei")
	CreditMarks        = load("credit-marks")     // "File", "Pool": close such a credit ("REUTERS/Ana Ruiz/File")
	CitationLabels     = load("citation-labels")  // "Suggested citation", "Cite as": label a page's note on how to cite the piece

	// A state's missions abroad ("embassy", "consulate general") are its
	// bodies named by the state ("the Chinese embassy in Ghana") and head
	// organisations' names ("the Chinese Embassy"): listed once, in their
	// own list.
	OrgHeads    = union(load("org-heads"), LegalForms, MissionHeads) // words that make a capitalised phrase an organisation
	StateBodies = union(load("state-bodies"), MissionHeads)          // "ministry", "embassy": a state's body named by the state ("China’s commerce ministry")

	// "Advertisement", "Related", "Leave a reply": a page's lines that are
	// not the article; the labels of readers' comments and of lists of
	// other stories are listed once, in their own lists.
	Furniture = union(load("page-furniture"), CommentLabels, StoryLists)

	// The calendar.
	Months            = load("months") // in calendar order, with their abbreviations
	Weekdays          = load("weekdays")
	Seasons           = load("seasons")
	Holidays          = load("holidays")
	RevisionLabels    = load("revision-labels")                                             // "Updated", "Last modified": label a revision's date
	PublicationLabels = load("publication-labels")                                          // "Published", "Posted": label a publication's date
	DateFieldLabels   = union(load("date-field-labels"), PublicationLabels, RevisionLabels) // "Date", "Published", "Updated": label a date alone, before its colon
	DateLabels        = union(load("date-labels"), DateFieldLabels)                         // "Published on", "Last updated": label a date line
	ClockWords        = load("clock-words")                                                 // "pm", "GMT": print with a time of day on a time stamp
	AccessCues        = load("access-cues")                                                 // "accessed", "checked": the date a reader looked at a source
	DateCutoffs       = load("date-cutoffs")                                                // "as of": the date up to which a source's data run
	Qualifiers        = load("date-qualifiers")                                             // "mid", "early": place a date within its month or year
	IssueWords        = load("issue-designators")                                           // "No.", "Vol.", "p.": open an issue, volume or page field after a periodical's name
	// Calendar holds every calendar word as a capitalised word shows it:
	// a month's abbreviation only with its full stop ("Jan."), since "Jan"
	// is also a given name.
	Calendar = calendar()

	// Function words.
	Articles             = load("articles")
	Possessives          = load("possessives") // "his", "its": typed where they can stand for a speaker
	Determiners          = union(load("determiners"), Articles, Possessives)
	Quantifiers          = load("quantifiers")           // "some", "both": determiners that also stand alone
	Pronouns             = load("pronouns")              // typed where they can name a speaker
	Genders              = load("genders")               // "man | he | mr …": the sex a pronoun or honorific tells
	Honorifics           = load("honorifics")            // "Mr", "Dr", "Imam": before a name, tell no office
	WomenGivenNames      = load("women-given-names")     // "Maria": a given name that tells a woman
	MenGivenNames        = load("men-given-names")       // "John": a given name that tells a man
	Relatives            = load("relatives")             // "who", "which": open a clause of their own
	Conjunctions         = load("conjunctions")          // "and", "although"
	Conditionals         = load("conditionals")          // "if", "whether": suppose or ask, report nothing
	TimeClauses          = load("time-clauses")          // "when", "whenever": tell when, report nothing
	Subordinators        = load("subordinators")         // "as", "after": open a phrase of time or manner before the subject
	ObjectPronouns       = load("object-pronouns")       // "him": a source only after "according to"
	AgentiveThings       = load("agentive-things")       // "order", "list": an agent's ending on a thing
	Prepositions         = load("prepositions")          // "of", "against"
	PlacePrepositions    = load("place-prepositions")    // "at", "near": may introduce a place
	TitleLinks           = load("title-links")           // "for", "at": join a title to its body
	Be                   = load("be")                    // "is", "been"
	Have                 = load("have")                  // "has", "had"
	Do                   = load("do")                    // "does", "did"
	Modals               = load("modals")                // "can", "must"
	VerbAdverbs          = load("verb-adverbs")          // "also", "never": inside a verb group
	TimeAdverbs          = load("time-adverbs")          // "on Friday", "last week": a time phrase before a verb
	AdjectivalAdverbs    = load("adjectival-adverbs")    // "long", "first": inside a verb group or a noun phrase
	VerbParticles        = load("verb-particles")        // "out", "up": end a phrasal verb
	ReferringDeterminers = load("referring-determiners") // "the", "this", "that" before a referring noun
	Norms                = load("norms")                 // "law", "custom": "according to local custom" is a manner
	EnglishMarkers       = load("english-markers")       // "the", "which": frequent in English text, rare in other languages
	TitleAcronyms        = load("title-acronyms")        // "PM", "FM": a title in capitals before a name, no initials

	// Abbreviations: the full stop belongs to the word. Abbreviations holds
	// every one, for readers that only need to keep the stop with its word.
	TitleAbbreviations   = load("title-abbreviations")                                     // "Dr.", "St.", "e.g.": before what they introduce, never end a sentence
	NameSuffixes         = load("name-suffixes")                                           // "Jr.", "Sr.": close a person's name
	ListClosers          = load("list-closers")                                            // "etc.": closes a list; a capitalised word after it opens a sentence
	ClosingAbbreviations = union(load("closing-abbreviations"), NameSuffixes, ListClosers) // "Inc.", "Jr.", "etc.": close a name or a list, may end a sentence
	NumberAbbreviations  = load("number-abbreviations")                                    // "No.", "p.": abbreviations only before a number
	Abbreviations        = union(TitleAbbreviations, ClosingAbbreviations, NumberAbbreviations)

	// Reporting: verbs and nouns that attribute words to a speaker.
	ReportingVerbs     = load("reporting-verbs")                    // report speech on their own: "warn", "call for"
	FramingVerbs       = load("framing-verbs")                      // report speech before a quotation or that-clause: "add"
	ThinkingVerbs      = load("thinking-verbs")                     // "believe": a person's, but no speech
	FindingVerbs       = load("finding-verbs")                      // "found that": a study's or a group's finding
	VoicingVerbs       = load("voicing-verbs")                      // "continued, “…”": introduce a quoted sentence after a comma
	StanceVerbs        = load("stance-verbs")                       // "express": report speech with a stance noun after them
	StanceNouns        = load("stance-nouns")                       // "concern": "expressed concern", a speech act
	WeightNouns        = load("weight-nouns")                       // "importance": "highlighted the importance of", a speech act
	Audiences          = load("audiences")                          // "told reporters": who a speaker tells
	Idioms             = load("idioms")                             // "count on": a reporting verb that does not report
	VerbNouns          = load("verb-nouns")                         // reporting verbs as often nouns: "claim", "report"
	IrregularVerbs     = load("irregular-verbs")                    // "say | said"
	SpeechNouns        = load("speech-nouns")                       // "warning", "call": carry someone's words
	SpeechNounLinks    = load("speech-noun-links")                  // "for", "that": join a speech noun to its quotation
	ContentLinks       = load("content-links")                      // "accuse of": a framing verb's preposition before what was said
	QuotingVerbs       = load("quoting-verbs")                      // "quote": "quoted X as saying", X the speaker
	ClauseVerbs        = load("clause-verbs")                       // "maintain": a framing verb a quotation after only objects to
	OpinionNouns       = load("opinion-nouns")                      // "view": "in X’s view"
	Channels           = load("channels")                           // "website", "statement": carry a body's words
	VocabularyNouns    = load("vocabulary-nouns")                   // "language", "rhetoric": "the language of “...”"
	ReferringNouns     = load("referring-nouns")                    // "the ministry": typed by what they refer to
	UmbrellaTitles     = load("umbrella-titles")                    // "the leader": fits a person given any other title
	AnyBodyNouns       = union(load("any-body-nouns"), OutletNouns) // "the company", "the broadcaster": refers to a body whatever its name
	Studies            = load("studies")                            // "the survey": the words of whoever made it
	DatedWorks         = load("dated-works")                        // "report", "survey": "the IMF’s May 2023 report" dates the IMF's work
	DatedWorkGenerics  = load("dated-work-generics")                // "issue", "outlook": a dated work only in a title or under a day or month
	UnnamedSources     = union(load("unnamed-sources"), Studies)    // "officials said": speakers the text does not name
	BodyVoices         = load("body-voices")                        // "a spokesman said": speaks for the body last heard
	StaffNouns         = load("staff-nouns")                        // "economists", "sources": a body's staff speak for it
	LeaderGovernments  = load("leader-governments")                 // "the Biden administration": no entity, its leader not named there
	StateVoices        = load("state-voices")                       // "the Chinese side said": speak for the state named before them
	StateAdjectives    = load("state-adjectives")                   // "china | prc | chinese": a state's names, then its adjectives
	ReceivingVerbs     = load("receiving-verbs")                    // "seen by Reuters": who got a document, not who issued it
	QuestionLabels     = load("question-labels")                    // "Q:": a reporter's turn in a transcript
	AnswerLabels       = load("answer-labels")                      // "A:": the official's turn in a transcript
	ClausePrepositions = load("clause-prepositions")                // "after", "as": may open a clause ("after Chen said")
	MeansPrepositions  = load("means-prepositions")                 // "by": "criticised Wu by saying" is the subject's saying
	ClosingVerbs       = load("closing-verbs")                      // "said": "…, Lu said." closes a sentence with its source
	CarryingOpeners    = load("carrying-openers")                   // "Instead,": answers the sentence before, in the same voice

	// Terms and their glosses.
	SourceLeadIns      = load("source-lead-ins")                              // "see also": before a citation's source
	OutletNouns        = load("outlet-nouns")                                 // "daily", "broadcaster": a kind of news outlet, before its name ("the daily El Tiempo")
	TranslationLeadIns = load("translation-lead-ins")                         // "lit.", "meaning": before a term's translation, which may be a clause
	GlossLeadIns       = union(TranslationLeadIns, load("renaming-lead-ins")) // and "or", "aka": before a term's gloss
	MeaningVerbs       = load("meaning-verbs")                                // "mean", "signify": in any form, take a term's translation as their object
	TranslationVerbs   = union(load("translation-verbs"), MeaningVerbs)       // and "translate", "render" (as, to): head a clause before a term's translation
	TranslationNouns   = load("translation-nouns")                            // "translation", "rendering": before "of" and a term, with its English for subject or complement
	RunReferences      = load("run-references")                               // "it", "this": open a sentence about the term the one before printed
	LanguageLabels     = load("language-labels")                              // "Chinese:", "pinyin": name the language of a term
	PhraseConnectors   = load("phrase-connectors")                            // "in", "on": inside a capitalised phrase ("Made in China")
	NamingVerbs        = load("naming-verbs")                                 // "dubbed", "known": introduce a term
	TitleVerbs         = load("title-verbs")                                  // "titled": introduce the English title of a work
	DocumentParts      = load("document-parts")                               // "Article", "Section": before a number and "of", a part of the document named after
	TermNouns          = load("term-nouns")                                   // "slogan", "concept": name a term
	MeaningNouns       = load("meaning-nouns")                                // "word", "character": "the word for X" gives a term's meaning
	AsIdioms           = load("as-idioms")                                    // "needed", "best": open an idiom after "as", no translation
	PolicyVerbs        = load("policy-verbs")                                 // "promote", "uphold": take a policy term as object
	ListVerbs          = load("list-verbs")                                   // "include", "comprise": verbs in any form, never nouns, before a list
	IngAdjectives      = load("ing-adjectives")                               // "developing": adjectives more often than verbs
	PossessivePlurals  = load("possessive-plurals")                           // "People’s Daily": a possessive inside a name

	// Chinese names in hanzi.
	CompoundSurnames = load("compound-surnames") // two-character surnames: "欧阳", "司马"
	HanziSurnames    = load("hanzi-surnames")    // one-character surnames: "蔡", "馬"

	// Chinese function words.
	HanziConjunctions = load("hanzi-conjunctions") // "与", "和": join two coordinated words

	// Words that make a capitalised phrase a document, event or idea, a law
	// or a treaty among them.
	ThingHeads = union(load("thing-heads"), InstrumentHeads)

	// Chinese word formation.
	HanziPrefixes = load("hanzi-prefixes") // "伪", "反": bound prefixes, a word with the word after them (tools/cedictwords)
)

// union is a list of every entry of the lists, the first one's name kept.
func union(lists ...*List) *List {
	u := &List{name: lists[0].name, index: map[string]int{}}
	for _, l := range lists {
		for _, e := range l.entries {
			u.add(e)
		}
	}
	return u
}

func calendar() *List {
	c := union(Weekdays, Seasons, Holidays)
	c.name = "calendar"
	for _, e := range Months.entries {
		forms := []string{e.forms[0]}
		for _, abbr := range e.forms[1:] {
			forms = append(forms, abbr+".")
		}
		c.add(entry{forms: forms})
	}
	return c
}

// SurnamePrefix reports whether w, the letters before a capital inside a
// word, is a surname's own prefix that a capital follows: the Scottish and
// Irish "Mc", "Mac" and "Fitz" ("McAllen", "FitzGerald") or a particle
// fused to the name ("DeSantis", "VanDyke", "LaRouche").
func SurnamePrefix(w string) bool {
	return w == "Mc" || w == "Mac" || w == "Fitz" || NameParticles.Has(strings.ToLower(w))
}

// FusedParticle reports whether w opens with a name's particle in lower
// case fused to a capitalised rest: "deBuys", "deLisle", "vanHollen".
func FusedParticle(w string) bool {
	for n := 1; n < len(w) && n <= 4; n++ {
		if unicode.IsUpper(rune(w[n])) {
			return NameParticles.Has(w[:n]) && unicode.IsLower(rune(w[0]))
		}
	}
	return false
}
