package lexicon

// The lists, each named after its file in words/, where its header says
// what it holds and who reads it.
var (
	// Names and the words around them.
	Roles          = load("roles")            // titles and occupations that precede or follow a person's name
	TitleModifiers = load("title-modifiers")  // words that qualify a title: "Former", "Vice"
	CorporateRoles = load("roles-corporate")  // roles whose holder's employer is named just before them
	OrgHeads       = load("org-heads")        // words that make a capitalised phrase an organisation
	PlaceHeads     = load("place-heads")      // words that make a capitalised phrase a place
	ThingHeads     = load("thing-heads")      // words that make a capitalised phrase a document, event or idea
	FeatureHeads   = load("feature-heads")    // words that make a capitalised phrase a natural feature: "Sea", "Strait"
	Adjectives     = load("adjectives")       // demonyms and other capitalised adjectives
	Common         = load("common")           // function words and openers, capitalised only at a sentence start
	Generic        = load("generic")          // generic nouns and adjectives that stand capitalised inside names
	Calendar       = load("calendar")         // months, days and holidays
	GivenNames     = load("given-names")      // common given names, a cue for a person
	Surnames       = load("surnames")         // Chinese surnames in pinyin and other romanisations
	Pinyin         = load("pinyin")           // every toneless pinyin syllable
	Reporting      = load("reporting")        // verbs that follow a speaker's name
	OrgGroups      = load("context-org")      // plurals that introduce organisations ("companies like")
	PlaceGroups    = load("context-place")    // plurals that introduce places ("countries such as")
	PlaceVerbs     = load("place-verbs")      // verbs after which "at" introduces a place ("called at")
	Publications   = load("publication-cues") // words after which "in" introduces a publication ("wrote in")
	HanziHeads     = load("hanzi-heads")      // last characters of Chinese names of organisations and places
	Vessels        = load("vessels")          // ship nouns before a ship's name ("the carrier Shandong")
)
