// Package eval scores claimx's output against gold labels, as specified in
// seeds/README.md (the gold format), so that any gold set in that format is scored the
// same way: LoadGold and ArticleFiles read a set, FromArticle reduces a
// processed article to a Prediction, Score compares the two, and a Baseline
// flags scores that fell since it was saved.
//
// Where the format leaves a choice open, this package decides:
//   - A rate with a zero denominator counts as 1 (nothing got wrong), so a
//     layer with nothing to find and nothing found scores P = R = F1 = 1.
//   - An empty gold gloss means the article gives none; only an empty
//     predicted gloss matches it. A gold term without segments is left out
//     of segment accuracy.
//   - Entity and speaker names resolve to the gold entity that bears them,
//     its own name before another entity's alias; predictions resolving to
//     one entity are one unit, so extra names are neither hits nor errors.
//   - An article in gold with no prediction has every label missed and all
//     its metadata wrong.
package eval
