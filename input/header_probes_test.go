package input

import "testing"

// TestHeaderProbesAsSitesPrintThem reads one story's header in the orders
// and forms news sites, think tanks, blogs and journals print it, each
// written for this test: section labels and breadcrumbs over the
// headline, standfirsts, by-lines with roles and reading times, revised
// and published dates together (the published one wins), day-first wire
// datelines, author notes at the end and affiliations under a paper's
// names.
func TestHeaderProbesAsSitesPrintThem(t *testing.T) {
	const p = "Fishing crews in the northern harbour said on Tuesday that the new quota would halve their catch this season.\n\nThe fisheries office said the quota followed a survey of stocks that found cod numbers at a record low.\n"
	const dek = "Crews say the cut will halve their catch as cod stocks hit a record low"
	tests := []struct {
		name, text, title string
		authors           []string
		published, first  string
	}{
		// Other stories' headlines and dates over the article's headline,
		// which is printed again under its date and by-line line.
		{"printed around its date", "More News\n\nRail strike ends after two weeks\n\n2 June 2024\n\nCity council widens ring road\n\n1 June 2024\n\nHarbour crews fear new cod quota\n\nThursday 30 May 2024 | Written by Staff\n\nHarbour crews fear new cod quota\n\n" + p, "Harbour crews fear new cod quota", nil, "2024-05-30", "Fishing crews"},
		{"plain by date", "Harbour crews fear new cod quota\n\nBy Ana Ruiz\n\nMay 30, 2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"dek then by", "Harbour crews fear new cod quota\n\n" + dek + "\n\nBy Ana Ruiz\n\n30 May 2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"section label", "ECONOMY\n\nHarbour crews fear new cod quota\n\nBy Ana Ruiz\n\nMay 30, 2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"breadcrumb", "Home > World > Europe\n\nHarbour crews fear new cod quota\n\nBy Ana Ruiz\n\nMay 30, 2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"breadcrumb slash", "News / Business / Fisheries\n\nHarbour crews fear new cod quota\n\nBy Ana Ruiz\n\nMay 30, 2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"updated then published", "Harbour crews fear new cod quota\n\nBy Ana Ruiz\n\nUpdated June 2, 2024 · Published May 30, 2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"updated then published pipe", "Harbour crews fear new cod quota\n\nUpdated: 2 June 2024 | Published: 30 May 2024\n\n" + p, "Harbour crews fear new cod quota", nil, "2024-05-30", "Fishing crews"},
		{"updated line then published line", "Harbour crews fear new cod quota\n\nUpdated 2 June 2024\nPublished 30 May 2024\n\n" + p, "Harbour crews fear new cod quota", nil, "2024-05-30", "Fishing crews"},
		{"xinhua dateline day first", "Harbour crews fear new cod quota\n\nBERGEN, 30 May 2024 (Xinhua) -- Fishing crews in the northern harbour said on Tuesday that the new quota would halve their catch this season.\n\nThe fisheries office said the quota followed a survey of stocks.\n", "Harbour crews fear new cod quota", nil, "2024-05-30", "Fishing crews"},
		{"dateline mixed case", "Harbour crews fear new cod quota\n\nBergen, May 30, 2024 (Reuters) - Fishing crews in the northern harbour said on Tuesday that the new quota would halve their catch this season.\n\nThe fisheries office said the quota followed a survey of stocks.\n", "Harbour crews fear new cod quota", nil, "2024-05-30", "Fishing crews"},
		{"read time", "Harbour crews fear new cod quota\n\nAna Ruiz · 5 min read\n\nMay 30, 2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"read time date", "Harbour crews fear new cod quota\n\nAna Ruiz · May 30, 2024 · 5 min read\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"chinese name in brackets", "Harbour crews fear new cod quota\n\nBy Zhang Wei (张伟)\n\nMay 30, 2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Zhang Wei"}, "2024-05-30", "Fishing crews"},
		{"paper affiliation", "Cod Quotas and Coastal Livelihoods\n\nAna Ruiz\nSchool of Marine Policy, Northgate University, Bergen, Norway\n\nMay 30, 2024\n\n" + p, "Cod Quotas and Coastal Livelihoods", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"paper two affiliations", "Cod Quotas and Coastal Livelihoods\n\nAna Ruiz and Li Ming\nDepartment of Economics, Harbour College, Oslo, Norway\n\n" + p, "Cod Quotas and Coastal Livelihoods", []string{"Ana Ruiz", "Li Ming"}, "", "Fishing crews"},
		{"headline question", "Can the harbour survive the cod quota?\n\nBy Ana Ruiz\n\nMay 30, 2024\n\n" + p, "Can the harbour survive the cod quota?", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"all caps headline", "HARBOUR CREWS FEAR NEW COD QUOTA\n\nBy Ana Ruiz\n\nMay 30, 2024\n\n" + p, "HARBOUR CREWS FEAR NEW COD QUOTA", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"all caps byline", "Harbour crews fear new cod quota\n\nBY ANA RUIZ\n\nMay 30, 2024\n\n" + p, "Harbour crews fear new cod quota", []string{"ANA RUIZ"}, "2024-05-30", "Fishing crews"},
		{"iso date", "Harbour crews fear new cod quota\n\nBy Ana Ruiz\n\n2024-05-30\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"day first slash", "Harbour crews fear new cod quota\n\nBy Ana Ruiz\n\n30/05/2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"ordinal us", "Harbour crews fear new cod quota\n\nBy Ana Ruiz\n\nMay 30th, 2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"guardian stamp", "Harbour crews fear new cod quota\n\nAna Ruiz\n\nThursday 30 May 2024 10.05 BST\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"guardian stamp short", "Harbour crews fear new cod quota\n\nAna Ruiz in Bergen\n\nThu 30 May 2024 10.05 BST\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"two authors roles", "Harbour crews fear new cod quota\n\nBy Ana Ruiz, Senior Correspondent, and Li Ming, Data Editor\n\nMay 30, 2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz", "Li Ming"}, "2024-05-30", "Fishing crews"},
		{"three authors", "Harbour crews fear new cod quota\n\nBy Ana Ruiz, Li Ming and Tomas Berg\n\nMay 30, 2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz", "Li Ming", "Tomas Berg"}, "2024-05-30", "Fishing crews"},
		{"authors amp", "Harbour crews fear new cod quota\n\nAna Ruiz & Li Ming\n\nMay 30, 2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz", "Li Ming"}, "2024-05-30", "Fishing crews"},
		{"date first", "May 30, 2024\n\nHarbour crews fear new cod quota\n\nBy Ana Ruiz\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"by date one line", "Harbour crews fear new cod quota\n\nBy Ana Ruiz, May 30, 2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"by date on", "Harbour crews fear new cod quota\n\nBy Ana Ruiz on 30 May 2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"by before title", "By Ana Ruiz\n\nHarbour crews fear new cod quota\n\nMay 30, 2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"section and date pipe", "Opinion | May 30, 2024\n\nHarbour crews fear new cod quota\n\nBy Ana Ruiz\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"think tank commentary", "Commentary\n\nHarbour Crews and the New Cod Quota\n\nAna Ruiz\nSenior Fellow, Oceans Program\n\n30 May 2024\n\n" + p, "Harbour Crews and the New Cod Quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"think tank date first caps", "30 MAY 2024\n\nHarbour Crews and the New Cod Quota\n\nANA RUIZ\n\n" + p, "Harbour Crews and the New Cod Quota", []string{"ANA RUIZ"}, "2024-05-30", "Fishing crews"},
		{"blog posted on by", "Harbour crews fear new cod quota\n\nPosted on May 30, 2024 by Ana Ruiz\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"written by label", "Harbour crews fear new cod quota\n\nWritten by Ana Ruiz\nPublished 30 May 2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"author label", "Harbour crews fear new cod quota\n\nAuthor: Ana Ruiz\nDate: 30 May 2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"abbrev month", "Harbour crews fear new cod quota\n\nBy Ana Ruiz\n\nMay. 30, 2024 10:05 a.m. ET\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"sept abbrev", "Harbour crews fear new cod quota\n\nBy Ana Ruiz\n\nSept. 12, 2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-09-12", "Fishing crews"},
		{"iso timestamp", "Harbour crews fear new cod quota\n\nBy Ana Ruiz\n\n2024-05-30T10:05:00Z\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"dotted date", "Harbour crews fear new cod quota\n\nBy Ana Ruiz\n\n30.05.2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"weekday us", "Harbour crews fear new cod quota\n\nBy Ana Ruiz\n\nThursday, May 30, 2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"caption over headline", "Trawlers moored in the northern harbour on Monday. Photo: Ola Berg/Coast Press\n\nHarbour crews fear new cod quota\n\nBy Ana Ruiz\n\nMay 30, 2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"by with outlet", "Harbour crews fear new cod quota\n\nBy Ana Ruiz, Reuters\n\nMay 30, 2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"by for outlet", "Harbour crews fear new cod quota\n\nBy Ana Ruiz for The Coast Courier\n\nMay 30, 2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"by role line", "Harbour crews fear new cod quota\n\nBy Ana Ruiz\nFisheries correspondent\n\nMay 30, 2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"by and with and", "Harbour crews fear new cod quota\n\nBy Ana Ruiz and Li Ming\n\nMay 30, 2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz", "Li Ming"}, "2024-05-30", "Fishing crews"},
		{"journal received", "Cod Quotas and Coastal Livelihoods: Evidence from the North\n\nAna Ruiz\n\nPublished online: 30 May 2024\n\n" + p, "Cod Quotas and Coastal Livelihoods: Evidence from the North", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"initials name", "Harbour crews fear new cod quota\n\nBy A. J. Ruiz\n\nMay 30, 2024\n\n" + p, "Harbour crews fear new cod quota", []string{"A. J. Ruiz"}, "2024-05-30", "Fishing crews"},
		{"date time pipe by", "Harbour crews fear new cod quota\n\nMay 30, 2024 | 10:05 AM | Ana Ruiz\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"last updated only", "Harbour crews fear new cod quota\n\nBy Ana Ruiz\n\nLast updated: May 30, 2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"hours ago ignored", "Harbour crews fear new cod quota\n\nBy Ana Ruiz\n\nUpdated 2 hours ago\n\nMay 30, 2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"site name over title", "The Coast Courier\n\nHarbour crews fear new cod quota\n\nBy Ana Ruiz\n\nMay 30, 2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"kicker colon", "ANALYSIS\n\nHarbour crews fear new cod quota\n\nAna Ruiz | May 30, 2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"month day no year dateline", "Harbour crews fear new cod quota\n\nMay 30, 2024\n\nOSLO, May 30 (Reuters) - Fishing crews in the northern harbour said on Tuesday that the new quota would halve their catch this season.\n\nThe fisheries office said the quota followed a survey.\n", "Harbour crews fear new cod quota", nil, "2024-05-30", "Fishing crews"},
		{"name then role comma", "Harbour Crews and the New Cod Quota\n\nAna Ruiz, Research Fellow, Northern Policy Institute\n\nMay 30, 2024\n\n" + p, "Harbour Crews and the New Cod Quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"contributors end", "Harbour crews fear new cod quota\n\nBy Ana Ruiz\n\nMay 30, 2024\n\n" + p + "\nReporting by Ana Ruiz; Editing by Tomas Berg\n", "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"title case headline long", "How a Cod Quota Split a Harbour Town and What Comes Next for Its Crews\n\nBy Ana Ruiz\n\nMay 30, 2024\n\n" + p, "How a Cod Quota Split a Harbour Town and What Comes Next for Its Crews", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"quote headline", "‘We will lose everything’: harbour crews fear cod quota\n\nBy Ana Ruiz\n\nMay 30, 2024\n\n" + p, "‘We will lose everything’: harbour crews fear cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"date with weekday day-first comma", "Harbour crews fear new cod quota\n\nBy Ana Ruiz\n\nThursday, 30 May, 2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"published prefix us", "Harbour crews fear new cod quota\n\nPublished May 30, 2024 at 10:05 a.m.\n\nBy Ana Ruiz\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"by author mid dot date", "Harbour crews fear new cod quota\n\nBy Ana Ruiz · May 30, 2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"three roles lines", "Harbour Crews and the New Cod Quota\n\nAna Ruiz, Senior Fellow\nLi Ming, Research Associate\nTomas Berg, Visiting Scholar\n\nMay 30, 2024\n\n" + p, "Harbour Crews and the New Cod Quota", []string{"Ana Ruiz", "Li Ming", "Tomas Berg"}, "2024-05-30", "Fishing crews"},
		{"journal received accepted published", "Cod Quotas and Coastal Livelihoods\n\nAna Ruiz\n\nReceived: 12 March 2024 / Accepted: 2 May 2024 / Published: 30 May 2024\n\n" + p, "Cod Quotas and Coastal Livelihoods", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"first published", "Cod Quotas and Coastal Livelihoods\n\nAna Ruiz\n\nFirst published: 30 May 2024\n\n" + p, "Cod Quotas and Coastal Livelihoods", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"ordinal day first", "Harbour crews fear new cod quota\n\nBy Ana Ruiz\n\n30th May 2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"no comma us", "Harbour crews fear new cod quota\n\nBy Ana Ruiz\n\nMay 30 2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"dashed abbrev", "Harbour crews fear new cod quota\n\nBy Ana Ruiz\n\n30-May-2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"published gmt", "Harbour crews fear new cod quota\n\nPublished: 30 May 2024 08:00 (GMT+8)\n\nBy Ana Ruiz\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"posted weekday short", "Harbour crews fear new cod quota\n\nPosted: Thu, 30 May 2024\n\nBy Ana Ruiz\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"by in place", "Harbour crews fear new cod quota\n\nBy Ana Ruiz in Bergen\n\nMay 30, 2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"by staff writer", "Harbour crews fear new cod quota\n\nBy Ana Ruiz, Staff Writer\n\nMay 30, 2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"dr title", "Harbour Crews and the New Cod Quota\n\nBy Dr. Ana Ruiz\n\nMay 30, 2024\n\n" + p, "Harbour Crews and the New Cod Quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"phd suffix", "Harbour Crews and the New Cod Quota\n\nAna Ruiz, PhD\n\nMay 30, 2024\n\n" + p, "Harbour Crews and the New Cod Quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"authors label list", "Harbour Crews and the New Cod Quota\n\nAuthors: Ana Ruiz, Li Ming\n\nMay 30, 2024\n\n" + p, "Harbour Crews and the New Cod Quota", []string{"Ana Ruiz", "Li Ming"}, "2024-05-30", "Fishing crews"},
		{"report by", "Harbour Crews and the New Cod Quota\n\nReport by Ana Ruiz\n\nMay 30, 2024\n\n" + p, "Harbour Crews and the New Cod Quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"handle after name", "Harbour crews fear new cod quota\n\nAna Ruiz (@anaruiz)\n\nMay 30, 2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"skip to content menu", "Skip to content\n\nMenu\n\nHarbour crews fear new cod quota\n\nBy Ana Ruiz\n\nMay 30, 2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"title with site suffix", "Harbour crews fear new cod quota | The Coast Courier\n\nBy Ana Ruiz\n\nMay 30, 2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"chinese date", "Harbour crews fear new cod quota\n\nBy Ana Ruiz\n\n2024年5月30日\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"two names two lines", "Harbour crews fear new cod quota\n\nBy Ana Ruiz\nand Li Ming\n\nMay 30, 2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz", "Li Ming"}, "2024-05-30", "Fishing crews"},
		{"date and by pipe", "Harbour crews fear new cod quota\n\n30 May 2024 | By Ana Ruiz\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"updated published two lines reversed", "Harbour crews fear new cod quota\n\nBy Ana Ruiz\n\nPublished May 30, 2024\nUpdated June 2, 2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"updated bullet published", "Harbour crews fear new cod quota\n\nUpdated 2 June 2024 • Published 30 May 2024\n\n" + p, "Harbour crews fear new cod quota", nil, "2024-05-30", "Fishing crews"},
		{"modified published comma", "Harbour crews fear new cod quota\n\nLast modified on Sun 2 Jun 2024 09.10 BST\n\nFirst published on Thu 30 May 2024 10.05 BST\n\n" + p, "Harbour crews fear new cod quota", nil, "2024-05-30", "Fishing crews"},
		{"section breadcrumb arrow", "Home » Opinion » Fisheries\n\nHarbour crews fear new cod quota\n\nAna Ruiz\n\nMay 30, 2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"wire dash place date caps", "Harbour crews fear new cod quota\n\nOSLO, Norway, May 30, 2024 (AP) — Fishing crews in the northern harbour said on Tuesday that the new quota would halve their catch this season.\n\nThe fisheries office said the quota followed a survey.\n", "Harbour crews fear new cod quota", nil, "2024-05-30", "Fishing crews"},
		{"all caps title then by caps", "HARBOUR CREWS FEAR NEW COD QUOTA\n\nBY ANA RUIZ AND LI MING\n\n30 MAY 2024\n\n" + p, "HARBOUR CREWS FEAR NEW COD QUOTA", []string{"ANA RUIZ", "LI MING"}, "2024-05-30", "Fishing crews"},
		{"question title with dek", "Can the harbour survive the cod quota?\n\nA cut in the quota may halve the catch, crews say.\n\nBy Ana Ruiz\n\nMay 30, 2024\n\n" + p, "Can the harbour survive the cod quota?", []string{"Ana Ruiz"}, "2024-05-30", "A cut in"},
		{"credit under headline", "Harbour crews fear new cod quota\n\nPhoto: Ola Berg/Coast Press\n\nBy Ana Ruiz\n\nMay 30, 2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"share tools", "Harbour crews fear new cod quota\n\nShare\n\nPrint\n\nListen to this article\n\nBy Ana Ruiz\n\nMay 30, 2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"markdown headline", "# Harbour crews fear new cod quota\n\n*By Ana Ruiz*\n\n*May 30, 2024*\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"tags line", "Harbour crews fear new cod quota\n\nBy Ana Ruiz\n\nMay 30, 2024\n\nTags: Fisheries, Norway, Quotas\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"newsletter issue", "The Harbour Brief\n\nIssue 42 | May 30, 2024\n\nHarbour crews fear new cod quota\n\nBy Ana Ruiz\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"headline with quoted kicker", "EXCLUSIVE: Harbour crews fear new cod quota\n\nBy Ana Ruiz\n\nMay 30, 2024\n\n" + p, "EXCLUSIVE: Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"title date in brackets", "Harbour crews fear new cod quota (30 May 2024)\n\n" + p, "Harbour crews fear new cod quota (30 May 2024)", nil, "2024-05-30", "Fishing crews"},
		{"reading time above", "6 min read\n\nHarbour crews fear new cod quota\n\nBy Ana Ruiz\n\nMay 30, 2024\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"category date caps", "FISHERIES | 30 MAY 2024\n\nHarbour crews fear new cod quota\n\nAna Ruiz\n\n" + p, "Harbour crews fear new cod quota", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
		{"headline colon over by", "What the cod quota means for the harbour:\n\nBy Ana Ruiz\n\nMay 30, 2024\n\n" + p, "What the cod quota means for the harbour:", []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			first := tc.first
			if first == "" {
				first = "Crews say"
			}
			checkHeader(t, tc.text, tc.title, tc.authors, tc.published, first)
		})
	}
}
