package resultbook

import (
	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/rubric"
)

// A verification round in the results workbook, when some unit has one
// (or a correction): the Summary sheet gets the self-assessed score, the
// gap and the verification status (SEMENTARA or final, and how many
// corrections); a Verifikasi sheet lists each round unit's indicators
// with the unit's and the verifier's answers, the state and the
// verifier's note; a Koreksi sheet the trail of corrections. Results of a
// single pass give the workbook as before.

// roundSheets are the round's sheets, in order; none without a round.
func (b *book) roundSheets() []string {
	if !b.res.HasRound() {
		return nil
	}
	return []string{b.t(msg.BookSheetVerification), b.t(msg.BookSheetCorrections)}
}

// roundColumns are the Summary sheet's round columns.
func (b *book) roundColumns() []column {
	if !b.res.HasRound() {
		return nil
	}
	st := &b.styles
	return []column{
		{head: b.t(msg.BookColSelfScore), style: st.score, num: 9},
		{head: b.t(msg.BookColGap), style: st.score, num: 9},
		{head: b.t(msg.BookColVerification), style: st.wrap, max: 16, wrap: true},
	}
}

// roundCells are a unit's round cells on the Summary sheet.
func (b *book) roundCells(u *results.Unit, row []excelize.Cell) []excelize.Cell {
	if !b.res.HasRound() {
		return row
	}
	st := &b.styles
	var self, gap excelize.Cell
	if s, ok := u.SelfScore(); ok {
		self = cell(st.score, s)
	}
	if g, ok := u.Gap(); ok {
		gap = cell(st.score, g)
	}
	return append(row, self, gap, cell(st.wrap, b.verificationText(u)))
}

// verificationText is a unit's verification status in words.
func (b *book) verificationText(u *results.Unit) string {
	if u.Round == nil {
		return ""
	}
	s := ""
	switch {
	case u.Provisional():
		s = b.t(msg.TableProvisional, u.Round.Unverified)
	case u.Round.Verification:
		s = b.t(msg.BookFinal)
	}
	if n := len(u.Round.Corrections); n > 0 {
		if s != "" {
			s += " · "
		}
		s += b.t(msg.TableCorrected, n)
	}
	return s
}

// roundSheetsWrite writes the Verifikasi and Koreksi sheets.
func (b *book) roundSheetsWrite() error {
	names := b.roundSheets()
	if names == nil {
		return nil
	}
	if err := b.verificationSheet(names[0]); err != nil {
		return err
	}
	return b.correctionsSheet(names[1])
}

func (b *book) stateText(s results.VerifyState) string {
	switch s {
	case results.Agreed:
		return b.t(msg.BookStateAgreed)
	case results.Corrected:
		return b.t(msg.BookStateCorrected)
	}
	return b.t(msg.BookStateUnverified)
}

// verificationSheet: one row per round unit × observation indicator.
func (b *book) verificationSheet(name string) error {
	st := &b.styles
	lang := string(b.lang)
	t := &table{cols: []column{
		{head: b.t(msg.BookColUnitCode), style: st.text, max: 20},
		{head: b.t(msg.BookColUnitName), style: st.wrap, max: 30, wrap: true},
		{head: b.t(msg.BookColIndicator), style: st.text, max: 16},
		{head: b.t(msg.BookColIndicatorText), style: st.wrap, max: 45, wrap: true},
		{head: b.t(msg.BookColSelfAnswer), style: st.wrap, max: 20, wrap: true},
		{head: b.t(msg.BookColVerifierAnswer), style: st.wrap, max: 20, wrap: true},
		{head: b.t(msg.BookColState), style: st.text, max: 24},
		{head: b.t(msg.BookColVerifyNote), style: st.wrap, max: 40, wrap: true},
		{head: b.t(msg.BookColFinalAnswer), style: st.wrap, max: 20, wrap: true},
		{head: b.t(msg.BookColStatus), style: st.text, max: 20},
	}}
	inds := b.res.Rubric.Indicators()
	row := make([]excelize.Cell, 0, len(t.cols))
	gen := func(emit func([]excelize.Cell) error) error {
		for ui := range b.res.Units {
			u := &b.res.Units[ui]
			if u.Round == nil || !u.Round.Verification {
				continue
			}
			for i, ind := range inds {
				ir := &u.Indicators[i]
				if ind.Type == rubric.Surv || ir.Status == results.NotApplicable {
					continue
				}
				var self, ver, note string
				state := results.Unverified
				if ir.Round() != nil {
					self, ver, note, state = ir.Round().Self.Text, ir.Round().Verifier.Text, ir.Round().Note, ir.Round().State
				}
				row = append(row[:0], cell(st.text, u.Code), cell(st.wrap, u.Name), cell(st.text, ind.Code),
					cell(st.wrap, ind.Text.In(lang)), cell(st.wrap, self), cell(st.wrap, ver),
					cell(st.text, b.stateText(state)), cell(st.wrap, note), cell(st.wrap, ir.Answer),
					cell(st.text, b.indicatorStatus(ir.Status)))
				if err := emit(row); err != nil {
					return err
				}
			}
		}
		return nil
	}
	return b.streamTable(name, t, 1, gen, nil)
}

// correctionsSheet: the trail of corrections, unit by unit.
func (b *book) correctionsSheet(name string) error {
	st := &b.styles
	t := &table{cols: []column{
		{head: b.t(msg.BookColUnitCode), style: st.text, max: 20},
		{head: b.t(msg.BookColUnitName), style: st.wrap, max: 30, wrap: true},
		{head: b.t(msg.BookColIndicator), style: st.text, max: 16},
		{head: b.t(msg.BookColBefore), style: st.wrap, max: 20, wrap: true},
		{head: b.t(msg.BookColAfter), style: st.wrap, max: 20, wrap: true},
		{head: b.t(msg.BookColReason), style: st.wrap, max: 45, wrap: true},
		{head: b.t(msg.BookColBy), style: st.wrap, max: 30, wrap: true},
		{head: b.t(msg.BookColDate), style: st.text, max: 12},
		{head: b.t(msg.BookColRef), style: st.wrap, max: 24, wrap: true},
		{head: b.t(msg.BookColSource), style: st.wrap, max: 36, wrap: true},
	}}
	row := make([]excelize.Cell, 0, len(t.cols))
	gen := func(emit func([]excelize.Cell) error) error {
		for ui := range b.res.Units {
			u := &b.res.Units[ui]
			for _, c := range u.Corrections() {
				row = append(row[:0], cell(st.text, u.Code), cell(st.wrap, u.Name), cell(st.text, c.Indicator),
					cell(st.wrap, c.Before.Text), cell(st.wrap, c.After.Text), cell(st.wrap, c.Reason),
					cell(st.wrap, c.By), cell(st.text, c.Date), cell(st.wrap, c.Ref), cell(st.wrap, c.Where))
				if err := emit(row); err != nil {
					return err
				}
			}
		}
		return nil
	}
	return b.streamTable(name, t, 1, gen, nil)
}
