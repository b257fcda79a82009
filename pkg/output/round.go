package output

import (
	"strconv"

	"github.com/kepatuhan/kepatuhan/pkg/locale"
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
)

// The verification round in the table and the CSV: when some unit was
// assessed in a round (or corrected), three columns more — the unit's
// self-assessed score, the gap to the verified one, and the round's
// status: SEMENTARA (provisional, with how many indicators are not yet
// verified) or final; and in the CSV the counts of agreed, corrected and
// unverified indicators and of corrections. Results of a single pass are
// written as before.

// roundHeads are the table's round columns' titles.
func roundHeads(t func(msg.Key, ...any) string) [3]string {
	return [3]string{t(msg.TableSelf), t(msg.TableGap), t(msg.TableVerification)}
}

// roundCells are a unit's round columns in the table.
func roundCells(u *results.Unit, lang msg.Lang, decimals int, t func(msg.Key, ...any) string) [3]string {
	var c [3]string
	if u.Round == nil {
		return c
	}
	if s, ok := u.SelfScore(); ok {
		c[0] = locale.Plain(lang, s, decimals)
	} else if u.Round.Verification {
		c[0] = "—"
	}
	if g, ok := u.Gap(); ok {
		c[1] = locale.Signed(lang, g, decimals)
	}
	switch {
	case u.Provisional():
		c[2] = t(msg.TableProvisional, u.Round.Unverified)
	case u.Round.Verification:
		c[2] = t(msg.TableFinal)
	}
	if n := len(u.Round.Corrections); n > 0 {
		if c[2] != "" {
			c[2] += " · "
		}
		c[2] += t(msg.TableCorrected, n)
	}
	return c
}

// roundCSVHead are the CSV's round columns.
var roundCSVHead = []string{"provisional", "self_score", "gap", "agreed", "corrected_by_verifier", "unverified", "corrections"}

// roundCSV is a unit's round columns in the CSV.
func roundCSV(u *results.Unit, decimals int) []string {
	row := make([]string, len(roundCSVHead))
	ro := u.Round
	if ro == nil {
		row[0] = "false"
		return row
	}
	row[0] = strconv.FormatBool(u.Provisional())
	if s, ok := u.SelfScore(); ok {
		row[1] = strconv.FormatFloat(s, 'f', decimals, 64)
	}
	if g, ok := u.Gap(); ok {
		row[2] = strconv.FormatFloat(g, 'f', decimals, 64)
	}
	if ro.Verification {
		row[3], row[4], row[5] = strconv.Itoa(ro.Agreed), strconv.Itoa(ro.Corrected), strconv.Itoa(ro.Unverified)
	}
	row[6] = strconv.Itoa(len(ro.Corrections))
	return row
}
